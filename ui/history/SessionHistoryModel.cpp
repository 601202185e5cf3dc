#include "history/SessionHistoryModel.h"

#include "core/api/SessionsApi.h"
#include "history/HistoryFormat.h"
#include "history/SessionsEndpoint.h"
#include "wire/Json.h"

#include <QFont>
#include <algorithm>

namespace onbehalf {

SessionHistoryModel::SessionHistoryModel(MarketplaceClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
    m_refreshTimer.setInterval(m_refreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionHistoryModel::refreshActive);
}

void SessionHistoryModel::setJournal(SessionJournal *journal, const QString &marketplaceKey)
{
    m_journal = journal;
    m_marketplaceKey = marketplaceKey;
}

void SessionHistoryModel::setJournalAgent(const QString &agentUsername)
{
    if (m_journalAgent == agentUsername)
        return;
    m_journalAgent = agentUsername;
    if (m_source == Source::Journal)
        loadJournal(false);
}

void SessionHistoryModel::setRefreshInterval(int ms)
{
    m_refreshInterval = ms;
    if (ms <= 0) {
        m_refreshTimer.stop();
        return;
    }
    m_refreshTimer.setInterval(ms);
    if (!m_rows.empty() || m_source == Source::Journal)
        m_refreshTimer.start();
}

QString SessionHistoryModel::sortField(int column)
{
    switch (column) {
    case AgentColumn:
        return QStringLiteral("AgentUsername");
    case UserColumn:
        return QStringLiteral("Username");
    case BuyerColumn:
        return QStringLiteral("BuyerName");
    case ReasonColumn:
        return QStringLiteral("Reason");
    case CaseColumn:
        return QStringLiteral("CaseNumber");
    case StartedColumn:
        return QStringLiteral("DateStarted");
    case EndedColumn:
        return QStringLiteral("DateEnded");
    case EndCauseColumn:
        return QStringLiteral("EndCause");
    default:
        return {}; // duration, orders and totals are computed: the marketplace cannot sort by them
    }
}

QString SessionHistoryModel::sortBy() const
{
    const QString field = sortField(m_sortColumn);
    return m_sortOrder == Qt::DescendingOrder ? QString(QLatin1Char('!') + field) : field;
}

void SessionHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!canSort(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

bool SessionHistoryModel::setSortOrder(int column, Qt::SortOrder order)
{
    if (!canSort(column))
        return false;
    m_sortColumn = column;
    m_sortOrder = order;
    return true;
}

void SessionHistoryModel::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    reload();
}

void SessionHistoryModel::reload()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job.clear();
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_total = -1;
    m_nextPage = 1;
    m_loading = false;
    m_exhausted = false;
    m_newSessions = 0;
    m_refreshesInFlight = 0;
    endResetModel();
    m_announcedFirstRows = false;
    emit newSessionsChanged(0);
    if (m_source == Source::Journal) {
        loadJournal(false);
        return;
    }
    setState(State::Loading, stateText(State::Loading));
    requestPage();
}

void SessionHistoryModel::requestPage()
{
    if (m_loading || m_exhausted || m_source != Source::Marketplace)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    m_job = SessionsApi(m_client).list(m_filter.toQuery(), m_nextPage, m_pageSize, sortBy(), this,
                                       [this, generation](Result<wire::ListPage<wire::ImpersonationSession>> r) {
                                           if (generation != m_generation)
                                               return; // an older query's answer
                                           m_loading = false;
                                           if (!r.ok()) {
                                               if (r.error.kind() == ApiError::Kind::Cancelled)
                                                   return;
                                               m_exhausted = true;
                                               if (r.error.status() == 404 && m_rows.empty()) {
                                                   // No sessions extension: this desk's journal is the history.
                                                   m_source = Source::Journal;
                                                   m_refreshTimer.stop();
                                                   emit extensionMissing();
                                                   loadJournal(false);
                                                   return;
                                               }
                                               if (m_rows.empty())
                                                   setState(State::Error, r.error.message());
                                               return;
                                           }
                                           std::vector<HistorySession> rows = HistorySession::fromPage(r.value);
                                           m_total = r.value.meta.TotalCount;
                                           const int received = int(rows.size());
                                           ++m_nextPage;
                                           m_exhausted = received < m_pageSize ||
                                                         (m_total >= 0 && (m_nextPage - 1) * m_pageSize >= m_total);
                                           if (m_nextPage == 2)
                                               m_loadedAt = QDateTime::currentDateTimeUtc();
                                           appendRows(std::move(rows));
                                       });
}

void SessionHistoryModel::appendRows(std::vector<HistorySession> rows)
{
    // Sessions that started meanwhile push rows down a page: skip what is already shown.
    std::vector<HistorySession> fresh;
    fresh.reserve(rows.size());
    for (HistorySession &s : rows) {
        if (!m_ids.contains(s.id))
            fresh.push_back(std::move(s));
    }
    if (!fresh.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (HistorySession &s : fresh) {
            m_ids.insert(s.id);
            m_rows.push_back(std::move(s));
        }
        endInsertRows();
        noteAgents(std::vector<HistorySession>(m_rows.end() - qsizetype(fresh.size()), m_rows.end()));
    }
    if (!m_rows.empty()) {
        setState(State::Results);
        if (!m_announcedFirstRows) {
            m_announcedFirstRows = true;
            emit firstRowsShown();
        }
        if (m_refreshInterval > 0 && !m_refreshTimer.isActive())
            m_refreshTimer.start();
    } else if (m_exhausted) {
        setState(State::Empty, stateText(State::Empty));
    } else {
        // Nothing new on this page (all shown already): the next one.
        requestPage();
    }
}

void SessionHistoryModel::noteAgents(const std::vector<HistorySession> &rows)
{
    const qsizetype before = m_agents.size();
    for (const HistorySession &s : rows) {
        if (!s.agentUsername.isEmpty())
            m_agents.insert(s.agentUsername);
    }
    if (m_agents.size() != before)
        emit agentsSeenChanged();
}

QStringList SessionHistoryModel::agentsSeen() const
{
    QStringList list(m_agents.begin(), m_agents.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void SessionHistoryModel::loadJournal(bool inPlace)
{
    std::vector<HistorySession> rows;
    if (m_journal) {
        for (const JournalEntry &e : m_journal->entries()) {
            if (!m_marketplaceKey.isEmpty() && e.marketplace != m_marketplaceKey)
                continue;
            if (!m_journalAgent.isEmpty() && e.AgentUsername.compare(m_journalAgent, Qt::CaseInsensitive) != 0)
                continue;
            HistorySession s = HistorySession::fromJournalEntry(e);
            if (m_filter.matches(s))
                rows.push_back(std::move(s));
        }
    }
    // The journal is sorted here, the same way the marketplace would.
    const int column = m_sortColumn;
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    auto key = [column](const HistorySession &s) -> QString {
        switch (column) {
        case AgentColumn:
            return s.agentUsername.toLower();
        case UserColumn:
            return s.username.toLower();
        case BuyerColumn:
            return s.buyerName.toLower();
        case ReasonColumn:
            return s.reason.toLower();
        case CaseColumn:
            return s.caseNumber.toLower();
        case EndedColumn:
            return s.ended ? wire::formatDateTime(*s.ended) : QString();
        case EndCauseColumn:
            return s.endCause;
        default:
            return wire::formatDateTime(s.started);
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const HistorySession &a, const HistorySession &b) {
        const QString ka = key(a), kb = key(b);
        if (ka == kb)
            return a.id < b.id;
        return desc ? kb < ka : ka < kb;
    });

    if (inPlace && rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(),
                   [](const HistorySession &a, const HistorySession &b) { return a.id == b.id; })) {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!rows[i].sameState(m_rows[i])) {
                m_rows[i] = rows[i];
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
                emit sessionUpdated(rows[i].id);
            }
        }
        updateActiveDurations();
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_ids.clear();
    for (const HistorySession &s : m_rows)
        m_ids.insert(s.id);
    m_total = int(m_rows.size());
    m_exhausted = true;
    endResetModel();
    noteAgents(m_rows);
    if (m_rows.empty()) {
        setState(State::Empty, stateText(State::Empty));
    } else {
        setState(State::Results);
        if (!m_announcedFirstRows) {
            m_announcedFirstRows = true;
            emit firstRowsShown();
        }
    }
    if (m_refreshInterval > 0)
        m_refreshTimer.start();
}

void SessionHistoryModel::updateActiveDurations()
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].active)
            emit dataChanged(index(int(i), DurationColumn), index(int(i), DurationColumn));
    }
}

void SessionHistoryModel::refreshActive()
{
    if (m_source == Source::Journal) {
        loadJournal(true);
        emit refreshed();
        return;
    }
    if (m_refreshesInFlight > 0 || m_rows.empty())
        return;
    updateActiveDurations();
    QStringList active;
    for (const HistorySession &s : m_rows) {
        if (s.active)
            active << s.id;
    }
    const quint64 generation = m_generation;
    auto done = [this, generation] {
        if (generation != m_generation)
            return;
        if (--m_refreshesInFlight == 0)
            emit refreshed();
    };
    // Batches of IDs, whatever the filters: a shown row is updated even if it no longer matches
    // (the next reload drops it), so nothing jumps under the supervisor's cursor.
    constexpr int kBatch = 50;
    for (qsizetype i = 0; i < active.size(); i += kBatch) {
        QUrlQuery q;
        SessionsEndpoint::addItem(q, QStringLiteral("ID"), active.mid(i, kBatch).join(QLatin1Char('|')));
        ++m_refreshesInFlight;
        SessionsApi(m_client).list(q, 1, kBatch, QString(), this,
                                   [this, generation, done](Result<wire::ListPage<wire::ImpersonationSession>> r) {
                                       if (generation != m_generation)
                                           return;
                                       if (r.ok()) {
                                           const std::vector<HistorySession> fresh = HistorySession::fromPage(r.value);
                                           for (const HistorySession &s : fresh) {
                                               const int row = rowOf(s.id);
                                               if (row < 0 || m_rows[size_t(row)].sameState(s))
                                                   continue;
                                               m_rows[size_t(row)] = s;
                                               emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                                               emit sessionUpdated(s.id);
                                           }
                                       }
                                       done();
                                   });
    }
    // Sessions started since the list was loaded (only meaningful newest-first: the first page
    // then holds the newest start there is).
    if (m_sortColumn == StartedColumn && m_sortOrder == Qt::DescendingOrder && !m_rows.empty()) {
        QDateTime newest;
        for (const HistorySession &s : m_rows)
            newest = std::max(newest, s.started);
        QUrlQuery q = m_filter.toQuery();
        SessionsEndpoint::addItem(q, QStringLiteral("DateStarted"),
                                  QString(QLatin1Char('>') + wire::formatDateTime(newest)));
        ++m_refreshesInFlight;
        SessionsApi(m_client).list(q, 1, 1, QString(), this,
                                   [this, generation, done](Result<wire::ListPage<wire::ImpersonationSession>> r) {
                                       if (generation != m_generation)
                                           return;
                                       if (r.ok()) {
                                           const int count = std::max(0, r.value.meta.TotalCount);
                                           if (count != m_newSessions) {
                                               m_newSessions = count;
                                               emit newSessionsChanged(count);
                                           }
                                       }
                                       done();
                                   });
    }
    if (m_refreshesInFlight == 0)
        emit refreshed();
}

QString SessionHistoryModel::stateText(State state) const
{
    if (state == State::Loading)
        return tr("Loading sessions…");
    if (state == State::Empty)
        return m_source == Source::Journal ? tr("This desk's journal has no sessions that match these filters.")
                                           : tr("No sessions match these filters.");
    return {};
}

void SessionHistoryModel::retranslate()
{
    if (m_state == State::Loading || m_state == State::Empty)
        m_stateMessage = stateText(m_state);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit stateChanged();
}

void SessionHistoryModel::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged();
}

const HistorySession *SessionHistoryModel::sessionAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int SessionHistoryModel::rowOf(const QString &sessionId) const
{
    if (!m_ids.contains(sessionId))
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == sessionId)
            return int(i);
    }
    return -1;
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    const HistorySession *s = sessionAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case SessionIdRole:
        return s->id;
    case ActiveRole:
        return s->active;
    case Qt::FontRole:
        if (s->active) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == OrdersColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return s->active ? tr("Active session %1, started %2").arg(s->id, HistoryFormat::time(s->started))
                         : tr("Session %1").arg(s->id);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text;
        switch (index.column()) {
        case AgentColumn:
            text = s->agentUsername;
            if (role == Qt::AccessibleTextRole && s->active)
                text = tr("%1, active session").arg(text);
            break;
        case UserColumn:
            text = s->userFullName.isEmpty() ? s->username : tr("%1 (%2)").arg(s->userFullName, s->username);
            break;
        case BuyerColumn:
            text = s->buyerName.isEmpty() ? s->buyerId : s->buyerName;
            break;
        case ReasonColumn:
            text = s->reason.isEmpty() ? tr("(no reason given)") : s->reason.simplified();
            break;
        case CaseColumn:
            text = s->caseNumber;
            break;
        case StartedColumn:
            text = HistoryFormat::time(s->started);
            break;
        case EndedColumn:
            text = s->active ? tr("Active") : (s->ended ? HistoryFormat::time(*s->ended) : QString());
            break;
        case DurationColumn:
            text = HistoryFormat::duration(s->durationAt(QDateTime::currentDateTimeUtc()));
            break;
        case EndCauseColumn:
            text = s->active ? QString() : HistoryFormat::endCause(s->endCause);
            break;
        case OrdersColumn:
            text = HistoryFormat::number(s->orderCount);
            break;
        case TotalColumn:
            text = s->fromJournal ? QString() : HistoryFormat::money(s->submittedTotal);
            break;
        }
        return text;
    }
    default:
        return {};
    }
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !canSort(section))
        return tr("The marketplace cannot sort by this column.");
    if (role == Qt::InitialSortOrderRole) // the latest first for times, A to Z for text
        return int(section == StartedColumn || section == EndedColumn ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case UserColumn:
        return tr("Buyer user");
    case BuyerColumn:
        return tr("Buyer company");
    case ReasonColumn:
        return tr("Reason");
    case CaseColumn:
        return tr("Case number");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case EndCauseColumn:
        return tr("End cause");
    case OrdersColumn:
        return tr("Orders");
    case TotalColumn:
        return tr("Order total");
    }
    return {};
}

bool SessionHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source == Source::Marketplace && !m_exhausted && !m_loading;
}

void SessionHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    requestPage();
}

} // namespace onbehalf
