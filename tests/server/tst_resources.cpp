#include "ResourceTest.h"

using namespace onbehalf::test;

// CRUD as OrderCloud does it, with its status codes, for buyers, buyer and admin users, /me and
// user groups. Security profiles, API clients and impersonation configs: tst_securityresources.
class TestResources : public ResourceTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startAndSignIn(); }

    void buyers()
    {
        const json created{{"ID", "RES-B1"},
                           {"Name", "Resource Buyer"},
                           {"Active", true},
                           {"xp", {{"Support", {{"Tier", "Gold"}, {"Hours", "9-5"}}}, {"Tags", {"a", "b"}}}}};
        Http::Response r = m_http->post(QStringLiteral("/v1/buyers"), created, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        const json posted = r.json();
        QCOMPARE(qs(posted["ID"]), QStringLiteral("RES-B1"));
        QCOMPARE(qs(posted["Name"]), QStringLiteral("Resource Buyer"));
        QVERIFY(posted["Active"] == true);
        QVERIFY(posted["xp"] == created["xp"]);
        QVERIFY2(validTime(posted["DateCreated"]), posted.dump().c_str());

        r = m_http->get(QStringLiteral("/v1/buyers/RES-B1"), m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().dump(), posted.dump());
        r = m_http->get(QStringLiteral("/v1/buyers?ID=RES-B1"), m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        QCOMPARE(r.json()["Items"][0].dump(), posted.dump());

        // PATCH deep-merges xp and keeps what it does not name.
        r = m_http->patch(QStringLiteral("/v1/buyers/RES-B1"),
                          {{"xp", {{"Support", {{"Tier", "Platinum"}}}, {"Region", "EU"}}}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        const json mergedXp{
            {"Support", {{"Tier", "Platinum"}, {"Hours", "9-5"}}}, {"Tags", {"a", "b"}}, {"Region", "EU"}};
        QVERIFY2(r.json()["xp"] == mergedXp, r.json()["xp"].dump().c_str());
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Resource Buyer"));
        QCOMPARE(qs(r.json()["DateCreated"]), qs(posted["DateCreated"]));
        r = m_http->patch(QStringLiteral("/v1/buyers/RES-B1"), {{"Name", "Renamed Buyer"}}, m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["xp"] == mergedXp);
        r = m_http->get(QStringLiteral("/v1/buyers/RES-B1"), m_admin);
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Renamed Buyer"));
        QVERIFY(r.json()["xp"] == mergedXp);

        // PUT replaces (xp included), but DateCreated is the server's.
        r = m_http->put(QStringLiteral("/v1/buyers/RES-B1"), {{"Name", "Replaced Buyer"}, {"Active", false}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Replaced Buyer"));
        QVERIFY(r.json()["Active"] == false);
        QVERIFY(r.json()["xp"] == json::object());
        QCOMPARE(qs(r.json()["DateCreated"]), qs(posted["DateCreated"]));
        QCOMPARE(m_http->patch(QStringLiteral("/v1/buyers/RES-B1"), {{"Active", true}}, m_admin).status, 200);

        // PUT to a new ID creates.
        r = m_http->put(QStringLiteral("/v1/buyers/RES-B2"), {{"Name", "Put Created"}}, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["ID"]), QStringLiteral("RES-B2"));
        // POST without an ID gets one.
        r = m_http->post(QStringLiteral("/v1/buyers"), {{"Name", "Nameless"}}, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        const QString generated = qs(r.json()["ID"]);
        QVERIFY(!generated.isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/") + generated, m_admin).status, 200);

        for (const QString &id : {QStringLiteral("RES-B2"), generated}) {
            r = m_http->del(QStringLiteral("/v1/buyers/") + id, m_admin);
            QCOMPARE(r.status, 204);
            QVERIFY(r.body.isEmpty());
            QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/") + id, m_admin).status, 404);
            QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/") + id, m_admin).status, 404);
        }
    }

    void buyerUsers()
    {
        // Buyer-level profile so the users of RES-B1 may shop (and sign in with roles).
        QCOMPARE(assign({{"SecurityProfileID", "buyer-shopper"}, {"BuyerID", "RES-B1"}}), 204);
        const QString users = QStringLiteral("/v1/buyers/RES-B1/users");

        // Password policy (seed 003): 10–100 characters with a digit, upper, lower and special character.
        for (const char *bad : {"Sh0rt!a", "NoDigitsHere!!", "nouppercase1!", "NOLOWERCASE1!", "NoSpecial1234"}) {
            const Http::Response r = m_http->post(users, newUser("RES-BAD", "res.bad", bad), m_admin);
            QVERIFY2(r.status == 400, qPrintable(QStringLiteral("%1 → %2").arg(QString::fromLatin1(bad), show(r))));
            QCOMPARE(r.errorCode(), QStringLiteral("User.PasswordRequirementsNotMet"));
        }
        const std::string tooLong = "Aa1!" + std::string(97, 'x');
        QCOMPARE(m_http->post(users, newUser("RES-BAD", "res.bad", tooLong.c_str()), m_admin).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/RES-B1/users/RES-BAD"), m_admin).status, 404);

        json body = newUser("RES-U1", "res.user1", "Str0ng&Secure!");
        body["xp"] = {{"Prefs", {{"Lang", "en"}, {"Theme", "dark"}}}};
        Http::Response r = m_http->post(users, body, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        json u = r.json();
        QVERIFY2(hasNoPassword(u), u.dump().c_str());
        QCOMPARE(qs(u["ID"]), QStringLiteral("RES-U1"));
        QCOMPARE(qs(u["Username"]), QStringLiteral("res.user1"));
        QCOMPARE(qs(u["CompanyID"]), QStringLiteral("RES-B1"));
        QCOMPARE(qs(u["Phone"]), QStringLiteral("+1 555 0199"));
        QVERIFY(validTime(u["DateCreated"]));
        QVERIFY(validTime(u["PasswordLastSetDate"]));
        QVERIFY(stringSet(u["AvailableRoles"]).contains(QStringLiteral("Shopper")));
        QVERIFY(u["xp"] == body["xp"]);

        r = m_http->get(users + QStringLiteral("/RES-U1"), m_agent);
        QCOMPARE(r.status, 200);
        QVERIFY(hasNoPassword(r.json()));
        QCOMPARE(r.json().dump(), u.dump());
        r = m_http->get(users, m_agent);
        QCOMPARE(r.status, 200);
        const json list = r.json();
        QVERIFY(list["Meta"].value("TotalCount", 0) >= 1);
        for (const json &item : list["Items"])
            QVERIFY(hasNoPassword(item));
        QVERIFY(r.body.indexOf("Str0ng&Secure!") < 0);

        // The hash works: the user signs in with the password, and not with another.
        const QByteArray token = m_http->login(QStringLiteral("res.user1"), QStringLiteral("Str0ng&Secure!"));
        QVERIFY(!token.isEmpty());
        const json claims = jwtClaims(token);
        QCOMPARE(qs(claims["usr"]), QStringLiteral("res.user1"));
        QCOMPARE(qs(claims["u"]), QStringLiteral("RES-U1"));
        QCOMPARE(qs(claims["usrtype"]), QStringLiteral("buyer"));
        QCOMPARE(qs(claims["cid"]), kClient);
        const Http::Response wrong = m_http->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                    {QStringLiteral("client_id"), kClient},
                                                    {QStringLiteral("username"), QStringLiteral("res.user1")},
                                                    {QStringLiteral("password"), QStringLiteral("Str0ng&Secure?")}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.errorCode(), QStringLiteral("Auth.InvalidUsernameOrPassword"));

        // GET /v1/me: the user with its buyer.
        r = m_http->get(QStringLiteral("/v1/me"), token);
        QCOMPARE(r.status, 200);
        const json me = r.json();
        QCOMPARE(qs(me["ID"]), QStringLiteral("RES-U1"));
        QVERIFY2(me["Buyer"].is_object(), me.dump().c_str());
        QCOMPARE(qs(me["Buyer"]["ID"]), QStringLiteral("RES-B1"));
        QVERIFY(hasNoPassword(me));

        // Usernames are unique across the marketplace, whatever the case.
        for (const QString &buyer : {QStringLiteral("RES-B1"), QStringLiteral("NORTHWIND")}) {
            r = m_http->post(QStringLiteral("/v1/buyers/%1/users").arg(buyer), newUser("RES-DUP", "RES.USER1"),
                             m_admin);
            QVERIFY2(r.status == 409, qPrintable(show(r)));
            QCOMPARE(r.errorCode(), QStringLiteral("User.UsernameMustBeUnique"));
        }
        r = m_http->post(QStringLiteral("/v1/adminusers"), newUser("RES-DUP", "res.user1"), m_admin);
        QCOMPARE(r.status, 409);

        // PATCH deep-merges xp and keeps the password.
        r = m_http->patch(users + QStringLiteral("/RES-U1"), {{"xp", {{"Prefs", {{"Theme", "light"}}}, {"Extra", 1}}}},
                          m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        const json merged{{"Prefs", {{"Lang", "en"}, {"Theme", "light"}}}, {"Extra", 1}};
        QVERIFY2(r.json()["xp"] == merged, r.json()["xp"].dump().c_str());
        QCOMPARE(qs(r.json()["FirstName"]), QStringLiteral("Rhea"));
        QVERIFY(!m_http->login(QStringLiteral("res.user1"), QStringLiteral("Str0ng&Secure!")).isEmpty());

        // A new password by PATCH: the old one stops working; a bad one is refused.
        r = m_http->patch(users + QStringLiteral("/RES-U1"), {{"Password", "weak"}}, m_admin);
        QCOMPARE(r.status, 400);
        r = m_http->patch(users + QStringLiteral("/RES-U1"), {{"Password", "An0ther&Secret!"}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QVERIFY(hasNoPassword(r.json()));
        QVERIFY(!m_http->login(QStringLiteral("res.user1"), QStringLiteral("An0ther&Secret!")).isEmpty());
        QCOMPARE(m_http
                     ->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                              {QStringLiteral("client_id"), kClient},
                              {QStringLiteral("username"), QStringLiteral("res.user1")},
                              {QStringLiteral("password"), QStringLiteral("Str0ng&Secure!")}})
                     .status,
                 400);

        // PUT without a password replaces the profile and keeps the password.
        json replaced = newUser("RES-U1", "res.user1");
        replaced["FirstName"] = "Rhiannon";
        r = m_http->put(users + QStringLiteral("/RES-U1"), replaced, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["FirstName"]), QStringLiteral("Rhiannon"));
        QVERIFY(r.json()["xp"] == json::object());
        QCOMPARE(qs(r.json()["DateCreated"]), qs(u["DateCreated"]));
        QVERIFY(!m_http->login(QStringLiteral("res.user1"), QStringLiteral("An0ther&Secret!")).isEmpty());

        // A second user, created by PUT, then deleted.
        r = m_http->put(users + QStringLiteral("/RES-U2"), newUser("RES-U2", "res.user2"), m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        r = m_http->put(users + QStringLiteral("/RES-TMP"), newUser("RES-TMP", "res.tmp"), m_admin);
        QCOMPARE(r.status, 201);
        r = m_http->del(users + QStringLiteral("/RES-TMP"), m_admin);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_http->get(users + QStringLiteral("/RES-TMP"), m_admin).status, 404);
        // The username is free again.
        QCOMPARE(m_http->post(users, newUser("RES-TMP2", "res.tmp"), m_admin).status, 201);
    }

    void adminUsers()
    {
        json body = newUser("RES-ADM1", "res.admin1", "Adm1n&Secure!");
        Http::Response r = m_http->post(QStringLiteral("/v1/adminusers"), body, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        const json created = r.json();
        QVERIFY(hasNoPassword(created));
        QVERIFY2(!qs(created["CompanyID"]).isEmpty(), created.dump().c_str());
        QVERIFY(qs(created["CompanyID"]) != QLatin1String("RES-B1"));

        r = m_http->get(QStringLiteral("/v1/adminusers/RES-ADM1"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().dump(), created.dump());
        r = m_http->get(QStringLiteral("/v1/adminusers?search=res.admin"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        // Not a buyer user.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/RES-B1/users/RES-ADM1"), m_admin).status, 404);

        r = m_http->patch(QStringLiteral("/v1/adminusers/RES-ADM1"), {{"FirstName", "Adah"}, {"xp", {{"Desk", 4}}}},
                          m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["FirstName"]), QStringLiteral("Adah"));
        QVERIFY(r.json()["xp"] == json({{"Desk", 4}}));
        body.erase("Password");
        body["LastName"] = "Ministrator";
        r = m_http->put(QStringLiteral("/v1/adminusers/RES-ADM1"), body, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["LastName"]), QStringLiteral("Ministrator"));
        QCOMPARE(qs(r.json()["FirstName"]), QStringLiteral("Rhea"));

        // An admin user's token, and /v1/me without a buyer.
        QCOMPARE(assign({{"SecurityProfileID", "service-desk-agent"}, {"UserID", "RES-ADM1"}}), 204);
        const QByteArray token = m_http->login(QStringLiteral("res.admin1"), QStringLiteral("Adm1n&Secure!"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(qs(jwtClaims(token)["usrtype"]), QStringLiteral("admin"));
        r = m_http->get(QStringLiteral("/v1/me"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(qs(r.json()["ID"]), QStringLiteral("RES-ADM1"));
        QVERIFY(r.json()["Buyer"].is_null());
        QVERIFY(stringSet(r.json()["AvailableRoles"]).contains(QStringLiteral("BuyerImpersonation")));

        QCOMPARE(m_http->del(QStringLiteral("/v1/adminusers/RES-ADM1"), m_admin).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/adminusers/RES-ADM1"), m_admin).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), token).status, 401);
        // Its user-level assignment went with it.
        r = m_http->get(QStringLiteral("/v1/securityprofiles/assignments?userID=RES-ADM1"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), 0);
    }

    void me()
    {
        const QByteArray jane = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!jane.isEmpty());
        Http::Response r = m_http->get(QStringLiteral("/v1/me"), jane);
        QCOMPARE(r.status, 200);
        json me = r.json();
        QCOMPARE(qs(me["ID"]), QStringLiteral("NW-0001"));
        QCOMPARE(qs(me["Username"]), QStringLiteral("jane.doe"));
        QVERIFY(me["Buyer"].is_object());
        QCOMPARE(qs(me["Buyer"]["ID"]), QStringLiteral("NORTHWIND"));
        QVERIFY(me["Buyer"].contains("DefaultCatalogID"));
        QVERIFY(hasNoPassword(me));
        QVERIFY(stringSet(me["AvailableRoles"]).contains(QStringLiteral("Shopper")));

        r = m_http->get(QStringLiteral("/v1/me"), m_admin);
        QCOMPARE(r.status, 200);
        me = r.json();
        QCOMPARE(qs(me["Username"]), QStringLiteral("admin01"));
        QVERIFY(!me.contains("Buyer") || me["Buyer"].is_null());
    }

    void userGroupsAndMemberships()
    {
        const QString groups = QStringLiteral("/v1/buyers/RES-B1/usergroups");
        const json body{{"ID", "RES-G1"},
                        {"Name", "Res Group"},
                        {"Description", "Resources"},
                        {"xp", {{"Cost", {{"Center", "100"}, {"Owner", "ops"}}}}}};
        Http::Response r = m_http->post(groups, body, m_admin);
        QVERIFY2(r.status == 201, qPrintable(show(r)));
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Res Group"));
        r = m_http->get(groups + QStringLiteral("/RES-G1"), m_agent);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["xp"] == body["xp"]);
        r = m_http->patch(groups + QStringLiteral("/RES-G1"), {{"xp", {{"Cost", {{"Center", "200"}}}}}}, m_admin);
        QVERIFY2(r.status == 200, qPrintable(show(r)));
        QVERIFY(r.json()["xp"] == json({{"Cost", {{"Center", "200"}, {"Owner", "ops"}}}}));
        QCOMPARE(qs(r.json()["Description"]), QStringLiteral("Resources"));
        r = m_http->put(groups + QStringLiteral("/RES-G1"), {{"Name", "Res Group 1"}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Res Group 1"));
        QVERIFY(r.json()["Description"].is_null());
        r = m_http->get(groups, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        // A group belongs to its buyer.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/usergroups/RES-G1"), m_admin).status, 404);

        const QString memberships = QStringLiteral("/v1/buyers/RES-B1/usergroups/assignments");
        const json member{{"UserGroupID", "RES-G1"}, {"UserID", "RES-U1"}};
        QCOMPARE(m_http->post(memberships, member, m_admin).status, 204);
        QCOMPARE(m_http->post(memberships, member, m_admin).status, 204); // idempotent
        r = m_http->get(memberships + QStringLiteral("?userGroupID=RES-G1"), m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        QVERIFY(r.json()["Items"][0] == member);
        r = m_http->get(memberships + QStringLiteral("?userID=RES-U1"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        // A user of another buyer cannot join.
        r = m_http->post(memberships, {{"UserGroupID", "RES-G1"}, {"UserID", "NW-0001"}}, m_admin);
        QCOMPARE(r.status, 404);

        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/RES-B1/usergroups/RES-G1/assignments/RES-U1"), m_admin).status,
                 204);
        r = m_http->get(memberships + QStringLiteral("?userGroupID=RES-G1"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), 0);
        QCOMPARE(m_http->post(memberships, member, m_admin).status, 204);

        // Deleting a group removes its memberships.
        QCOMPARE(m_http->post(groups, {{"ID", "RES-G2"}, {"Name", "Doomed"}}, m_admin).status, 201);
        QCOMPARE(m_http->post(memberships, {{"UserGroupID", "RES-G2"}, {"UserID", "RES-U2"}}, m_admin).status, 204);
        r = m_http->del(groups + QStringLiteral("/RES-G2"), m_admin);
        QCOMPARE(r.status, 204);
        QCOMPARE(m_http->get(groups + QStringLiteral("/RES-G2"), m_admin).status, 404);
        r = m_http->get(memberships + QStringLiteral("?userID=RES-U2"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), 0);
    }

    void deletingABuyerRemovesItsUsers()
    {
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/buyers"), {{"ID", "RES-B3"}, {"Name", "Short-lived"}}, m_admin).status,
            201);
        QCOMPARE(assign({{"SecurityProfileID", "buyer-shopper"}, {"BuyerID", "RES-B3"}}), 204);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/RES-B3/users"), newUser("RES-U3", "res.user3", "Sh0rt-Lived!x"),
                            m_admin)
                     .status,
                 201);
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/buyers/RES-B3/usergroups"), {{"ID", "RES-G3"}, {"Name", "G"}}, m_admin)
                .status,
            201);
        const QByteArray token = m_http->login(QStringLiteral("res.user3"), QStringLiteral("Sh0rt-Lived!x"));
        QVERIFY(!token.isEmpty());

        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/RES-B3"), m_admin).status, 204);
        Http::Response r = m_http->get(QStringLiteral("/v1/buyers/RES-B3/users"), m_admin);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NotFound"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), token).status, 401);
        r = m_http->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                           {QStringLiteral("client_id"), kClient},
                           {QStringLiteral("username"), QStringLiteral("res.user3")},
                           {QStringLiteral("password"), QStringLiteral("Sh0rt-Lived!x")}});
        QCOMPARE(r.status, 400);
        r = m_http->get(QStringLiteral("/v1/securityprofiles/assignments?buyerID=RES-B3"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), 0);
        // The ID and username are free again.
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/buyers/RES-B1/users"), newUser("RES-U3", "res.user3"), m_admin).status,
            201);
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
