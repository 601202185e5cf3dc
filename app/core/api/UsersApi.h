#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/Buyer.h"
#include "wire/ListPage.h"
#include "wire/User.h"

#include <QObject>
#include <QPointer>
#include <vector>

namespace onbehalf {

// One page of a buyer-user search as the desk asks for it.
struct UserSearch
{
    QString buyerId; // empty: every buyer
    QString search;  // the agent's words; every word must match (text inside a field counts)
    // Text that looks like a phone number is searched on Phone only. Onbehalf's server matches the
    // digits in any formatting (true: send only the digits); plain OrderCloud gets it as typed.
    bool phoneDigits = false;
    bool activeOnly = false;
    int page = 1;
    int pageSize = 30;
};

// The typed calls for buyers and buyer users (as the agent). Answers are decoded through the wire
// models; nothing here throws into a callback.
class UsersApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit UsersApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}

    // GET /v1/buyerusers (OrderCloud's Users.ListAcrossBuyers): one request for every buyer, or for
    // the one in query.buyerId (CompanyID filter). Sorted by last name, first name.
    QPointer<ApiJob> listAcrossBuyers(const UserSearch &query, QObject *context,
                                      Callback<wire::ListPage<wire::User>> done);
    // GET /v1/buyers/{buyerId}/users: one buyer's users, the same search (for marketplaces without
    // /v1/buyerusers).
    QPointer<ApiJob> listBuyerUsers(const UserSearch &query, QObject *context,
                                    Callback<wire::ListPage<wire::User>> done);
    // Every buyer the agent can read, by name, fetched page by page (no limit on their number).
    void listAllBuyers(QObject *context, Callback<std::vector<wire::Buyer>> done);

    // Whether an answer of GET /v1/buyerusers says that the marketplace has no such route. Its path
    // names no object, so a 404 (or 405) can only mean the route itself is missing.
    static bool isMissingRoute(const ApiError &error);

private:
    void listBuyersFrom(int page, std::shared_ptr<std::vector<wire::Buyer>> sofar,
                        std::function<void(Result<std::vector<wire::Buyer>>)> done);

    MarketplaceClient *m_client;
};

} // namespace onbehalf
