#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/Address.h"

#include <QPointer>
#include <vector>

namespace onbehalf {

// An address a buyer user may use, with what for (as the assignments state it).
struct UserAddress
{
    wire::Address address;
    bool shipping = false;
    bool billing = false;
    bool viaGroup = false; // assigned to one of the user's groups, not to the user alone
};

// A buyer user's addresses as the agent reads them (AddressReader or AddressAdmin): OrderCloud's
// /v1/buyers/{buyerID}/addresses/assignments at user and group level, then the addresses named
// there in one list request. A small value: make one where needed.
class AddressesApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit AddressesApi(MarketplaceClient *client) : m_client(client) {}

    // Shipping addresses first, then by name; at most 100 (a person has a handful).
    void ofUser(const QString &buyerId, const QString &userId, QObject *context,
                Callback<std::vector<UserAddress>> done) const;

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
