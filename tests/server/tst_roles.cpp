#include "TestServer.h"

#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
QStringList strings(const json &array)
{
    QStringList out;
    for (const auto &v : array)
        out << QString::fromStdString(v.get<std::string>());
    return out;
}
} // namespace

// Role enforcement: every endpoint checks the caller's roles and says which would have sufficed.
class TestRoles : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent, m_supervisor, m_admin, m_buyer;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_buyer = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!m_agent.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty() && !m_buyer.isEmpty());
    }

    void demoProfilesGiveTheDocumentedRoles()
    {
        const QStringList agent = strings(m_http->get(QStringLiteral("/v1/me"), m_agent).json()["AvailableRoles"]);
        for (const char *r : {"BuyerReader", "BuyerUserReader", "BuyerImpersonation", "OrderReader", "ProductReader"})
            QVERIFY2(agent.contains(QString::fromLatin1(r)), r);
        QVERIFY(!agent.contains(QStringLiteral("FullAccess")));
        QVERIFY(!agent.contains(QStringLiteral("ServiceDeskSupervisor")));

        const QStringList supervisor =
            strings(m_http->get(QStringLiteral("/v1/me"), m_supervisor).json()["AvailableRoles"]);
        QVERIFY(supervisor.contains(QStringLiteral("ServiceDeskSupervisor")));
        QVERIFY(supervisor.contains(QStringLiteral("BuyerImpersonation")));

        const QStringList admin = strings(m_http->get(QStringLiteral("/v1/me"), m_admin).json()["AvailableRoles"]);
        QVERIFY(!admin.contains(QStringLiteral("FullAccess")));
        QVERIFY(!admin.contains(QStringLiteral("BuyerImpersonation")));
    }

    void allowedAndRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("sufficient"); // one of the SufficientRoles expected on 403

        QTest::newRow("agent lists buyers") << QStringLiteral("agent") << QByteArray("GET")
                                            << QStringLiteral("/v1/buyers") << 200 << QStringLiteral("");
        QTest::newRow("agent lists buyer users")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/buyers/NORTHWIND/users") << 200
            << QStringLiteral("");
        QTest::newRow("agent lists groups")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/buyers/NORTHWIND/usergroups") << 200
            << QStringLiteral("");
        QTest::newRow("agent creates buyer") << QStringLiteral("agent") << QByteArray("POST")
                                             << QStringLiteral("/v1/buyers") << 403 << QStringLiteral("BuyerAdmin");
        QTest::newRow("agent reads impersonation configs")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/impersonationconfig") << 403
            << QStringLiteral("SetSecurityProfile");
        QTest::newRow("agent lists api clients")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/apiclients") << 403
            << QStringLiteral("ApiClientAdmin");
        QTest::newRow("agent lists security profiles")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/securityprofiles") << 403
            << QStringLiteral("SecurityProfileAdmin");
        QTest::newRow("agent lists admin users")
            << QStringLiteral("agent") << QByteArray("GET") << QStringLiteral("/v1/adminusers") << 403
            << QStringLiteral("AdminUserAdmin");
        QTest::newRow("agent deletes buyer")
            << QStringLiteral("agent") << QByteArray("DELETE") << QStringLiteral("/v1/buyers/NORTHWIND") << 403
            << QStringLiteral("BuyerAdmin");
        QTest::newRow("buyer lists buyers") << QStringLiteral("buyer") << QByteArray("GET")
                                            << QStringLiteral("/v1/buyers") << 403 << QStringLiteral("BuyerReader");
        QTest::newRow("buyer lists users")
            << QStringLiteral("buyer") << QByteArray("GET") << QStringLiteral("/v1/buyers/NORTHWIND/users") << 403
            << QStringLiteral("BuyerUserReader");
        QTest::newRow("buyer impersonates") << QStringLiteral("buyer") << QByteArray("POST")
                                            << QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0002/accesstoken") << 403
                                            << QStringLiteral("BuyerImpersonation");
        QTest::newRow("buyer reads me") << QStringLiteral("buyer") << QByteArray("GET") << QStringLiteral("/v1/me")
                                        << 200 << QStringLiteral("");
        QTest::newRow("admin reads impersonation configs")
            << QStringLiteral("admin") << QByteArray("GET") << QStringLiteral("/v1/impersonationconfig") << 200
            << QStringLiteral("");
        QTest::newRow("admin lists api clients") << QStringLiteral("admin") << QByteArray("GET")
                                                 << QStringLiteral("/v1/apiclients") << 200 << QStringLiteral("");
        QTest::newRow("admin impersonates") << QStringLiteral("admin") << QByteArray("POST")
                                            << QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0002/accesstoken") << 403
                                            << QStringLiteral("BuyerImpersonation");
        QTest::newRow("supervisor lists users")
            << QStringLiteral("supervisor") << QByteArray("GET") << QStringLiteral("/v1/buyers/CONTOSO/users") << 200
            << QStringLiteral("");
    }

    void allowedAndRefused()
    {
        QFETCH(QString, who);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, sufficient);
        const QByteArray token = who == QLatin1String("agent")        ? m_agent
                                 : who == QLatin1String("supervisor") ? m_supervisor
                                 : who == QLatin1String("admin")      ? m_admin
                                                                      : m_buyer;
        const QByteArray body =
            method == "POST" ? QByteArray(R"({"ID":"X1","Name":"X","ClientID":"c"})") : QByteArray();
        const Http::Response r = m_http->request(method, path, body, token);
        QCOMPARE(r.status, status);
        if (status != 403)
            return;
        QCOMPARE(r.errorCode(), QStringLiteral("InsufficientRoles"));
        const json data = r.json()["Errors"][0]["Data"];
        QVERIFY2(strings(data["SufficientRoles"]).contains(sufficient), r.body.constData());
        // AssignedRoles are exactly the caller token's roles.
        const json claims = jwtClaims(token);
        QStringList tokenRoles = claims["role"].is_string()
                                     ? QStringList{QString::fromStdString(claims["role"].get<std::string>())}
                                     : strings(claims["role"]);
        QStringList assigned = strings(data["AssignedRoles"]);
        tokenRoles.sort();
        assigned.sort();
        QCOMPARE(assigned, tokenRoles);
    }

    void rolesComeFromTheTokenNotTheProfile()
    {
        // A token narrowed by scope keeps its narrow roles although the user has more.
        const QByteArray narrow =
            m_http->login(QStringLiteral("agent02"), QString::fromLatin1(Http::kDemoPassword),
                          QString::fromLatin1(Http::kDemoClientId), QStringLiteral("BuyerUserReader"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users"), narrow).status, 200);
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyers"), narrow);
        QCOMPARE(r.status, 403);
        QCOMPARE(strings(r.json()["Errors"][0]["Data"]["AssignedRoles"]),
                 QStringList{QStringLiteral("BuyerUserReader")});
    }

    void grantingAProfileTakesEffectOnNextToken()
    {
        // admin01 gives agent03 the right to read impersonation configs through a user-level assignment.
        const json me = m_http->get(QStringLiteral("/v1/me"), m_http->login(QStringLiteral("agent03"))).json();
        const std::string agent03 = me["ID"].get<std::string>();
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/securityprofiles"),
                            {{"ID", "config-reader"}, {"Name", "Config reader"}, {"Roles", {"SetSecurityProfile"}}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/securityprofiles/assignments"),
                            {{"SecurityProfileID", "config-reader"}, {"UserID", agent03}}, m_admin)
                     .status,
                 204);
        const QByteArray token = m_http->login(QStringLiteral("agent03"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationconfig"), token).status, 200);

        QCOMPARE(m_http
                     ->del(QStringLiteral("/v1/securityprofiles/config-reader/assignments?UserID=") +
                               QString::fromStdString(agent03),
                           m_admin)
                     .status,
                 204);
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/impersonationconfig"), m_http->login(QStringLiteral("agent03"))).status,
            403);
    }

    void unknownRolesInProfilesAreRejected()
    {
        const Http::Response r = m_http->post(QStringLiteral("/v1/securityprofiles"),
                                              {{"ID", "bad"}, {"Name", "Bad"}, {"Roles", {"MakeCoffee"}}}, m_admin);
        QCOMPARE(r.status, 400);
        // Custom roles are free-form and go in CustomRoles.
        QCOMPARE(
            m_http
                ->post(
                    QStringLiteral("/v1/securityprofiles"),
                    {{"ID", "custom"}, {"Name", "Custom"}, {"Roles", json::array()}, {"CustomRoles", {"MakeCoffee"}}},
                    m_admin)
                .status,
            201);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
