#include "search/BuyerUserSearchModel.h"

#include "core/api/Discovery.h"
#include "core/api/PhoneNumber.h"

#include <QTimer>

namespace onbehalf {

BuyerUserSearchModel::BuyerUserSearchModel(MarketplaceClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_api(new UsersApi(client, this))
{}

void BuyerUserSearchModel::setBuyers(const std::vector<Buyer> &buyers)
{
    m_buyers = buyers;
    m_acrossBuyers = AcrossBuyers::Unknown;
}

QString BuyerUserSearchModel::buyerNameOf(const QString &buyerId) const
{
    for (const Buyer &b : m_buyers) {
        if (b.id == buyerId)
            return b.name;
    }
    return buyerId;
}

void BuyerUserSearchModel::abortAll()
{
    for (Cursor &c : m_cursors) {
        if (c.job)
            c.job->abort();
    }
}

void BuyerUserSearchModel::clear()
{
    ++m_generation;
    abortAll();
    beginResetModel();
    m_cursors.clear();
    m_rows.clear();
    m_rowBuyer.clear();
    m_current = 0;
    endResetModel();
    setState(State::Idle);
}

void BuyerUserSearchModel::setQuery(const QString &search, const QString &buyerId, bool activeOnly)
{
    ++m_generation;
    abortAll();
    beginResetModel();
    m_rows.clear();
    m_rowBuyer.clear();
    m_cursors.clear();
    m_current = 0;
    m_search = search.simplified();
    m_activeOnly = activeOnly;
    m_buyerFilter = buyerId;
    if (m_acrossBuyers != AcrossBuyers::Absent) {
        if (!m_buyers.empty())
            m_cursors.push_back(Cursor{buyerId, true, {}, 1, -1, false, false, {}});
    } else {
        for (const Buyer &b : m_buyers) {
            if (buyerId.isEmpty() || b.id == buyerId)
                m_cursors.push_back(Cursor{b.id, false, {}, 1, -1, false, false, {}});
        }
    }
    endResetModel();
    m_announcedFirstRows = false;
    if (m_cursors.empty()) {
        setState(State::Empty, tr("There are no buyers you can search."));
        return;
    }
    setState(State::Searching, tr("Searching…"));
    // The first buyer first: its rows are what the agent waits for. The other buyers' first pages
    // follow one at a time (their totals, and rows ready when the first buyer runs out), so a
    // keystroke never leaves a queue of stale searches in front of the next one.
    if (m_discovery && m_discovery->sessionsExtension() == Discovery::Extension::Unknown &&
        PhoneNumber::looksLikePhone(m_search)) {
        const quint64 generation = m_generation;
        m_discovery->probeSessionsExtension(this, [this, generation](Result<Discovery::Extension>) {
            if (generation == m_generation && !m_cursors.empty())
                request(0);
        });
        return;
    }
    request(0);
}

void BuyerUserSearchModel::request(size_t index)
{
    Cursor &c = m_cursors[index];
    if (c.loading || c.exhausted)
        return;
    c.loading = true;
    UserSearch q;
    q.buyerId = c.buyerId;
    q.search = m_search;
    q.phoneDigits = m_discovery && m_discovery->sessionsExtension() == Discovery::Extension::Present;
    q.activeOnly = m_activeOnly;
    q.page = c.nextPage;
    q.pageSize = m_pageSize;
    const quint64 generation = m_generation;
    auto answer = [this, index, generation](Result<wire::ListPage<wire::User>> r) {
        if (generation != m_generation || index >= m_cursors.size())
            return; // an older query's answer
        Cursor &cur = m_cursors[index];
        cur.loading = false;
        if (cur.across && m_acrossBuyers == AcrossBuyers::Unknown) {
            if (!r.ok() && UsersApi::isMissingRoute(r.error)) {
                // No GET /v1/buyerusers here: search buyer by buyer from now on.
                m_acrossBuyers = AcrossBuyers::Absent;
                setQuery(m_search, m_buyerFilter, m_activeOnly);
                return;
            }
            if (r.ok())
                m_acrossBuyers = AcrossBuyers::Present;
        }
        if (!r.ok()) {
            if (r.error.kind() == ApiError::Kind::Cancelled)
                return;
            cur.exhausted = true;
            if (m_rows.empty())
                setState(State::Error, r.error.message());
            showAvailable();
            if (!r.error.isTransient())
                prefetchNext();
            return;
        }
        cur.total = r.value.meta.TotalCount;
        cur.nextPage = r.value.meta.Page + 1;
        cur.exhausted = r.value.meta.Page >= r.value.meta.TotalPages;
        for (auto &u : r.value.items)
            cur.pending.push_back(std::move(u));
        showAvailable();
        if (m_rows.empty()) {
            prefetchNext(); // nothing to show yet: the next buyer at once
            return;
        }
        // Rows are on screen: the other buyers once the agent pauses, since while typing their
        // answers would only queue in front of the next keystroke's search.
        QTimer::singleShot(kPrefetchDelayMs, this, [this, generation] {
            if (generation == m_generation)
                prefetchNext();
        });
    };
    c.job = c.across ? m_api->listAcrossBuyers(q, this, std::move(answer))
                     : m_api->listBuyerUsers(q, this, std::move(answer));
}

void BuyerUserSearchModel::prefetchNext()
{
    for (size_t i = 0; i < m_cursors.size(); ++i) {
        if (m_cursors[i].loading)
            return; // one request at a time
    }
    for (size_t i = 0; i < m_cursors.size(); ++i) {
        if (m_cursors[i].total < 0 && !m_cursors[i].exhausted) {
            request(i);
            return;
        }
    }
}

// Moves fetched rows into the model in buyer order; a buyer's rows follow the previous buyer's.
void BuyerUserSearchModel::showAvailable()
{
    const int before = int(m_rows.size());
    while (m_current < m_cursors.size()) {
        Cursor &c = m_cursors[m_current];
        if (!c.pending.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(c.pending.size()) - 1);
            for (auto &u : c.pending) {
                // Across buyers each user names its buyer (CompanyID).
                m_rowBuyer.push_back(c.across && u.CompanyID && !u.CompanyID->isEmpty() ? *u.CompanyID : c.buyerId);
                m_rows.push_back(std::move(u));
            }
            c.pending.clear();
            endInsertRows();
        }
        if (!c.exhausted)
            break; // more of this buyer comes with fetchMore
        ++m_current;
    }

    const bool busy = std::any_of(m_cursors.begin(), m_cursors.end(), [](const Cursor &c) { return c.loading; });
    if (!m_rows.empty()) {
        setState(State::Results);
        if (!m_announcedFirstRows && int(m_rows.size()) > before) {
            m_announcedFirstRows = true;
            emit firstRowsShown();
        }
    } else if (m_current >= m_cursors.size() && !busy && m_state != State::Error) {
        setState(State::Empty,
                 m_search.isEmpty() ? tr("No buyer users.") : tr("No buyer users match “%1”.").arg(m_search));
    }
}

void BuyerUserSearchModel::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged();
}

int BuyerUserSearchModel::totalCount() const
{
    int total = 0;
    for (const Cursor &c : m_cursors) {
        if (c.total < 0)
            return -1;
        total += c.total;
    }
    return total;
}

const wire::User *BuyerUserSearchModel::userAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int BuyerUserSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuyerUserSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuyerUserSearchModel::data(const QModelIndex &index, int role) const
{
    const wire::User *u = userAt(index.row());
    if (!u)
        return {};
    const QString buyerId = m_rowBuyer[size_t(index.row())];
    if (role == UserIdRole)
        return u->ID;
    if (role == BuyerIdRole)
        return buyerId;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return u->fullName();
        case UsernameColumn:
            return u->Username;
        case EmailColumn:
            return u->Email;
        case BuyerColumn:
            return buyerNameOf(buyerId);
        case ActiveColumn:
            return u->Active ? tr("Active") : tr("Inactive");
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 (ID %2)").arg(u->fullName(), u->ID);
    return {};
}

QVariant BuyerUserSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("Email");
    case BuyerColumn:
        return tr("Buyer");
    case ActiveColumn:
        return tr("Active");
    }
    return {};
}

bool BuyerUserSearchModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    for (size_t i = m_current; i < m_cursors.size(); ++i) {
        if (!m_cursors[i].exhausted || !m_cursors[i].pending.empty())
            return true;
    }
    return false;
}

void BuyerUserSearchModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_current >= m_cursors.size())
        return;
    request(m_current);
}

} // namespace onbehalf
