#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/SessionReceipt.h"

namespace onbehalf {

// The customer-facing summary of a session (GET /v1/impersonationsessions/{id}/receipt): as a
// record, or as the server's ready text (an e-mail body) and HTML (for mail and print).
class ReceiptApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    enum class Format
    {
        Text,
        Html
    };

    explicit ReceiptApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}

    QPointer<ApiJob> receipt(const QString &sessionId, QObject *context, Callback<wire::SessionReceipt> done);
    QPointer<ApiJob> document(const QString &sessionId, Format format, QObject *context, Callback<QString> done);

    static QString receiptPath(const QString &sessionId);

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
