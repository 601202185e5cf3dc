#include "core/api/PolicyApi.h"

namespace onbehalf {

QPointer<ApiJob> PolicyApi::get(QObject *context, Callback<wire::OnbehalfPolicy> done)
{
    return m_client->request("GET", path(), nullptr, MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::OnbehalfPolicy>(r));
                             });
}

QPointer<ApiJob> PolicyApi::put(const wire::OnbehalfPolicy &policy, QObject *context,
                                Callback<wire::OnbehalfPolicy> done)
{
    nlohmann::json body(policy);
    body.erase("ModifiedBy"); // the server's to record
    body.erase("DateModified");
    return m_client->request("PUT", path(), body, MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::OnbehalfPolicy>(r));
                             });
}

} // namespace onbehalf
