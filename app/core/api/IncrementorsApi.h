#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/Incrementor.h"

namespace onbehalf {

// The marketplace's counters (OrderCloud /v1/incrementors/{id}), with the agent's token
// (IncrementorReader), and the order IDs the desk builds from one.
class IncrementorsApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit IncrementorsApi(MarketplaceClient *client) : m_client(client) {}

    void incrementor(const QString &id, QObject *context, Callback<wire::Incrementor> done) const;

    // "<prefix>-{<incrementorId>}" for the ID of a new order ("OB-{orderIncrementor}" → OB-000123
    // on the marketplace); empty (the marketplace's generated ID) without an incrementor.
    static QString orderIdTemplate(const QString &prefix, const QString &incrementorId);

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
