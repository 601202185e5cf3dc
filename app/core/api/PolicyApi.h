#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/OnbehalfPolicy.h"

namespace onbehalf {

// The marketplace's session policy (GET/PUT /v1/onbehalf/policy): order limit for co-sign,
// verification, required wrap-up. Agents read it; supervisors and API client admins replace it.
class PolicyApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit PolicyApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}

    QPointer<ApiJob> get(QObject *context, Callback<wire::OnbehalfPolicy> done);
    // Replaces the whole policy (fields left out take their defaults on the server).
    QPointer<ApiJob> put(const wire::OnbehalfPolicy &policy, QObject *context, Callback<wire::OnbehalfPolicy> done);

    static QString path() { return QStringLiteral("/v1/onbehalf/policy"); }

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
