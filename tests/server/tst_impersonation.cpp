#include "TestServer.h"

#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;
const std::string kStorefront = "0FF1CE00-DE5C-4000-8000-000000000002";

QStringList roleClaim(const json &claims)
{
    QStringList roles;
    if (claims["role"].is_string())
        roles << QString::fromStdString(claims["role"].get<std::string>());
    else
        for (const auto &r : claims["role"])
            roles << QString::fromStdString(r.get<std::string>());
    return roles;
}

QString accessTokenPath(const char *buyer, const QString &user)
{
    return QStringLiteral("/v1/buyers/") + QString::fromLatin1(buyer) + QStringLiteral("/users/") + user +
           QStringLiteral("/accesstoken");
}
} // namespace

// POST /v1/buyers/{b}/users/{u}/accesstoken: allowed exactly when an ImpersonationConfig allows it.
class TestImpersonation : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent, m_admin;
    std::string m_agentId;

    QString firstActiveUser(const char *buyer, int skip = 0)
    {
        const json page = m_http
                              ->get(QStringLiteral("/v1/buyers/") + QString::fromLatin1(buyer) +
                                        QStringLiteral("/users?Active=true&sortBy=ID"),
                                    m_agent)
                              .json();
        return QString::fromStdString(page["Items"][skip]["ID"].get<std::string>());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_agent.isEmpty() && !m_admin.isEmpty());
        m_agentId = m_http->get(QStringLiteral("/v1/me"), m_agent).json()["ID"].get<std::string>();
    }

    void agentActsForNorthwindUser()
    {
        const Http::Response r = m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")),
                                              {{"ClientID", kClient}, {"Roles", {"Shopper", "MeAdmin"}}}, m_agent);
        QCOMPARE(r.status, 200);
        const QByteArray jwt = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        QVERIFY(r.json()["expires_in"].get<int>() > 0);
        QVERIFY(!r.json().contains("refresh_token")); // impersonation tokens are never refreshed

        const json c = jwtClaims(jwt);
        QCOMPARE(c["usr"].get<std::string>(), std::string("jane.doe"));
        QCOMPARE(c["u"].get<std::string>(), std::string("NW-0001"));
        QCOMPARE(c["usrtype"].get<std::string>(), std::string("buyer"));
        QCOMPARE(c["cid"].get<std::string>(), kClient);
        // The agent behind the token.
        QCOMPARE(c["imp"].get<std::string>(), m_agentId);
        QStringList roles = roleClaim(c);
        roles.sort();
        QCOMPARE(roles, QStringList({QStringLiteral("MeAdmin"), QStringLiteral("Shopper")}));

        const json me = m_http->get(QStringLiteral("/v1/me"), jwt).json();
        QCOMPARE(me["Username"].get<std::string>(), std::string("jane.doe"));
        QCOMPARE(me["Buyer"]["ID"].get<std::string>(), std::string("NORTHWIND"));
        // As the buyer, the agent's admin powers are gone.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers"), jwt).status, 403);
    }

    void impOnlyOnImpersonationTokens()
    {
        QVERIFY(!jwtClaims(m_agent).contains("imp"));
        QVERIFY(!jwtClaims(m_http->login(QStringLiteral("jane.doe"))).contains("imp"));
    }

    void contosoAllowedFabrikamRefused()
    {
        QCOMPARE(m_http->post(accessTokenPath("CONTOSO", firstActiveUser("CONTOSO")), {{"ClientID", kClient}}, m_agent)
                     .status,
                 200);
        const Http::Response r =
            m_http->post(accessTokenPath("FABRIKAM", firstActiveUser("FABRIKAM")), {{"ClientID", kClient}}, m_agent);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Impersonation.NotAllowed"));
        QCOMPARE(r.json()["Errors"][0]["Data"]["BuyerName"].get<std::string>(), std::string("Fabrikam Hotels"));
        QVERIFY(QString::fromStdString(r.json()["Errors"][0]["Message"].get<std::string>())
                    .contains(QStringLiteral("Fabrikam Hotels")));
    }

    void configIsForOneClient()
    {
        const Http::Response r =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")), {{"ClientID", kStorefront}}, m_agent);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Impersonation.NotAllowed"));
    }

    void rolesAreLimitedByTheConfigProfile()
    {
        const Http::Response some =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")),
                         {{"ClientID", kClient}, {"Roles", {"Shopper", "OrderAdmin"}}}, m_agent);
        QCOMPARE(some.status, 200);
        QCOMPARE(roleClaim(jwtClaims(QByteArray::fromStdString(some.json()["access_token"].get<std::string>()))),
                 QStringList{QStringLiteral("Shopper")});

        const Http::Response none =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")),
                         {{"ClientID", kClient}, {"Roles", {"OrderAdmin", "FullAccess"}}}, m_agent);
        QCOMPARE(none.status, 403);
        QCOMPARE(none.errorCode(), QStringLiteral("Impersonation.NoRolesGranted"));
    }

    void cannotImpersonateWithAnImpersonationToken()
    {
        const Http::Response r =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")), {{"ClientID", kClient}}, m_agent);
        const QByteArray imp = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        const Http::Response again =
            m_http->post(accessTokenPath("NORTHWIND", firstActiveUser("NORTHWIND", 1)), {{"ClientID", kClient}}, imp);
        QCOMPARE(again.status, 403);
    }

    void badTargets()
    {
        const json inactive = m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users?Active=false"), m_agent).json();
        QVERIFY(inactive["Items"].size() >= 1);
        const Http::Response r = m_http->post(
            accessTokenPath("NORTHWIND", QString::fromStdString(inactive["Items"][0]["ID"].get<std::string>())),
            {{"ClientID", kClient}}, m_agent);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Impersonation.UserNotActive"));

        Http::Response missing = m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NO-SUCH-USER")),
                                              {{"ClientID", kClient}}, m_agent);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("NotFound"));
        missing = m_http->post(accessTokenPath("NOBUYER", QStringLiteral("NW-0001")), {{"ClientID", kClient}}, m_agent);
        QCOMPARE(missing.status, 404);
        // A user of another buyer is not found under this one.
        missing = m_http->post(accessTokenPath("CONTOSO", QStringLiteral("NW-0001")), {{"ClientID", kClient}}, m_agent);
        QCOMPARE(missing.status, 404);

        const Http::Response noClient =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")), json::object(), m_agent);
        QCOMPARE(noClient.status, 400);
    }

    void revokingTheImpersonationTokenLeavesTheAgentSignedIn()
    {
        const Http::Response r =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")), {{"ClientID", kClient}}, m_agent);
        const QByteArray imp = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), imp).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), imp).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_agent).status, 200);
        // jane.doe's own sessions are untouched by the agent's sign-out of her token.
        const QByteArray own = m_http->login(QStringLiteral("jane.doe"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), own).status, 200);
    }

    void revokingTheBuyersTokensRevokesImpersonationTokens()
    {
        const QString user = firstActiveUser("CONTOSO", 2);
        const Http::Response r = m_http->post(accessTokenPath("CONTOSO", user), {{"ClientID", kClient}}, m_agent);
        const QByteArray imp = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), imp).status, 200);
        QCOMPARE(
            m_http->del(QStringLiteral("/v1/buyers/CONTOSO/users/") + user + QStringLiteral("/tokens"), m_admin).status,
            204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), imp).status, 401);
    }

    void configCrudChangesWhatIsAllowed()
    {
        const QString fabrikamUser = firstActiveUser("FABRIKAM");
        // A config naming one impersonator: agent02 may act for FABRIKAM, agent01 still may not.
        const json me2 = m_http->get(QStringLiteral("/v1/me"), m_http->login(QStringLiteral("agent02"))).json();
        const json config = {{"ID", "imp-fabrikam-agent02"},
                             {"ImpersonationUserID", me2["ID"]},
                             {"BuyerID", "FABRIKAM"},
                             {"SecurityProfileID", "impersonation-shopper"},
                             {"ClientID", kClient}};
        QCOMPARE(m_http->post(QStringLiteral("/v1/impersonationconfig"), config, m_admin).status, 201);
        QCOMPARE(m_http
                     ->post(accessTokenPath("FABRIKAM", fabrikamUser), {{"ClientID", kClient}},
                            m_http->login(QStringLiteral("agent02")))
                     .status,
                 200);
        QCOMPARE(m_http->post(accessTokenPath("FABRIKAM", fabrikamUser), {{"ClientID", kClient}}, m_agent).status, 403);

        // Narrowing the config to one user of FABRIKAM.
        const QString otherUser = firstActiveUser("FABRIKAM", 1);
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/v1/impersonationconfig/imp-fabrikam-agent02"),
                             {{"UserID", fabrikamUser.toStdString()}}, m_admin)
                     .status,
                 200);
        QCOMPARE(m_http
                     ->post(accessTokenPath("FABRIKAM", otherUser), {{"ClientID", kClient}},
                            m_http->login(QStringLiteral("agent02")))
                     .status,
                 403);

        // Deleting the CONTOSO config ends agents' access to CONTOSO.
        QCOMPARE(m_http->del(QStringLiteral("/v1/impersonationconfig/imp-contoso"), m_admin).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationconfig/imp-contoso"), m_admin).status, 404);
        QCOMPARE(m_http->post(accessTokenPath("CONTOSO", firstActiveUser("CONTOSO")), {{"ClientID", kClient}}, m_agent)
                     .status,
                 403);
    }

    void configsMustReferToRealThings()
    {
        const Http::Response r = m_http->post(QStringLiteral("/v1/impersonationconfig"),
                                              {{"ID", "bad"},
                                               {"BuyerID", "NOBUYER"},
                                               {"SecurityProfileID", "impersonation-shopper"},
                                               {"ClientID", kClient}},
                                              m_admin);
        QCOMPARE(r.status, 400);
        const Http::Response noProfile =
            m_http->post(QStringLiteral("/v1/impersonationconfig"), {{"ID", "bad2"}, {"ClientID", kClient}}, m_admin);
        QCOMPARE(noProfile.status, 400);
    }

    void deactivatingTheAgentKillsItsImpersonationTokens()
    {
        const QByteArray agent3 = m_http->login(QStringLiteral("agent03"));
        const std::string agent3Id = m_http->get(QStringLiteral("/v1/me"), agent3).json()["ID"].get<std::string>();
        const Http::Response r =
            m_http->post(accessTokenPath("NORTHWIND", QStringLiteral("NW-0001")), {{"ClientID", kClient}}, agent3);
        QCOMPARE(r.status, 200);
        const QByteArray imp = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/v1/adminusers/") + QString::fromStdString(agent3Id), {{"Active", false}},
                             m_admin)
                     .status,
                 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), imp).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestImpersonation)
#include "tst_impersonation.moc"
