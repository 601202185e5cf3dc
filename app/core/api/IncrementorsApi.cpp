#include "core/api/IncrementorsApi.h"

namespace onbehalf {

void IncrementorsApi::incrementor(const QString &id, QObject *context, Callback<wire::Incrementor> done) const
{
    m_client->request(
        "GET", QStringLiteral("/v1/incrementors/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), nullptr,
        MarketplaceClient::Token::Agent, context,
        [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<wire::Incrementor>(r)); });
}

QString IncrementorsApi::orderIdTemplate(const QString &prefix, const QString &incrementorId)
{
    if (incrementorId.isEmpty())
        return QString();
    const QString p = prefix.trimmed();
    const QString counter = QLatin1Char('{') + incrementorId + QLatin1Char('}');
    return p.isEmpty() ? counter : p + QLatin1Char('-') + counter;
}

} // namespace onbehalf
