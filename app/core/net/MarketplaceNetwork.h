#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>

namespace onbehalf {

// The one QNetworkAccessManager of a marketplace connection. Every request leaves with the same
// headers: User-Agent, Accept, a fresh X-Request-ID, and the bearer token its kind asks for.
class MarketplaceNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    // Which token a request carries, set as the request's TokenAttribute.
    enum class Token
    {
        None = 0,
        Agent = 1,
        Buyer = 2
    };
    static constexpr QNetworkRequest::Attribute TokenAttribute = QNetworkRequest::User;

    explicit MarketplaceNetwork(QObject *parent = nullptr);

    void setAgentToken(const QByteArray &token) { m_agentToken = token; }
    void setBuyerToken(const QByteArray &token) { m_buyerToken = token; }
    bool hasAgentToken() const { return !m_agentToken.isEmpty(); }
    bool hasBuyerToken() const { return !m_buyerToken.isEmpty(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QByteArray m_agentToken;
    QByteArray m_buyerToken;
};

} // namespace onbehalf
