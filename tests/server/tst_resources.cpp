#include "TestServer.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

const QString kClient = QString::fromLatin1(Http::kDemoClientId);

QString qs(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QSet<QString> stringSet(const json &array)
{
    QSet<QString> out;
    if (array.is_array()) {
        for (const json &v : array)
            out.insert(qs(v));
    }
    return out;
}

QString show(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(','));
}

QString show(const Http::Response &r)
{
    return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(500)));
}

bool hasNoPassword(const json &user)
{
    return !user.contains("Password") || user["Password"].is_null();
}

bool validTime(const json &v)
{
    return v.is_string() && QDateTime::fromString(qs(v), Qt::ISODateWithMs).isValid();
}

// The user body an administrator would send.
json newUser(const char *id, const char *username, const char *password = nullptr)
{
    json u{{"ID", id},
           {"Username", username},
           {"FirstName", "Rhea"},
           {"LastName", "Source"},
           {"Email", QStringLiteral("%1@res.example").arg(QString::fromLatin1(username)).toStdString()},
           {"Phone", "+1 555 0199"},
           {"Active", true}};
    if (password)
        u["Password"] = password;
    return u;
}

} // namespace

// CRUD as OrderCloud does it, with its status codes, for every identity resource, and the
// security-profile arithmetic behind AvailableRoles.
class TestResources : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_agent;

    QSet<QString> profileRoles(const QString &id)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/securityprofiles/") + id, m_admin);
        if (r.status != 200)
            return {QStringLiteral("<profile %1: %2>").arg(id).arg(r.status)};
        const json p = r.json();
        return stringSet(p["Roles"]) | stringSet(p["CustomRoles"]);
    }

    QSet<QString> userRoles(const QString &buyer, const QString &user)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyers/%1/users/%2").arg(buyer, user), m_admin);
        if (r.status != 200)
            return {QStringLiteral("<user %1: %2>").arg(user).arg(r.status)};
        return stringSet(r.json()["AvailableRoles"]);
    }

    QSet<QString> adminRoles(const QString &user)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/adminusers/") + user, m_admin);
        if (r.status != 200)
            return {QStringLiteral("<admin user %1: %2>").arg(user).arg(r.status)};
        return stringSet(r.json()["AvailableRoles"]);
    }

    int assign(const json &assignment)
    {
        return m_http->post(QStringLiteral("/v1/securityprofiles/assignments"), assignment, m_admin).status;
    }

    int unassign(const QString &profile, const QString &query)
    {
        return m_http->del(QStringLiteral("/v1/securityprofiles/%1/assignments%2").arg(profile, query), m_admin).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
    }

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
