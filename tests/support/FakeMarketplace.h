#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class QTcpSocket;

namespace onbehalf::test {

// A small marketplace of our own on 127.0.0.1, shaped exactly like real OrderCloud (every field
// as the SDK's typings, Locale objects, money with many decimals, `Meta.NextPageKey`) and with
// NO sessions extension (/v1/impersonationsessions answers 404 like any unknown route). It keeps
// a tiny in-memory marketplace (one buyer company, two users, three products, orders), records
// every call, and can be told to answer a route with anything at all (wrong types, cut-off JSON,
// HTML error pages, huge bodies, a dropped connection) to test how the desk copes.
class FakeMarketplace : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kClientId = "desk-client";
    static constexpr const char *kStorefrontClientId = "storefront-client";
    static constexpr const char *kAgent = "agent.smith";
    static constexpr const char *kPassword = "Correct#Horse1";
    static constexpr const char *kBuyerId = "ACME";
    static constexpr const char *kUserId = "acme-jane";

    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray bearer; // the token after "Bearer ", or empty
        QByteArray body;
        nlohmann::json json() const; // the body as JSON (discarded when it is not)
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
        bool dropConnection = false; // send the headers and half the body, then hang up
        bool hang = false;           // read the request and never answer (the desk's timeout)
        static Answer json(int status, const nlohmann::json &body);
        static Answer raw(int status, QByteArray body, QByteArray contentType = "text/html");
        static Answer hung();
    };

    explicit FakeMarketplace(QObject *parent = nullptr);
    ~FakeMarketplace() override;

    bool start();
    QUrl url() const;

    // Answers `method path` (a path ending in '*' matches any path it starts with) with `answer`
    // instead of the marketplace, `times` times (-1: until cleared).
    void override(const QByteArray &method, const QString &path, const Answer &answer, int times = -1);
    void clearOverrides() { m_overrides.clear(); }

    const std::vector<Call> &calls() const { return m_calls; }
    std::vector<Call> callsTo(const QByteArray &method, const QString &pathPrefix) const;
    void clearCalls() { m_calls.clear(); }

    // Tokens handed out, so a test can tell whose a recorded call was.
    const QList<QByteArray> &agentTokens() const { return m_agentTokens; }
    const QList<QByteArray> &buyerTokens() const { return m_buyerTokens; }
    const QList<QByteArray> &refreshTokens() const { return m_refreshTokens; }
    bool isBuyerToken(const QByteArray &token) const { return m_buyerTokens.contains(token); }

    // The orders the buyer has (as the marketplace stores them).
    std::vector<nlohmann::json> orders() const;
    std::vector<nlohmann::json> lineItems(const QString &orderId) const;

private:
    struct Override
    {
        QByteArray method;
        QString path;
        Answer answer;
        int times;
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Answer &answer);
    Answer answer(const Call &call);
    Answer oauth(const Call &call);
    Answer asAgent(const Call &call, const QStringList &path);
    Answer asBuyer(const Call &call, const QStringList &path);
    Answer lineItemsRoute(const Call &call, const QString &orderId, const QStringList &rest);
    QByteArray issue(const QByteArray &userType, const QString &user, const QString &clientId, bool impersonation);
    void recompute(nlohmann::json &order);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::vector<Override> m_overrides;
    std::vector<Call> m_calls;
    QList<QByteArray> m_agentTokens;
    QList<QByteArray> m_buyerTokens;
    QList<QByteArray> m_refreshTokens;
    std::map<QString, nlohmann::json> m_orders;                 // by ID
    std::map<QString, std::vector<nlohmann::json>> m_lineItems; // by order ID
    int m_counter = 0;
};

} // namespace onbehalf::test
