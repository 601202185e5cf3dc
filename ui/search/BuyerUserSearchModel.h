#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/User.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace onbehalf {

// Buyer users matching what the agent types, across every buyer the agent can read (or one).
// Each buyer is searched with the marketplace's own list call; first pages are requested in
// parallel, rows appear buyer by buyer, and further pages load lazily as the view scrolls.
// A new query cancels the requests of the previous one.
class BuyerUserSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        BuyerColumn,
        ActiveColumn,
        ColumnCount
    };
    enum class State
    {
        Idle,
        Searching,
        Results,
        Empty,
        Error
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        BuyerIdRole
    };
    static constexpr int kPrefetchDelayMs = 250;

    struct Buyer
    {
        QString id;
        QString name;
    };

    explicit BuyerUserSearchModel(MarketplaceClient *client, QObject *parent = nullptr);

    void setBuyers(const std::vector<Buyer> &buyers);
    const std::vector<Buyer> &buyers() const { return m_buyers; }
    // Starts a new search; buyerId empty = all buyers.
    void setQuery(const QString &search, const QString &buyerId, bool activeOnly);
    void clear();

    State state() const { return m_state; }
    // The search text of the current query, as sent (simplified).
    const QString &search() const { return m_search; }
    // What the view shows when there are no rows (searching, nothing found, an error).
    QString stateMessage() const { return m_stateMessage; }
    int totalCount() const;
    const wire::User *userAt(int row) const;
    QString buyerNameOf(const QString &buyerId) const;
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void stateChanged();
    // The first rows of a query are on screen (benchmarks and tests measure up to here).
    void firstRowsShown();

private:
    // Per-buyer cursor: fetched rows waiting to be shown, paging position, whether it is done.
    struct Cursor
    {
        QString buyerId;
        std::vector<wire::User> pending;
        int nextPage = 1;
        int total = -1;
        bool loading = false;
        bool exhausted = false;
        QPointer<ApiJob> job;
    };

    void request(size_t cursorIndex);
    void prefetchNext();
    void showAvailable();
    void setState(State state, const QString &message = {});
    void abortAll();

    MarketplaceClient *m_client;
    std::vector<Buyer> m_buyers;
    std::vector<Cursor> m_cursors;
    size_t m_current = 0; // rows of cursors before this one are all shown
    std::vector<wire::User> m_rows;
    std::vector<QString> m_rowBuyer;
    QString m_search;
    bool m_activeOnly = false;
    quint64 m_generation = 0;
    int m_pageSize = 30; // a screenful and a half: small pages answer fastest
    State m_state = State::Idle;
    QString m_stateMessage;
    bool m_announcedFirstRows = false;
};

} // namespace onbehalf
