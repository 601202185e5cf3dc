#include "ResourceTest.h"

using namespace onbehalf::test;

// Security profiles and the arithmetic behind AvailableRoles, API clients and impersonation
// configs: CRUD as OrderCloud does it, with its status codes.
class TestSecurityResources : public ResourceTest
{
    Q_OBJECT

private slots:
    // The buyer these checks work in, as tst_resources leaves it: RES-B1 with the buyer-level
    // shopper profile, users RES-U1 (in group RES-G1) and RES-U2.
    void initTestCase()
    {
        startAndSignIn();
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/buyers"), {{"ID", "RES-B1"}, {"Name", "Resource Buyer"}}, m_admin).status,
            201);
        QCOMPARE(assign({{"SecurityProfileID", "buyer-shopper"}, {"BuyerID", "RES-B1"}}), 204);
        const QString users = QStringLiteral("/v1/buyers/RES-B1/users");
        QCOMPARE(m_http->post(users, newUser("RES-U1", "res.user1", "An0ther&Secret!"), m_admin).status, 201);
        QCOMPARE(m_http->post(users, newUser("RES-U2", "res.user2"), m_admin).status, 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/RES-B1/usergroups"), {{"ID", "RES-G1"}, {"Name", "Res Group 1"}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/RES-B1/usergroups/assignments"),
                            {{"UserGroupID", "RES-G1"}, {"UserID", "RES-U1"}}, m_admin)
                     .status,
                 204);
    }

    void securityProfilesAndAvailableRoles()
    {
        const QString profiles = QStringLiteral("/v1/securityprofiles");
        const json groupProfile{{"ID", "RES-P-GROUP"},
                                {"Name", "Res group profile"},
                                {"Roles", {"OrderAdmin", "ProductReader"}},
                                {"CustomRoles", {"ResGroupRole"}}};
        Http::Response r = m_http->post(profiles, groupProfile, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        QVERIFY(r.json()["Roles"] == groupProfile["Roles"]);
        QCOMPARE(m_http
                     ->post(profiles,
                            {{"ID", "RES-P-USER"},
                             {"Name", "Res user profile"},
                             {"Roles", {"AddressAdmin"}},
                             {"CustomRoles", {"ResUserRole"}}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(profiles,
                            {{"ID", "RES-P-BUYER"}, {"Name", "Res buyer profile"}, {"Roles", {"PriceScheduleReader"}}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(profiles,
                            {{"ID", "RES-P-MKT"},
                             {"Name", "Res marketplace profile"},
                             {"Roles", json::array()},
                             {"CustomRoles", {"ResMarketplaceRole"}}},
                            m_admin)
                     .status,
                 201);
        // Profile CRUD.
        r = m_http->patch(profiles + QStringLiteral("/RES-P-BUYER"), {{"Name", "Res buyer profile (patched)"}},
                          m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QVERIFY(r.json()["Roles"] == json({"PriceScheduleReader"}));
        r = m_http->put(profiles + QStringLiteral("/RES-P-BUYER"),
                        {{"Name", "Res buyer profile"}, {"Roles", {"PriceScheduleReader", "CatalogReader"}}}, m_admin);
        QCOMPARE(r.status, 200);
        r = m_http->get(profiles + QStringLiteral("/RES-P-BUYER"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(show(stringSet(r.json()["Roles"])), QStringLiteral("CatalogReader,PriceScheduleReader"));
        r = m_http->get(profiles + QStringLiteral("?ID=RES-P-*"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 4);

        const QSet<QString> shopper = profileRoles(QStringLiteral("buyer-shopper"));
        const QSet<QString> group = profileRoles(QStringLiteral("RES-P-GROUP"));
        const QSet<QString> user = profileRoles(QStringLiteral("RES-P-USER"));
        const QSet<QString> buyer = profileRoles(QStringLiteral("RES-P-BUYER"));
        QVERIFY(!shopper.isEmpty() && !group.isEmpty() && !user.isEmpty() && !buyer.isEmpty());
        const QString u1 = QStringLiteral("RES-U1"), u2 = QStringLiteral("RES-U2"), b = QStringLiteral("RES-B1");

        // Baseline: RES-B1 has the buyer-level shopper profile only; RES-U1 is in RES-G1, RES-U2 is not.
        QCOMPARE(show(userRoles(b, u1)), show(shopper));

        // Group level.
        QCOMPARE(assign({{"SecurityProfileID", "RES-P-GROUP"}, {"BuyerID", "RES-B1"}, {"UserGroupID", "RES-G1"}}), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | group));
        QCOMPARE(show(userRoles(b, u2)), show(shopper));
        r = m_http->get(QStringLiteral("/v1/securityprofiles/assignments?securityProfileID=RES-P-GROUP&level=Group"),
                        m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        QCOMPARE(qs(r.json()["Items"][0]["UserGroupID"]), QStringLiteral("RES-G1"));
        QCOMPARE(qs(r.json()["Items"][0]["BuyerID"]), QStringLiteral("RES-B1"));

        // User level, on top.
        QCOMPARE(assign({{"SecurityProfileID", "RES-P-USER"}, {"BuyerID", "RES-B1"}, {"UserID", "RES-U1"}}), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | group | user));
        QCOMPARE(show(userRoles(b, u2)), show(shopper));

        // Buyer level: everyone in the buyer.
        QCOMPARE(assign({{"SecurityProfileID", "RES-P-BUYER"}, {"BuyerID", "RES-B1"}}), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | group | user | buyer));
        QCOMPARE(show(userRoles(b, u2)), show(shopper | buyer));
        // A list resolves the roles of its whole page at once, to the same result.
        r = m_http->get(QStringLiteral("/v1/buyers/RES-B1/users?pageSize=100"), m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["Items"].size() >= 2);
        for (const json &listed : r.json()["Items"])
            QCOMPARE(show(stringSet(listed["AvailableRoles"])), show(userRoles(b, qs(listed["ID"]))));
        // …and no one in another buyer.
        QVERIFY(!userRoles(QStringLiteral("NORTHWIND"), QStringLiteral("NW-0001"))
                     .contains(QStringLiteral("CatalogReader")));

        // A new token carries the union.
        const QByteArray token = m_http->login(QStringLiteral("res.user1"), QStringLiteral("An0ther&Secret!"));
        QVERIFY(!token.isEmpty());
        const json role = jwtClaims(token)["role"];
        const QSet<QString> tokenRoles = role.is_string() ? QSet<QString>{qs(role)} : stringSet(role);
        QVERIFY2(tokenRoles.contains(QStringLiteral("OrderAdmin")) && tokenRoles.contains(QStringLiteral("Shopper")),
                 qPrintable(show(tokenRoles)));

        // Removing the group's profile takes its roles away again.
        QCOMPARE(unassign(QStringLiteral("RES-P-GROUP"), QStringLiteral("?buyerID=RES-B1&userGroupID=RES-G1")), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | user | buyer));
        // So does leaving the group while the profile is assigned to it.
        QCOMPARE(assign({{"SecurityProfileID", "RES-P-GROUP"}, {"BuyerID", "RES-B1"}, {"UserGroupID", "RES-G1"}}), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | group | user | buyer));
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/RES-B1/usergroups/RES-G1/assignments/RES-U1"), m_admin).status,
                 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | user | buyer));
        // Joining gives them back.
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/RES-B1/usergroups/assignments"),
                            {{"UserGroupID", "RES-G1"}, {"UserID", "RES-U2"}}, m_admin)
                     .status,
                 204);
        QCOMPARE(show(userRoles(b, u2)), show(shopper | group | buyer));
        // User level removed.
        QCOMPARE(unassign(QStringLiteral("RES-P-USER"), QStringLiteral("?buyerID=RES-B1&userID=RES-U1")), 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper | buyer));
        // Deleting a profile removes its assignments.
        QCOMPARE(m_http->del(profiles + QStringLiteral("/RES-P-BUYER"), m_admin).status, 204);
        QCOMPARE(show(userRoles(b, u1)), show(shopper));
        QCOMPARE(show(userRoles(b, u2)), show(shopper | group));
        r = m_http->get(QStringLiteral("/v1/securityprofiles/assignments?securityProfileID=RES-P-BUYER"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), 0);

        // Marketplace level: every admin user.
        QCOMPARE(m_http->post(QStringLiteral("/v1/adminusers"), newUser("RES-ADM2", "res.admin2"), m_admin).status,
                 201);
        const QSet<QString> before = adminRoles(QStringLiteral("RES-ADM2"));
        const QSet<QString> agentBefore = adminRoles(QStringLiteral("ADM-AGENT02"));
        QVERIFY(!before.contains(QStringLiteral("ResMarketplaceRole")));
        QCOMPARE(assign({{"SecurityProfileID", "RES-P-MKT"}}), 204);
        QCOMPARE(show(adminRoles(QStringLiteral("RES-ADM2"))),
                 show(before | QSet<QString>{QStringLiteral("ResMarketplaceRole")}));
        r = m_http->get(QStringLiteral("/v1/adminusers?pageSize=100"), m_admin);
        QCOMPARE(r.status, 200);
        for (const json &listed : r.json()["Items"])
            QCOMPARE(show(stringSet(listed["AvailableRoles"])), show(adminRoles(qs(listed["ID"]))));
        QCOMPARE(show(adminRoles(QStringLiteral("ADM-AGENT02"))),
                 show(agentBefore | QSet<QString>{QStringLiteral("ResMarketplaceRole")}));
        r = m_http->get(QStringLiteral("/v1/securityprofiles/assignments?securityProfileID=RES-P-MKT&level=Company"),
                        m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        QCOMPARE(unassign(QStringLiteral("RES-P-MKT"), QString()), 204);
        QCOMPARE(show(adminRoles(QStringLiteral("RES-ADM2"))), show(before));
        QCOMPARE(show(adminRoles(QStringLiteral("ADM-AGENT02"))), show(agentBefore));

        QCOMPARE(m_http->del(profiles + QStringLiteral("/RES-P-MKT"), m_admin).status, 204);
        QCOMPARE(m_http->get(profiles + QStringLiteral("/RES-P-MKT"), m_admin).status, 404);
    }

    void apiClients()
    {
        const QString clients = QStringLiteral("/v1/apiclients");
        Http::Response r = m_http->post(
            clients,
            {{"AppName", "Res App"}, {"AccessTokenDuration", 60}, {"AllowAnyBuyer", true}, {"xp", {{"a", {{"b", 1}}}}}},
            m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        const QString id = qs(r.json()["ID"]);
        QVERIFY(!id.isEmpty());
        QCOMPARE(r.json().value("AccessTokenDuration", 0), 60);
        QVERIFY(r.json()["AllowAnyBuyer"] == true);
        QVERIFY(r.json()["AllowSeller"] == false);

        r = m_http->get(clients + QLatin1Char('/') + id, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(qs(r.json()["AppName"]), QStringLiteral("Res App"));
        r = m_http->patch(clients + QLatin1Char('/') + id, {{"AppName", "Res App 2"}, {"xp", {{"a", {{"c", 2}}}}}},
                          m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QVERIFY(r.json()["xp"] == json({{"a", {{"b", 1}, {"c", 2}}}}));
        QCOMPARE(r.json().value("AccessTokenDuration", 0), 60);
        r = m_http->get(clients + QStringLiteral("?AppName=Res%20App*"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);

        // A buyer user signs in through it.
        const QByteArray token = m_http->login(QStringLiteral("res.user1"), QStringLiteral("An0ther&Secret!"), id);
        QVERIFY(!token.isEmpty());
        QCOMPARE(qs(jwtClaims(token)["cid"]), id);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), token).status, 200);
        // An admin user may not (AllowSeller is false).
        const Http::Response seller =
            m_http->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                           {QStringLiteral("client_id"), id},
                           {QStringLiteral("username"), QStringLiteral("agent03")},
                           {QStringLiteral("password"), QString::fromLatin1(Http::kDemoPassword)}});
        QCOMPARE(seller.status, 400);

        r = m_http->put(clients + QLatin1Char('/') + id, {{"AppName", "Res App 3"}, {"Active", false}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["AppName"]), QStringLiteral("Res App 3"));
        QVERIFY(r.json()["xp"] == json::object());
        // Inactive: no more sign-ins through it.
        const Http::Response refused = m_http->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                      {QStringLiteral("client_id"), id},
                                                      {QStringLiteral("username"), QStringLiteral("res.user1")},
                                                      {QStringLiteral("password"), QStringLiteral("An0ther&Secret!")}});
        QCOMPARE(refused.status, 400);

        QCOMPARE(m_http->patch(clients + QLatin1Char('/') + id, {{"AccessTokenDuration", 5}}, m_admin).status, 400);
        r = m_http->del(clients + QLatin1Char('/') + id, m_admin);
        QCOMPARE(r.status, 204);
        QCOMPARE(m_http->get(clients + QLatin1Char('/') + id, m_admin).status, 404);
    }

    void impersonationConfigs()
    {
        const QString configs = QStringLiteral("/v1/impersonationconfig");
        const json body{{"ID", "RES-IMP"},
                        {"BuyerID", "RES-B1"},
                        {"SecurityProfileID", "impersonation-shopper"},
                        {"ClientID", Http::kDemoClientId}};
        // Without it, agents may not act for RES-B1 users.
        const json tokenRequest{{"ClientID", Http::kDemoClientId}, {"Roles", {"Shopper"}}};
        const QString impersonate = QStringLiteral("/v1/buyers/RES-B1/users/RES-U1/accesstoken");
        QCOMPARE(m_http->post(impersonate, tokenRequest, m_agent).status, 403);

        Http::Response r = m_http->post(configs, body, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        const json created = r.json();
        QCOMPARE(qs(created["BuyerID"]), QStringLiteral("RES-B1"));
        QVERIFY(created["UserID"].is_null());
        r = m_http->get(configs + QStringLiteral("/RES-IMP"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().dump(), created.dump());
        r = m_http->get(configs + QStringLiteral("?BuyerID=RES-B1"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);

        // It takes effect.
        r = m_http->post(impersonate, tokenRequest, m_agent);
        QVERIFY2(r.status == 200 || r.status == 201, qPrintable(show(r)));

        r = m_http->patch(configs + QStringLiteral("/RES-IMP"), {{"UserID", "RES-U2"}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["UserID"]), QStringLiteral("RES-U2"));
        QCOMPARE(qs(r.json()["BuyerID"]), QStringLiteral("RES-B1"));
        // Now only RES-U2.
        QCOMPARE(m_http->post(impersonate, tokenRequest, m_agent).status, 403);

        r = m_http->put(configs + QStringLiteral("/RES-IMP"),
                        {{"BuyerID", "RES-B1"},
                         {"GroupID", "RES-G1"},
                         {"SecurityProfileID", "impersonation-shopper"},
                         {"ClientID", Http::kDemoClientId}},
                        m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["GroupID"]), QStringLiteral("RES-G1"));
        QVERIFY(r.json()["UserID"].is_null());

        // Invalid references and shapes.
        r = m_http->patch(configs + QStringLiteral("/RES-IMP"), {{"SecurityProfileID", "no-such-profile"}}, m_admin);
        QCOMPARE(r.status, 400);
        r = m_http->patch(configs + QStringLiteral("/RES-IMP"), {{"BuyerID", nullptr}}, m_admin);
        QCOMPARE(r.status, 400); // a group needs its buyer
        r = m_http->post(
            configs,
            {{"BuyerID", "NOPE"}, {"SecurityProfileID", "impersonation-shopper"}, {"ClientID", Http::kDemoClientId}},
            m_admin);
        QCOMPARE(r.status, 400);
        r = m_http->get(configs + QStringLiteral("/RES-IMP"), m_admin);
        QCOMPARE(qs(r.json()["GroupID"]), QStringLiteral("RES-G1")); // failed writes changed nothing

        // PUT to a new ID creates.
        r = m_http->put(configs + QStringLiteral("/RES-IMP2"),
                        {{"SecurityProfileID", "impersonation-shopper"},
                         {"ClientID", Http::kDemoClientId},
                         {"UserID", "RES-U1"},
                         {"BuyerID", "RES-B1"}},
                        m_admin);
        QCOMPARE(r.status, 201);
        for (const char *id : {"RES-IMP", "RES-IMP2"}) {
            r = m_http->del(configs + QLatin1Char('/') + QString::fromLatin1(id), m_admin);
            QCOMPARE(r.status, 204);
            QCOMPARE(m_http->get(configs + QLatin1Char('/') + QString::fromLatin1(id), m_admin).status, 404);
        }
        QCOMPARE(m_http->post(impersonate, tokenRequest, m_agent).status, 403);
    }
};

QTEST_MAIN(TestSecurityResources)
#include "tst_securityresources.moc"
