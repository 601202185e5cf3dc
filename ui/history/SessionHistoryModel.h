#pragma once

#include "core/net/MarketplaceClient.h"
#include "core/session/SessionJournal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace onbehalf {

// An order placed with a session's token, as the session list reports it.
struct HistoryOrder
{
    QString id;
    QString status;              // Unsubmitted, Open, …, or Deleted
    std::optional<qint64> total; // 1/10,000 units; none for a deleted order
    std::optional<QDateTime> created;
    std::optional<QDateTime> submitted;
};

// One impersonation session of the history: from the marketplace's sessions extension, or from
// this desk's local journal when the marketplace has no such extension.
struct HistorySession
{
    QString id;
    QString agentUserId;
    QString agentUsername;
    QString buyerId;
    QString buyerName;
    QString userId;
    QString username;
    QString userFullName;
    QString clientId;
    QStringList roles;
    QString reason;
    QString caseNumber;
    QDateTime started;
    QDateTime tokenExpires;
    std::optional<QDateTime> ended;
    QString endCause;
    bool active = false;
    qint64 durationSeconds = 0;
    std::vector<HistoryOrder> orders;
    int orderCount = 0;
    qint64 submittedTotal = 0; // 1/10,000 units
    bool fromJournal = false;

    // nullopt (and the reason in `error`) when the JSON is not a session.
    static std::optional<HistorySession> fromJson(const nlohmann::json &j, QString *error = nullptr);
    static HistorySession fromJournalEntry(const JournalEntry &e);
    // Seconds from start to end, or to `now` while the session is active.
    qint64 durationAt(const QDateTime &now) const;
    bool sameState(const HistorySession &other) const;
};

// What the history list is narrowed to, in the marketplace's list grammar.
struct SessionFilter
{
    QString agent;   // AgentUsername ('*' allowed); applied for supervisors only
    QString buyerId; // BuyerID
    QString user;    // Username prefix
    QDateTime from;  // DateStarted >= from (invalid: open)
    QDateTime to;    // DateStarted < to (invalid: open)
    bool activeOnly = false;
    QString search; // over reason, case number, username, full name and agent

    // Filters and search, without paging or sorting.
    QUrlQuery toQuery() const;
    // The same rules applied locally (the journal).
    bool matches(const HistorySession &s) const;
    bool operator==(const SessionFilter &) const = default;
};

// Impersonation sessions over GET /v1/impersonationsessions, a page at a time as the view
// scrolls, sorted by the marketplace. Active sessions are shown in bold and refreshed in place
// every few seconds (dataChanged only: the view keeps its selection and scroll position).
// When the marketplace answers 404 (no sessions extension) the model shows the desk's journal.
class SessionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgentColumn,
        UserColumn,
        BuyerColumn,
        ReasonColumn,
        CaseColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        EndCauseColumn,
        OrdersColumn,
        TotalColumn,
        ColumnCount
    };
    enum class State
    {
        Idle,
        Loading,
        Results,
        Empty,
        Error
    };
    enum class Source
    {
        Marketplace,
        Journal
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        ActiveRole
    };

    explicit SessionHistoryModel(MarketplaceClient *client, QObject *parent = nullptr);

    // The journal shown when the marketplace has no sessions extension: entries of this
    // marketplace, and of `agentUsername` only unless empty (a supervisor sees the whole desk).
    void setJournal(SessionJournal *journal, const QString &marketplaceKey);
    void setJournalAgent(const QString &agentUsername);

    // Starts over with these filters (cancels what is loading).
    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

    // Server-side sorting; columns the marketplace cannot sort by are refused (false).
    static QString sortField(int column);
    bool canSort(int column) const { return !sortField(column).isEmpty(); }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The same without loading (before the first load); false when the column cannot be sorted.
    bool setSortOrder(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString sortBy() const;

    // Active rows are refreshed this often (ms); 0 stops it.
    void setRefreshInterval(int ms);
    int refreshInterval() const { return m_refreshInterval; }
    // Refreshes the active rows now (and counts sessions started since the list was loaded).
    void refreshActive();

    Source source() const { return m_source; }
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    int totalCount() const { return m_total; }
    // Sessions started (matching the filters) since the list was loaded.
    int newSessionCount() const { return m_newSessions; }
    const HistorySession *sessionAt(int row) const;
    int rowOf(const QString &sessionId) const;
    QStringList agentsSeen() const;
    const std::vector<HistorySession> &sessions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static QString formatDuration(qint64 seconds);
    static QString formatTime(const QDateTime &t);
    static QString formatMoney(qint64 units);
    static QString endCauseText(const QString &cause);

signals:
    void stateChanged();
    // The first rows of a load are in the model (tests and measurements stop the clock here).
    void firstRowsShown();
    // A row changed in place after an auto-refresh.
    void sessionUpdated(const QString &sessionId);
    // The marketplace has no sessions extension; the journal is shown from now on.
    void extensionMissing();
    void agentsSeenChanged();
    void newSessionsChanged(int count);
    // A refresh round finished (tests wait for it).
    void refreshed();

private:
    void requestPage();
    void appendRows(std::vector<HistorySession> rows);
    void setState(State state, const QString &message = {});
    void loadJournal(bool inPlace);
    void noteAgents(const std::vector<HistorySession> &rows);
    void updateActiveDurations();

    MarketplaceClient *m_client;
    SessionJournal *m_journal = nullptr;
    QString m_marketplaceKey;
    QString m_journalAgent;
    Source m_source = Source::Marketplace;
    SessionFilter m_filter;
    int m_sortColumn = StartedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<HistorySession> m_rows;
    QSet<QString> m_ids;
    QSet<QString> m_agents;
    int m_total = -1;
    int m_nextPage = 1;
    int m_pageSize = 50;
    bool m_loading = false;
    bool m_exhausted = true;
    bool m_announcedFirstRows = false;
    quint64 m_generation = 0;
    QPointer<ApiJob> m_job;
    QDateTime m_loadedAt;
    int m_newSessions = 0;
    State m_state = State::Idle;
    QString m_stateMessage;

    QTimer m_refreshTimer;
    int m_refreshInterval = 15000;
    int m_refreshesInFlight = 0;
};

// Walks every session matching a filter, oldest first, a page at a time, without blocking: the
// export and the chart use it. Pages are keyed on the start time (DateStarted >= the last one
// seen), so sessions starting or ending meanwhile neither repeat nor shift rows out; sessions
// that start after the walk began are left out.
class SessionPager : public QObject
{
    Q_OBJECT

public:
    SessionPager(MarketplaceClient *client, const SessionFilter &filter, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    // Gives up (finished with ok=false) when more sessions than this match; 0: no limit.
    void setLimit(int sessions) { m_limit = sessions; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    // The marketplace answered 404: it has no sessions extension.
    bool extensionMissing() const { return m_missing; }
    bool wasCancelled() const { return m_cancelled; }

signals:
    void pageReady(const std::vector<onbehalf::HistorySession> &sessions);
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void requestNext();
    void finish(bool ok, const QString &message);

    MarketplaceClient *m_client;
    SessionFilter m_filter;
    int m_pageSize = 100;
    int m_limit = 0;
    QDateTime m_boundary;       // the latest start time seen
    QSet<QString> m_atBoundary; // sessions seen that started exactly then
    int m_page = 1;
    int m_total = -1;
    int m_done = 0;
    bool m_running = false;
    bool m_missing = false;
    bool m_cancelled = false;
    QPointer<ApiJob> m_job;
};

} // namespace onbehalf
