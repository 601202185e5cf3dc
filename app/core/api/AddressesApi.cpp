#include "core/api/AddressesApi.h"

#include "wire/AddressAssignment.h"
#include "wire/ListPage.h"

#include <QUrl>
#include <algorithm>
#include <map>
#include <memory>

namespace onbehalf {

namespace {

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

using Assignments = wire::ListPage<wire::AddressAssignment>;

} // namespace

void AddressesApi::ofUser(const QString &buyerId, const QString &userId, QObject *context,
                          Callback<std::vector<UserAddress>> done) const
{
    MarketplaceClient *client = m_client;
    const QString base = QStringLiteral("/v1/buyers/") + percent(buyerId) + QStringLiteral("/addresses");
    const QString assignments = base + QStringLiteral("/assignments?pageSize=100&userID=") + percent(userId);
    auto fail = [done](const ApiError &e) { done(Result<std::vector<UserAddress>>{{}, e}); };

    // The user's own assignments, then those of the user's groups, then the addresses themselves.
    client->get(
        assignments + QStringLiteral("&level=User"), MarketplaceClient::Token::Agent, context,
        [=](Result<nlohmann::json> rawUser) {
            const auto user = MarketplaceClient::decode<Assignments>(rawUser);
            if (!user.ok())
                return fail(user.error);
            client->get(
                assignments + QStringLiteral("&level=Group"), MarketplaceClient::Token::Agent, context,
                [=](Result<nlohmann::json> rawGroup) {
                    const auto group = MarketplaceClient::decode<Assignments>(rawGroup);
                    if (!group.ok())
                        return fail(group.error);
                    // One entry per address: what the user and the groups allow, together.
                    auto byId = std::make_shared<std::map<QString, UserAddress>>();
                    for (const auto *page : {&user.value, &group.value}) {
                        for (const wire::AddressAssignment &a : page->items) {
                            UserAddress &u = (*byId)[a.AddressID];
                            u.shipping = u.shipping || a.IsShipping;
                            u.billing = u.billing || a.IsBilling;
                            u.viaGroup = u.viaGroup || page == &group.value;
                        }
                    }
                    if (byId->empty())
                        return done(Result<std::vector<UserAddress>>{{}, {}});
                    QStringList ids;
                    for (const auto &[id, _] : *byId)
                        ids << id;
                    client->get(
                        base + QStringLiteral("?pageSize=100&ID=") + percent(ids.join(QLatin1Char('|'))),
                        MarketplaceClient::Token::Agent, context, [=](Result<nlohmann::json> rawAddresses) {
                            const auto list = MarketplaceClient::decode<wire::ListPage<wire::Address>>(rawAddresses);
                            if (!list.ok())
                                return fail(list.error);
                            std::vector<UserAddress> out;
                            for (const wire::Address &a : list.value.items) {
                                const auto it = byId->find(a.ID);
                                if (it == byId->end())
                                    continue; // not one the assignments named
                                UserAddress u = it->second;
                                u.address = a;
                                out.push_back(std::move(u));
                            }
                            std::stable_sort(out.begin(), out.end(), [](const auto &l, const auto &r) {
                                if (l.shipping != r.shipping)
                                    return l.shipping;
                                return l.address.AddressName.value_or(l.address.ID)
                                           .localeAwareCompare(r.address.AddressName.value_or(r.address.ID)) < 0;
                            });
                            done(Result<std::vector<UserAddress>>{std::move(out), {}});
                        });
                });
        });
}

} // namespace onbehalf
