#include "core/net/MarketplaceNetwork.h"

#include <QNetworkRequest>
#include <QUuid>

namespace onbehalf {

MarketplaceNetwork::MarketplaceNetwork(QObject *parent) : QNetworkAccessManager(parent)
{
    // Tokens must never follow a redirect to another host.
    setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

QNetworkReply *MarketplaceNetwork::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Onbehalf/" ONBEHALF_VERSION));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const auto token = Token(request.attribute(TokenAttribute, int(Token::None)).toInt());
    const QByteArray &bearer = token == Token::Agent   ? m_agentToken
                               : token == Token::Buyer ? m_buyerToken
                                                       : QByteArray();
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace onbehalf
