#include "core/api/UsersApi.h"

#include "core/api/PhoneNumber.h"
#include "core/net/Guarded.h"

#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace onbehalf {

namespace {

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The list parameters both user routes share. The agent's words narrow the list: searchType
// AllTermsAnyField makes "Jane Doe" find Jane Doe (one word in FirstName, the other in LastName)
// instead of every Jane and every Doe (OrderCloud's default, AnyTerm).
QUrlQuery listQuery(const UserSearch &query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    const QString words = query.search.simplified();
    if (PhoneNumber::looksLikePhone(words)) {
        q.addQueryItem(QStringLiteral("search"), percent(query.phoneDigits ? PhoneNumber::digits(words) : words));
        q.addQueryItem(QStringLiteral("searchOn"), QStringLiteral("Phone"));
        q.addQueryItem(QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField"));
    } else if (!words.isEmpty()) {
        q.addQueryItem(QStringLiteral("search"), percent(words));
        q.addQueryItem(QStringLiteral("searchOn"), QStringLiteral("ID,Username,FirstName,LastName,Email"));
        q.addQueryItem(QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField"));
    }
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("LastName,FirstName"));
    if (query.activeOnly)
        q.addQueryItem(QStringLiteral("Active"), QStringLiteral("true"));
    return q;
}

} // namespace

QPointer<ApiJob> UsersApi::listAcrossBuyers(const UserSearch &query, QObject *context,
                                            Callback<wire::ListPage<wire::User>> done)
{
    QUrlQuery q = listQuery(query);
    if (!query.buyerId.isEmpty())
        q.addQueryItem(QStringLiteral("CompanyID"), percent(query.buyerId));
    return m_client->get(QStringLiteral("/v1/buyerusers?") + q.query(QUrl::FullyEncoded),
                         MarketplaceClient::Token::Agent, context, [done = std::move(done)](Result<nlohmann::json> r) {
                             done(MarketplaceClient::decode<wire::ListPage<wire::User>>(r));
                         });
}

QPointer<ApiJob> UsersApi::listBuyerUsers(const UserSearch &query, QObject *context,
                                          Callback<wire::ListPage<wire::User>> done)
{
    const QString path = QStringLiteral("/v1/buyers/") + percent(query.buyerId) + QStringLiteral("/users?") +
                         listQuery(query).query(QUrl::FullyEncoded);
    return m_client->get(path, MarketplaceClient::Token::Agent, context,
                         [done = std::move(done)](Result<nlohmann::json> r) {
                             done(MarketplaceClient::decode<wire::ListPage<wire::User>>(r));
                         });
}

void UsersApi::listAllBuyers(QObject *context, Callback<std::vector<wire::Buyer>> done)
{
    listBuyersFrom(1, std::make_shared<std::vector<wire::Buyer>>(), guarded(context, std::move(done)));
}

void UsersApi::listBuyersFrom(int page, std::shared_ptr<std::vector<wire::Buyer>> sofar,
                              std::function<void(Result<std::vector<wire::Buyer>>)> done)
{
    constexpr int kPageSize = 100; // OrderCloud's largest page
    constexpr int kMaxPages = 1000;
    const QString path = QStringLiteral("/v1/buyers?sortBy=Name&pageSize=%1&page=%2").arg(kPageSize).arg(page);
    m_client->get(path, MarketplaceClient::Token::Agent, this,
                  [this, page, sofar, done = std::move(done)](Result<nlohmann::json> raw) {
                      const auto r = MarketplaceClient::decode<wire::ListPage<wire::Buyer>>(raw);
                      if (!r.ok()) {
                          done(Result<std::vector<wire::Buyer>>{{}, r.error});
                          return;
                      }
                      for (const wire::Buyer &b : r.value.items)
                          sofar->push_back(b);
                      if (page >= r.value.meta.TotalPages || r.value.items.empty() || page >= kMaxPages) {
                          done(Result<std::vector<wire::Buyer>>{std::move(*sofar), {}});
                          return;
                      }
                      listBuyersFrom(page + 1, sofar, done);
                  });
}

bool UsersApi::isMissingRoute(const ApiError &error)
{
    return error.status() == 404 || error.status() == 405;
}

} // namespace onbehalf
