#include "history/SessionHistoryModel.h"

#include "wire/Json.h"
#include "wire/Money.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace onbehalf {

namespace {

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The list path for a query whose values are already percent-encoded.
QString listPath(const QUrlQuery &q)
{
    return QStringLiteral("/v1/impersonationsessions?") + q.query(QUrl::FullyEncoded);
}

void addItem(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, percent(value));
}

std::vector<HistorySession> parseItems(const nlohmann::json &page, QString *error)
{
    std::vector<HistorySession> out;
    if (!page.is_object() || !page.contains("Items") || !page["Items"].is_array()) {
        if (error)
            *error = SessionHistoryModel::tr("The marketplace sent a session list this desk cannot read.");
        return out;
    }
    for (const nlohmann::json &item : page["Items"]) {
        QString why;
        auto s = HistorySession::fromJson(item, &why);
        if (!s) {
            if (error)
                *error = SessionHistoryModel::tr("The marketplace sent a session this desk cannot read (%1).").arg(why);
            return {};
        }
        out.push_back(std::move(*s));
    }
    return out;
}

int metaTotal(const nlohmann::json &page)
{
    if (page.is_object() && page.contains("Meta") && page["Meta"].is_object()) {
        const auto &m = page["Meta"];
        if (m.contains("TotalCount") && m["TotalCount"].is_number_integer())
            return m["TotalCount"].get<int>();
    }
    return -1;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// HistorySession

std::optional<HistorySession> HistorySession::fromJson(const nlohmann::json &j, QString *error)
{
    HistorySession s;
    try {
        using wire::read;
        read(j, "ID", s.id);
        read(j, "AgentUserID", s.agentUserId);
        read(j, "AgentUsername", s.agentUsername);
        read(j, "BuyerID", s.buyerId);
        read(j, "BuyerName", s.buyerName);
        read(j, "UserID", s.userId);
        read(j, "Username", s.username);
        read(j, "UserFullName", s.userFullName);
        read(j, "ClientID", s.clientId);
        read(j, "Roles", s.roles);
        read(j, "Reason", s.reason);
        read(j, "CaseNumber", s.caseNumber);
        read(j, "DateStarted", s.started);
        read(j, "TokenExpires", s.tokenExpires);
        read(j, "DateEnded", s.ended);
        std::optional<QString> cause;
        read(j, "EndCause", cause);
        s.endCause = cause.value_or(QString());
        QString status;
        read(j, "Status", status);
        s.active = status.isEmpty() ? !s.ended.has_value() : status == QLatin1String("Active");
        read(j, "DurationSeconds", s.durationSeconds);
        if (j.contains("Orders") && j["Orders"].is_array()) {
            for (const nlohmann::json &o : j["Orders"]) {
                HistoryOrder order;
                read(o, "ID", order.id);
                read(o, "Status", order.status);
                if (o.contains("Total") && !o["Total"].is_null()) {
                    order.total = wire::Money::fromJson(o["Total"]);
                    if (!order.total)
                        throw wire::DecodeError(QStringLiteral("Orders.Total"), QStringLiteral("is not an amount"));
                }
                read(o, "DateCreated", order.created);
                read(o, "DateSubmitted", order.submitted);
                s.orders.push_back(std::move(order));
            }
        }
        s.orderCount = int(s.orders.size());
        read(j, "OrderCount", s.orderCount);
        if (j.contains("SubmittedTotal") && !j["SubmittedTotal"].is_null())
            s.submittedTotal = wire::Money::fromJson(j["SubmittedTotal"]).value_or(0);
    } catch (const wire::DecodeError &e) {
        if (error)
            *error = e.field() + QStringLiteral(": ") + e.message();
        return std::nullopt;
    }
    if (s.id.isEmpty()) {
        if (error)
            *error = QStringLiteral("ID is missing");
        return std::nullopt;
    }
    return s;
}

HistorySession HistorySession::fromJournalEntry(const JournalEntry &e)
{
    HistorySession s;
    s.id = e.id;
    s.agentUsername = e.agentUsername;
    s.buyerId = e.buyerId;
    s.buyerName = e.buyerName;
    s.userId = e.userId;
    s.username = e.username;
    s.userFullName = e.userFullName;
    s.reason = e.reason;
    s.caseNumber = e.caseNumber;
    s.started = e.started.toUTC();
    s.tokenExpires = e.tokenExpires.toUTC();
    if (e.ended)
        s.ended = e.ended->toUTC();
    s.endCause = e.endCause;
    s.active = e.isOpen();
    s.durationSeconds = s.durationAt(QDateTime::currentDateTimeUtc());
    for (const QString &id : e.orderIds) {
        HistoryOrder o;
        o.id = id;
        s.orders.push_back(o);
    }
    s.orderCount = int(s.orders.size());
    s.fromJournal = true;
    return s;
}

qint64 HistorySession::durationAt(const QDateTime &now) const
{
    if (!started.isValid())
        return durationSeconds;
    if (ended)
        return std::max<qint64>(0, started.secsTo(*ended));
    return std::max<qint64>(0, started.secsTo(now));
}

bool HistorySession::sameState(const HistorySession &o) const
{
    if (active != o.active || ended != o.ended || endCause != o.endCause || orderCount != o.orderCount ||
        submittedTotal != o.submittedTotal || tokenExpires != o.tokenExpires || orders.size() != o.orders.size())
        return false;
    for (size_t i = 0; i < orders.size(); ++i) {
        if (orders[i].id != o.orders[i].id || orders[i].status != o.orders[i].status ||
            orders[i].total != o.orders[i].total || orders[i].submitted != o.orders[i].submitted)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// SessionFilter

QUrlQuery SessionFilter::toQuery() const
{
    QUrlQuery q;
    if (!agent.trimmed().isEmpty())
        addItem(q, QStringLiteral("AgentUsername"), agent.trimmed());
    if (!buyerId.isEmpty())
        addItem(q, QStringLiteral("BuyerID"), buyerId);
    const QString u = user.trimmed();
    if (!u.isEmpty())
        addItem(q, QStringLiteral("Username"), u.contains(QLatin1Char('*')) ? u : QString(u + QLatin1Char('*')));
    if (from.isValid())
        addItem(q, QStringLiteral("DateStarted"), QString(QStringLiteral(">=") + wire::formatDateTime(from)));
    if (to.isValid())
        addItem(q, QStringLiteral("DateStarted"), QString(QLatin1Char('<') + wire::formatDateTime(to)));
    if (activeOnly)
        addItem(q, QStringLiteral("Status"), QStringLiteral("Active"));
    if (!search.simplified().isEmpty()) {
        addItem(q, QStringLiteral("search"), search.simplified());
        addItem(q, QStringLiteral("searchOn"), QStringLiteral("Reason,CaseNumber,Username,UserFullName,AgentUsername"));
    }
    return q;
}

namespace {
// '*' wildcards, case-insensitive, as the marketplace matches text filters.
bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(text, Qt::CaseInsensitive) == 0;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}
} // namespace

bool SessionFilter::matches(const HistorySession &s) const
{
    if (!agent.trimmed().isEmpty() && !wildcardMatch(agent.trimmed(), s.agentUsername))
        return false;
    if (!buyerId.isEmpty() && s.buyerId != buyerId)
        return false;
    const QString u = user.trimmed();
    if (!u.isEmpty() && !wildcardMatch(u.contains(QLatin1Char('*')) ? u : QString(u + QLatin1Char('*')), s.username))
        return false;
    if (from.isValid() && s.started < from)
        return false;
    if (to.isValid() && s.started >= to)
        return false;
    if (activeOnly && !s.active)
        return false;
    const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const bool hit = s.reason.contains(w, Qt::CaseInsensitive) || s.caseNumber.startsWith(w, Qt::CaseInsensitive) ||
                         s.username.startsWith(w, Qt::CaseInsensitive) ||
                         s.userFullName.contains(w, Qt::CaseInsensitive) ||
                         s.agentUsername.startsWith(w, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// SessionHistoryModel

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
    setState(State::Loading, tr("Loading sessions…"));
    requestPage();
}

void SessionHistoryModel::requestPage()
{
    if (m_loading || m_exhausted || m_source != Source::Marketplace)
        return;
    m_loading = true;
    QUrlQuery q = m_filter.toQuery();
    q.addQueryItem(QStringLiteral("page"), QString::number(m_nextPage));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    addItem(q, QStringLiteral("sortBy"), sortBy());
    const quint64 generation = m_generation;
    m_job =
        m_client->get(listPath(q), MarketplaceClient::Token::Agent, this, [this, generation](Result<nlohmann::json> r) {
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
            QString error;
            std::vector<HistorySession> rows = parseItems(r.value, &error);
            if (!error.isEmpty()) {
                m_exhausted = true;
                if (m_rows.empty())
                    setState(State::Error, error);
                return;
            }
            m_total = metaTotal(r.value);
            const int received = int(rows.size());
            ++m_nextPage;
            m_exhausted = received < m_pageSize || (m_total >= 0 && (m_nextPage - 1) * m_pageSize >= m_total);
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
        setState(State::Empty, tr("No sessions match these filters."));
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
            if (!m_journalAgent.isEmpty() && e.agentUsername.compare(m_journalAgent, Qt::CaseInsensitive) != 0)
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
        setState(State::Empty, tr("This desk's journal has no sessions that match these filters."));
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
        addItem(q, QStringLiteral("ID"), active.mid(i, kBatch).join(QLatin1Char('|')));
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(kBatch));
        ++m_refreshesInFlight;
        m_client->get(listPath(q), MarketplaceClient::Token::Agent, this,
                      [this, generation, done](Result<nlohmann::json> r) {
                          if (generation != m_generation)
                              return;
                          if (r.ok()) {
                              const std::vector<HistorySession> fresh = parseItems(r.value, nullptr);
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
        addItem(q, QStringLiteral("DateStarted"), QString(QLatin1Char('>') + wire::formatDateTime(newest)));
        q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
        ++m_refreshesInFlight;
        m_client->get(listPath(q), MarketplaceClient::Token::Agent, this,
                      [this, generation, done](Result<nlohmann::json> r) {
                          if (generation != m_generation)
                              return;
                          if (r.ok()) {
                              const int count = std::max(0, metaTotal(r.value));
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

QString SessionHistoryModel::formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

QString SessionHistoryModel::formatTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString SessionHistoryModel::formatMoney(qint64 units)
{
    return wire::Money::toDecimalString(units);
}

QString SessionHistoryModel::endCauseText(const QString &cause)
{
    if (cause == QLatin1String("AgentEnded"))
        return tr("Ended by agent");
    if (cause == QLatin1String("Expired"))
        return tr("Expired");
    if (cause == QLatin1String("Inactivity"))
        return tr("Inactivity");
    if (cause == QLatin1String("SignedOut"))
        return tr("Agent signed out");
    if (cause == QLatin1String("Recovered"))
        return tr("Ended after a restart");
    if (cause == QLatin1String("Revoked"))
        return tr("Revoked");
    return cause;
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
        return s->active ? tr("Active session %1, started %2").arg(s->id, formatTime(s->started))
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
            text = formatTime(s->started);
            break;
        case EndedColumn:
            text = s->active ? tr("Active") : (s->ended ? formatTime(*s->ended) : QString());
            break;
        case DurationColumn:
            text = formatDuration(s->durationAt(QDateTime::currentDateTimeUtc()));
            break;
        case EndCauseColumn:
            text = s->active ? QString() : endCauseText(s->endCause);
            break;
        case OrdersColumn:
            text = QString::number(s->orderCount);
            break;
        case TotalColumn:
            text = s->fromJournal ? QString() : formatMoney(s->submittedTotal);
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

// ---------------------------------------------------------------------------------------------
// SessionPager

SessionPager::SessionPager(MarketplaceClient *client, const SessionFilter &filter, QObject *parent)
    : QObject(parent), m_client(client), m_filter(filter)
{}

void SessionPager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_missing = false;
    m_cancelled = false;
    m_done = 0;
    m_total = -1;
    m_page = 1;
    m_atBoundary.clear();
    m_boundary = QDateTime();
    // A snapshot: what starts after this moment is not part of the walk.
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(1);
    if (!m_filter.to.isValid() || now < m_filter.to)
        m_filter.to = now;
    requestNext();
}

void SessionPager::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->abort();
    finish(false, tr("Cancelled."));
}

void SessionPager::finish(bool ok, const QString &message)
{
    m_running = false;
    m_job.clear();
    emit finished(ok, message);
}

void SessionPager::requestNext()
{
    SessionFilter f = m_filter;
    if (m_boundary.isValid())
        f.from = m_boundary;
    QUrlQuery q = f.toQuery();
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("DateStarted"));
    q.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    m_job = m_client->get(listPath(q), MarketplaceClient::Token::Agent, this, [this](Result<nlohmann::json> r) {
        if (!m_running)
            return;
        if (!r.ok()) {
            if (r.error.kind() == ApiError::Kind::Cancelled)
                return;
            m_missing = r.error.status() == 404;
            finish(false, r.error.message());
            return;
        }
        QString error;
        std::vector<HistorySession> items = parseItems(r.value, &error);
        if (!error.isEmpty()) {
            finish(false, error);
            return;
        }
        if (m_total < 0) {
            m_total = metaTotal(r.value);
            if (m_limit > 0 && m_total > m_limit) {
                finish(false, tr("%n sessions match: too many for this; narrow the date range or the filters.", nullptr,
                                 m_total));
                return;
            }
        }
        const bool lastPage = int(items.size()) < m_pageSize;
        std::vector<HistorySession> fresh;
        for (HistorySession &s : items) {
            if (s.started == m_boundary && m_atBoundary.contains(s.id))
                continue;
            if (s.started != m_boundary) {
                m_boundary = s.started;
                m_atBoundary.clear();
                m_page = 1;
            }
            m_atBoundary.insert(s.id);
            fresh.push_back(std::move(s));
        }
        // A full page of sessions that all started at the same instant: page on within it.
        if (fresh.empty() && !lastPage)
            ++m_page;
        m_done += int(fresh.size());
        if (!fresh.empty())
            emit pageReady(fresh);
        if (!m_running)
            return; // cancelled from a slot
        emit progress(m_done, std::max(m_total, m_done));
        if (lastPage) {
            finish(true, QString());
            return;
        }
        requestNext();
    });
}

} // namespace onbehalf
