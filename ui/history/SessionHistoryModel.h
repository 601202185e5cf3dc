#pragma once

#include "core/net/MarketplaceClient.h"
#include "core/session/SessionJournal.h"
#include "history/HistorySession.h"
#include "history/SessionFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <vector>

namespace onbehalf {

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
    // The language changed: headers, cells and the state message in the new one.
    void retranslate();
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
    QString stateText(State state) const;
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

} // namespace onbehalf
