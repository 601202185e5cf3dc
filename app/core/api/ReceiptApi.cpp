#include "core/api/ReceiptApi.h"

namespace onbehalf {

QString ReceiptApi::receiptPath(const QString &sessionId)
{
    return QStringLiteral("/v1/impersonationsessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)) +
           QStringLiteral("/receipt");
}

QPointer<ApiJob> ReceiptApi::receipt(const QString &sessionId, QObject *context, Callback<wire::SessionReceipt> done)
{
    return m_client->request("GET", receiptPath(sessionId), nullptr, MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::SessionReceipt>(r));
                             });
}

QPointer<ApiJob> ReceiptApi::document(const QString &sessionId, Format format, QObject *context, Callback<QString> done)
{
    const QString path = receiptPath(sessionId) +
                         (format == Format::Text ? QStringLiteral("?format=text") : QStringLiteral("?format=html"));
    return m_client->request("GET", path, nullptr, MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 Result<QString> out;
                                 out.error = r.error;
                                 if (r.ok() && r.value.is_string())
                                     out.value = QString::fromStdString(r.value.get<std::string>());
                                 else if (r.ok())
                                     out.error = ApiError::protocol(QStringLiteral("the receipt is not a document"));
                                 done(std::move(out));
                             });
}

} // namespace onbehalf
