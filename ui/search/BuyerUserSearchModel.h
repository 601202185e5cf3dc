#pragma once

#include "core/api/UsersApi.h"
#include "core/net/MarketplaceClient.h"
#include "wire/User.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace onbehalf {

class Discovery;

// Buyer users matching what the agent types, across every buyer the agent can read (or one).
// A keystroke is one request, GET /v1/buyerusers, across every buyer; further pages load lazily as
// the view scrolls. Where the marketplace lacks that route (its first answer says so; remembered
// until the next sign-in), each buyer is searched with its own list call instead, rows appearing
// buyer by buyer. A new query cancels the requests of the previous one.
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

    // The buyers of a new sign-in; whether the marketplace has GET /v1/buyerusers is asked anew.
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
    // Says whether the marketplace is Onbehalf's server, which matches a phone number's digits in
    // any formatting; a phone number typed before that is known waits for its answer.
    void setDiscovery(Discovery *discovery) { m_discovery = discovery; }
    UsersApi *api() const { return m_api; }
    // Whether searches go to GET /v1/buyerusers (Unknown until its first answer).
    enum class AcrossBuyers
    {
        Unknown,
        Present,
        Absent
    };
    AcrossBuyers acrossBuyers() const { return m_acrossBuyers; }

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
    // A stream of pages: one buyer's users, or (across) every buyer's or the filtered buyer's users
    // through GET /v1/buyerusers. Fetched rows waiting to be shown, paging position, whether done.
    struct Cursor
    {
        QString buyerId;
        bool across = false;
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
    UsersApi *m_api; // child
    Discovery *m_discovery = nullptr;
    AcrossBuyers m_acrossBuyers = AcrossBuyers::Unknown;
    QString m_buyerFilter;
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
