#include "ErrorsTest.h"

using namespace onbehalf::test;

// Every class of bad input gets the Errors envelope with the right 4xx: never a crash, never a 5xx.
// Bad and forged tokens: tst_badtokens.
class TestErrors : public ErrorsTest
{
    Q_OBJECT

private:
    static void row(const char *name, const QByteArray &method, const QByteArray &target, const QByteArray &body,
                    int status, const char *code, const char *data = "", const char *auth = "admin",
                    const QByteArray &contentType = "application/json")
    {
        QTest::newRow(name) << method << target << body << contentType << QString::fromLatin1(auth) << status
                            << QString::fromLatin1(code) << QString::fromLatin1(data);
    }

private slots:
    void initTestCase() { startAndSignIn(); }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // "*": any code
        QTest::addColumn<QString>("data");

        const QByteArray buyers = "/v1/buyers";
        const QByteArray users = "/v1/buyers/NORTHWIND/users";
        const QByteArray apiClients = "/v1/apiclients";

        // Malformed JSON, and JSON that is not an object.
        row("malformed", "POST", buyers, R"({"ID":"E1","Name":)", 400, "InvalidJson");
        row("unterminated string", "POST", buyers, "{\"Name\":\"abc}", 400, "InvalidJson");
        row("trailing garbage", "POST", buyers, R"({"Name":"x"} {"Name":"y"})", 400, "InvalidJson");
        row("single quotes", "POST", buyers, "{'Name':'x'}", 400, "InvalidJson");
        row("comment", "POST", buyers, R"({"Name":"x" /* c */})", 400, "InvalidJson");
        row("trailing comma", "POST", buyers, R"({"Name":"x",})", 400, "InvalidJson");
        row("array body", "POST", buyers, R"([{"Name":"x"}])", 400, "InvalidJson");
        row("number body", "POST", buyers, "42", 400, "InvalidJson");
        row("string body", "POST", buyers, R"("Name")", 400, "InvalidJson");
        row("null body", "POST", buyers, "null", 400, "InvalidJson");
        row("boolean body", "POST", buyers, "true", 400, "InvalidJson");
        row("array body for a user", "POST", users, "[]", 400, "InvalidJson");
        row("array body on PATCH", "PATCH", "/v1/buyers/NORTHWIND", "[1]", 400, "InvalidJson");
        row("array body on PUT", "PUT", "/v1/securityprofiles/err-x", "[]", 400, "InvalidJson");
        row("array body on assignment", "POST", "/v1/securityprofiles/assignments", "[]", 400, "InvalidJson");
        row("array body on accesstoken", "POST", "/v1/buyers/NORTHWIND/users/NW-0002/accesstoken", "[]", 400,
            "InvalidJson", "", "agent");

        // Wrong types: 400 naming the field.
        row("buyer Name number", "POST", buyers, R"({"Name":5})", 400, "InvalidRequest", "Field=Name");
        row("buyer Active string", "POST", buyers, R"({"Name":"x","Active":"yes"})", 400, "InvalidRequest",
            "Field=Active");
        row("buyer DateCreated not a date", "POST", buyers, R"({"Name":"x","DateCreated":"yesterday"})", 400,
            "InvalidRequest", "Field=DateCreated");
        row("user Active string", "POST", users, dump(user({{"Active", "yes"}})), 400, "InvalidRequest",
            "Field=Active");
        row("user Active number", "POST", users, dump(user({{"Active", 1}})), 400, "InvalidRequest", "Field=Active");
        row("user FirstName number", "POST", users, dump(user({{"FirstName", 5}})), 400, "InvalidRequest",
            "Field=FirstName");
        row("user Email boolean", "POST", users, dump(user({{"Email", true}})), 400, "InvalidRequest", "Field=Email");
        row("user Password number", "POST", users, dump(user({{"Password", 1234567890}})), 400, "InvalidRequest",
            "Field=Password");
        row("user TermsAccepted not a date", "POST", users, dump(user({{"TermsAccepted", "soon"}})), 400,
            "InvalidRequest", "Field=TermsAccepted");
        row("user PATCH Active string", "PATCH", "/v1/buyers/NORTHWIND/users/NW-0002", R"({"Active":"no"})", 400,
            "InvalidRequest", "Field=Active");
        row("profile Roles string", "POST", "/v1/securityprofiles", R"({"Name":"x","Roles":"BuyerAdmin"})", 400,
            "InvalidRequest", "Field=Roles");
        row("profile Roles numbers", "POST", "/v1/securityprofiles", R"({"Name":"x","Roles":[1]})", 400,
            "InvalidRequest", "Field=Roles");
        row("client duration string", "POST", apiClients, R"({"AppName":"x","AccessTokenDuration":"60"})", 400,
            "InvalidRequest", "Field=AccessTokenDuration");
        row("client duration fraction", "POST", apiClients, R"({"AppName":"x","AccessTokenDuration":60.5})", 400,
            "InvalidRequest", "Field=AccessTokenDuration");
        row("client flag string", "POST", apiClients, R"({"AppName":"x","AllowSeller":"true"})", 400, "InvalidRequest",
            "Field=AllowSeller");
        row("config ClientID number", "POST", "/v1/impersonationconfig",
            R"({"SecurityProfileID":"impersonation-shopper","ClientID":5})", 400, "InvalidRequest", "Field=ClientID");
        row("group Name array", "POST", "/v1/buyers/NORTHWIND/usergroups", R"({"Name":[]})", 400, "InvalidRequest",
            "Field=Name");
        row("membership UserID number", "POST", "/v1/buyers/NORTHWIND/usergroups/assignments",
            R"({"UserGroupID":"NORTHWIND-PHARMACY","UserID":5})", 400, "InvalidRequest", "Field=UserID");
        row("profile assignment BuyerID number", "POST", "/v1/securityprofiles/assignments",
            R"({"SecurityProfileID":"buyer-shopper","BuyerID":5})", 400, "InvalidRequest", "Field=BuyerID");
        row("accesstoken Roles string", "POST", "/v1/buyers/NORTHWIND/users/NW-0002/accesstoken",
            R"({"ClientID":"0FF1CE00-DE5C-4000-8000-000000000001","Roles":"Shopper"})", 400, "InvalidRequest",
            "Field=Roles", "agent");

        // Missing required fields: 400 listing them.
        row("buyer without Name", "POST", buyers, "{}", 400, "Required", "Fields~Name");
        row("buyer with blank Name", "POST", buyers, R"({"Name":"  "})", 400, "Required", "Fields~Name");
        row("buyer with null Name", "POST", buyers, R"({"Name":null})", 400, "Required", "Fields~Name");
        row("buyer PATCH blanks Name", "PATCH", "/v1/buyers/NORTHWIND", R"({"Name":""})", 400, "Required",
            "Fields~Name");
        row("user without anything", "POST", users, "{}", 400, "Required",
            "Fields~Username,FirstName,LastName,Email,Active");
        row("user with a username only", "POST", users, R"({"Username":"err.only"})", 400, "Required",
            "Fields~FirstName,LastName,Email,Active");
        row("user PUT partial", "PUT", "/v1/buyers/NORTHWIND/users/NW-0003", R"({"FirstName":"x"})", 400, "Required",
            "Fields~Username,LastName,Email,Active");
        row("admin user without anything", "POST", "/v1/adminusers", "{}", 400, "Required",
            "Fields~Username,FirstName,LastName,Email,Active");
        row("group without Name", "POST", "/v1/buyers/NORTHWIND/usergroups", "{}", 400, "Required", "Fields~Name");
        row("profile without Name", "POST", "/v1/securityprofiles", "{}", 400, "Required", "Fields~Name");
        row("client without AppName", "POST", apiClients, "{}", 400, "Required", "Fields~AppName");
        row("config without profile and client", "POST", "/v1/impersonationconfig", R"({"BuyerID":"NORTHWIND"})", 400,
            "Required", "Fields~SecurityProfileID,ClientID");
        row("membership without ids", "POST", "/v1/buyers/NORTHWIND/usergroups/assignments", "{}", 400, "Required",
            "Fields~UserGroupID,UserID");
        row("profile assignment without profile", "POST", "/v1/securityprofiles/assignments", "{}", 400, "Required",
            "Fields~SecurityProfileID");

        // Values of the right type that are still invalid.
        row("user email invalid", "POST", users, dump(user({{"Email", "not-an-email"}})), 400, "InvalidEmail");
        row("user username too long", "POST", users, dump(user({{"Username", std::string(101, 'u')}})), 400, "*");
        row("user password too short", "POST", users, dump(user({{"Password", "Sh0rt!"}})), 400,
            "User.PasswordRequirementsNotMet");
        row("user password without digit", "POST", users, dump(user({{"Password", "NoDigitsHere!!"}})), 400,
            "User.PasswordRequirementsNotMet");
        row("buyer ID with a space", "POST", buyers, R"({"ID":"has space","Name":"x"})", 400, "InvalidID");
        row("buyer ID with a slash", "POST", buyers, R"({"ID":"../etc","Name":"x"})", 400, "InvalidID");
        row("buyer ID too long", "POST", buyers, dump({{"ID", std::string(101, 'b')}, {"Name", "x"}}), 400,
            "InvalidID");
        row("profile with unknown role", "POST", "/v1/securityprofiles", R"({"Name":"x","Roles":["NotARole"]})", 400,
            "SecurityProfile.InvalidRole");
        row("client duration too short", "POST", apiClients, R"({"AppName":"x","AccessTokenDuration":5})", 400,
            "ApiClient.InvalidAccessTokenDuration");
        row("config with unknown profile", "POST", "/v1/impersonationconfig",
            R"({"SecurityProfileID":"nope","ClientID":"0FF1CE00-DE5C-4000-8000-000000000001"})", 400,
            "InvalidReference");
        row("xp over 8000 bytes", "POST", buyers, dump({{"Name", "x"}, {"xp", {{"Blob", std::string(9000, 'x')}}}}),
            400, "*");

        // Huge numbers.
        row("number beyond double", "POST", apiClients, R"({"AppName":"x","AccessTokenDuration":1e400})", 400,
            "InvalidJson");
        row("integer beyond 64 bits", "POST", apiClients,
            R"({"AppName":"x","AccessTokenDuration":99999999999999999999999})", 400, "InvalidRequest",
            "Field=AccessTokenDuration");
        row("integer beyond 32 bits", "POST", apiClients, R"({"AppName":"x","AccessTokenDuration":4294967396})", 400,
            "*");
        row("negative beyond 64 bits", "POST", apiClients,
            R"({"AppName":"x","AccessTokenDuration":-99999999999999999999999})", 400, "InvalidRequest",
            "Field=AccessTokenDuration");
        row("page beyond int", "GET", users + "?page=99999999999", {}, 400, "List.InvalidPage");
        row("pageSize in exponent form", "GET", users + "?pageSize=1e2", {}, 400, "List.InvalidPageSize");

        // Invalid UTF-8 and broken escapes.
        row("invalid UTF-8 in body", "POST", buyers, "{\"Name\":\"\xff\xfe\"}", 400, "InvalidJson");
        row("overlong UTF-8 in body", "POST", buyers, "{\"Name\":\"\xc0\xaf\"}", 400, "InvalidJson");
        row("truncated UTF-8 in body", "POST", buyers, "{\"Name\":\"\xe2\x82\"}", 400, "InvalidJson");
        row("lone surrogate escape", "POST", buyers, R"({"Name":"\ud800"})", 400, "InvalidJson");
        row("invalid UTF-8 in path", "GET", "/v1/buyers/%FF%FE", {}, 404, "NotFound", "ObjectType=Buyer");
        row("invalid UTF-8 in search", "GET", users + "?search=%FF%FE", {}, 200, "");
        row("invalid UTF-8 in filter", "GET", users + "?LastName=%C0%AF*", {}, 200, "");

        // Not JSON at all.
        row("form body on a JSON endpoint", "POST", buyers, "ID=F1&Name=Form", 400, "InvalidJson", "", "admin",
            "application/x-www-form-urlencoded");
        row("empty POST", "POST", buyers, {}, 400, "InvalidJson");
        row("empty POST of a user", "POST", users, {}, 400, "InvalidJson");
        row("empty PUT", "PUT", "/v1/buyers/ERR-EMPTY", {}, 400, "InvalidJson");
        row("empty PATCH", "PATCH", "/v1/buyers/NORTHWIND", {}, 400, "InvalidJson");
        row("JSON to the token endpoint", "POST", "/oauth/token",
            R"({"grant_type":"password","client_id":"0FF1CE00-DE5C-4000-8000-000000000001"})", 400,
            "Auth.InvalidClientID", "", "none");
        row("empty token request", "POST", "/oauth/token", {}, 400, "Auth.InvalidClientID", "", "none",
            "application/x-www-form-urlencoded");

        // Unknown routes and wrong methods.
        row("unknown route", "GET", "/v1/nothing", {}, 404, "NotFound");
        row("root", "GET", "/", {}, 404, "NotFound");
        row("other API version", "GET", "/v2/buyers", {}, 404, "NotFound");
        row("unknown sub-resource", "GET", "/v1/buyers/NORTHWIND/users/NW-0001/nothing", {}, 404, "NotFound");
        row("POST to unknown route", "POST", "/v1/nothing", "{}", 404, "NotFound");
        row("certs without kid", "GET", "/oauth/certs", {}, 404, "NotFound", "", "none");
        row("DELETE a collection", "DELETE", buyers, {}, 405, "MethodNotAllowed");
        row("PATCH a collection", "PATCH", buyers, "{}", 405, "MethodNotAllowed");
        row("PUT on me", "PUT", "/v1/me", "{}", 405, "MethodNotAllowed");
        row("POST on me", "POST", "/v1/me", "{}", 405, "MethodNotAllowed");
        row("GET the token endpoint", "GET", "/oauth/token", {}, 405, "MethodNotAllowed", "", "none");
        row("PUT a config collection", "PUT", "/v1/impersonationconfig", "{}", 405, "MethodNotAllowed");

        // Unknown IDs: 404 naming the object.
        row("unknown buyer", "GET", "/v1/buyers/NOPE", {}, 404, "NotFound", "ObjectType=Buyer;ObjectID=NOPE");
        row("PATCH unknown buyer", "PATCH", "/v1/buyers/NOPE", R"({"Name":"x"})", 404, "NotFound",
            "ObjectType=Buyer;ObjectID=NOPE");
        row("DELETE unknown buyer", "DELETE", "/v1/buyers/NOPE", {}, 404, "NotFound", "ObjectType=Buyer;ObjectID=NOPE");
        row("users of unknown buyer", "GET", "/v1/buyers/NOPE/users", {}, 404, "NotFound",
            "ObjectType=Buyer;ObjectID=NOPE");
        row("unknown user", "GET", users + "/NOPE", {}, 404, "NotFound", "ObjectType=User;ObjectID=NOPE");
        row("DELETE unknown user", "DELETE", users + "/NOPE", {}, 404, "NotFound", "ObjectType=User;ObjectID=NOPE");
        row("PATCH unknown user", "PATCH", users + "/NOPE", R"({"FirstName":"x"})", 404, "NotFound",
            "ObjectType=User;ObjectID=NOPE");
        row("user of another buyer", "GET", "/v1/buyers/CONTOSO/users/NW-0001", {}, 404, "NotFound",
            "ObjectType=User;ObjectID=NW-0001");
        row("unknown admin user", "GET", "/v1/adminusers/NOPE", {}, 404, "NotFound",
            "ObjectType=AdminUser;ObjectID=NOPE");
        row("buyer user as admin user", "GET", "/v1/adminusers/NW-0001", {}, 404, "NotFound",
            "ObjectType=AdminUser;ObjectID=NW-0001");
        row("unknown group", "GET", "/v1/buyers/NORTHWIND/usergroups/NOPE", {}, 404, "NotFound",
            "ObjectType=UserGroup;ObjectID=NOPE");
        row("unknown profile", "GET", "/v1/securityprofiles/NOPE", {}, 404, "NotFound",
            "ObjectType=SecurityProfile;ObjectID=NOPE");
        row("unknown api client", "GET", "/v1/apiclients/NOPE", {}, 404, "NotFound",
            "ObjectType=ApiClient;ObjectID=NOPE");
        row("unknown config", "GET", "/v1/impersonationconfig/NOPE", {}, 404, "NotFound",
            "ObjectType=ImpersonationConfig;ObjectID=NOPE");
        row("DELETE unknown config", "DELETE", "/v1/impersonationconfig/NOPE", {}, 404, "NotFound",
            "ObjectType=ImpersonationConfig;ObjectID=NOPE");
        row("membership in unknown group", "POST", "/v1/buyers/NORTHWIND/usergroups/assignments",
            R"({"UserGroupID":"NOPE","UserID":"NW-0001"})", 404, "NotFound", "ObjectType=UserGroup;ObjectID=NOPE");
        row("membership of unknown user", "POST", "/v1/buyers/NORTHWIND/usergroups/assignments",
            R"({"UserGroupID":"NORTHWIND-PHARMACY","UserID":"NOPE"})", 404, "NotFound",
            "ObjectType=User;ObjectID=NOPE");
        row("assignment of unknown profile", "POST", "/v1/securityprofiles/assignments",
            R"({"SecurityProfileID":"NOPE"})", 404, "NotFound", "ObjectType=SecurityProfile;ObjectID=NOPE");
        row("unknown signing key", "GET", "/oauth/certs/NOPE", {}, 404, "NotFound", "ObjectID=NOPE", "none");
        row("impersonate unknown user", "POST", "/v1/buyers/NORTHWIND/users/NOPE/accesstoken",
            R"({"ClientID":"0FF1CE00-DE5C-4000-8000-000000000001","Roles":["Shopper"]})", 404, "NotFound",
            "ObjectType=User;ObjectID=NOPE", "agent");

        // Duplicates: 409.
        row("duplicate buyer", "POST", buyers, R"({"ID":"NORTHWIND","Name":"x"})", 409, "IdExists",
            "ObjectType=Buyer;ObjectID=NORTHWIND");
        row("duplicate user", "POST", users, dump(user({{"ID", "NW-0001"}})), 409, "IdExists", "ObjectID=NW-0001");
        row("user ID taken in another buyer", "POST", "/v1/buyers/CONTOSO/users", dump(user({{"ID", "NW-0001"}})), 409,
            "IdExists", "ObjectID=NW-0001");
        row("duplicate admin user", "POST", "/v1/adminusers", dump(user({{"ID", "ADM-AGENT01"}})), 409, "IdExists",
            "ObjectID=ADM-AGENT01");
        row("duplicate profile", "POST", "/v1/securityprofiles", R"({"ID":"service-desk-agent","Name":"x"})", 409,
            "IdExists", "ObjectType=SecurityProfile;ObjectID=service-desk-agent");
        row("duplicate group", "POST", "/v1/buyers/NORTHWIND/usergroups", R"({"ID":"NORTHWIND-PHARMACY","Name":"x"})",
            409, "IdExists", "ObjectType=UserGroup;ObjectID=NORTHWIND-PHARMACY");
        row("duplicate api client", "POST", apiClients,
            R"({"ID":"0FF1CE00-DE5C-4000-8000-000000000001","AppName":"x"})", 409, "IdExists", "ObjectType=ApiClient");
        row("duplicate config", "POST", "/v1/impersonationconfig",
            dump({{"ID", "imp-northwind"},
                  {"SecurityProfileID", "impersonation-shopper"},
                  {"ClientID", Http::kDemoClientId}}),
            409, "IdExists", "ObjectType=ImpersonationConfig;ObjectID=imp-northwind");
        row("duplicate username", "POST", users, dump(user({{"Username", "jane.doe"}})), 409,
            "User.UsernameMustBeUnique");
        row("duplicate username in other case", "POST", "/v1/buyers/CONTOSO/users",
            dump(user({{"Username", "JANE.DOE"}})), 409, "User.UsernameMustBeUnique");
        row("admin username taken by a buyer user", "POST", "/v1/adminusers", dump(user({{"Username", "jane.doe"}})),
            409, "User.UsernameMustBeUnique");
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, auth);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, data);

        Headers headers;
        if (!body.isEmpty() || method != "GET")
            headers.append({"Content-Type", contentType});
        if (auth == QLatin1String("admin"))
            headers.append({"Authorization", "Bearer " + m_admin});
        else if (auth == QLatin1String("agent"))
            headers.append({"Authorization", "Bearer " + m_agent});
        const Http::Response r = send(method, target, body, headers);
        const QString context = QStringLiteral("%1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(method), QString::fromUtf8(target))
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(300)));
        QVERIFY2(r.status > 0 && r.status < 500, qPrintable(context));
        QVERIFY2(r.status == status, qPrintable(context));
        if (status < 400)
            return;
        const QString problem = envelopeProblem(r);
        QVERIFY2(problem.isEmpty(), qPrintable(QString(problem + QStringLiteral(": ") + context)));
        if (code != QLatin1String("*"))
            QVERIFY2(r.errorCode() == code, qPrintable(context));
        const QString dp = dataProblem(r, data);
        QVERIFY2(dp.isEmpty(), qPrintable(QString(dp + QStringLiteral(": ") + context)));
        bool isJson = false;
        for (const auto &[name, value] : r.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                isJson = value.startsWith("application/json");
        }
        QVERIFY2(isJson, "errors are JSON");
    }

    void wrongMethodSaysWhatIsAllowed()
    {
        // RFC 9110: a 405 carries Allow with the methods the resource supports.
        const Http::Response r = withToken("DELETE", "/v1/buyers", "Bearer " + m_admin);
        QCOMPARE(r.status, 405);
        QByteArray allow;
        for (const auto &[name, value] : r.headers) {
            if (name.compare("Allow", Qt::CaseInsensitive) == 0)
                allow = value;
        }
        QVERIFY2(allow.contains("GET") && allow.contains("POST"),
                 qPrintable(QStringLiteral("Allow header: '%1'").arg(QString::fromLatin1(allow))));
    }

    void bodyTooLarge()
    {
        const QByteArray big = "{\"Name\":\"" + QByteArray(1024 * 1024 + 16, 'a') + "\"}";
        for (const auto &[method, target] : {std::pair<QByteArray, QByteArray>{"POST", "/v1/buyers"},
                                             {"PUT", "/v1/buyers/ERR-BIG"},
                                             {"PATCH", "/v1/buyers/NORTHWIND"},
                                             {"POST", "/v1/buyers/NORTHWIND/users"}}) {
            const Http::Response r = withToken(method, target, "Bearer " + m_admin, big);
            QVERIFY2(r.status == 413, qPrintable(QStringLiteral("%1 %2 → %3")
                                                     .arg(QString::fromLatin1(method), QString::fromLatin1(target))
                                                     .arg(r.status)));
            QVERIFY2(envelopeProblem(r).isEmpty(), r.body.left(200).constData());
        }
        // Also without a token, and on the token endpoint: the size is checked before anything else.
        const Http::Response anon = withToken("POST", "/v1/buyers", QByteArray(), big);
        QCOMPARE(anon.status, 413);
        const Http::Response token =
            send("POST", "/oauth/token", "grant_type=password&password=" + QByteArray(1024 * 1024 + 16, 'p'),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(token.status, 413);
        QVERIFY(envelopeProblem(token).isEmpty());
        // Just under the limit is not refused for its size (it is a valid buyer).
        const QByteArray fits = "{\"ID\":\"ERR-FITS\",\"Name\":\"" + QByteArray(1000, 'n') + "\"}";
        QCOMPARE(withToken("POST", "/v1/buyers", "Bearer " + m_admin, fits).status, 201);
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/ERR-BIG"), m_admin).status, 404);
    }

    void neverServerError()
    {
        // Odd but well-formed input: whatever the answer, not a 5xx (and a 4xx is the envelope).
        struct Case
        {
            const char *what;
            QByteArray method, target, body;
            QList<int> allowed;
        };
        const QList<Case> cases{
            {"NUL character in a name", "POST", "/v1/buyers", R"({"ID":"ERR-NUL","Name":"a\u0000b"})", {201, 400}},
            {"NUL character in a user name",
             "POST",
             "/v1/buyers/NORTHWIND/users",
             dump(user({{"ID", "ERR-NUL-U"}, {"FirstName", std::string("a\0b", 3)}})),
             {201, 400}},
            {"NUL character in xp",
             "PATCH",
             "/v1/buyers/NORTHWIND/users/NW-0003",
             R"({"xp":{"k":"\u0000"}})",
             {200, 400}},
            {"NUL character in a search", "GET", "/v1/buyers/NORTHWIND/users?search=%00", {}, {200, 400}},
            {"NUL character in a filter", "GET", "/v1/buyers/NORTHWIND/users?LastName=a%00*", {}, {200, 400}},
            {"NUL character in an ID", "GET", "/v1/buyers/NORTH%00WIND", {}, {404, 400}},
            {"a 5000-character search",
             "GET",
             "/v1/buyers/NORTHWIND/users?search=" + QByteArray(5000, 'a'),
             {},
             {200, 400}},
            {"only wildcards", "GET", "/v1/buyers/NORTHWIND/users?LastName=" + QByteArray(200, '*'), {}, {200, 400}},
            {"SQL in a filter value", "GET", "/v1/buyers/NORTHWIND/users?LastName=%27%20OR%201%3D1--", {}, {200}},
            {"SQL in an xp path", "GET", "/v1/buyers/NORTHWIND/users?xp.a%27)%20OR%201=1--=1", {}, {400}},
            {"deep but reasonable xp",
             "PATCH",
             "/v1/buyers/NORTHWIND/users/NW-0002",
             R"({"xp":{"a":{"b":{"c":[1,{"d":null}]}}}})",
             {200}},
            {"a number where a date is filtered", "GET", "/v1/buyers/NORTHWIND/users?DateCreated=%3E1e309", {}, {400}},
            {"sortBy with only commas", "GET", "/v1/buyers/NORTHWIND/users?sortBy=,,,", {}, {200, 400}},
            {"a page far beyond the end", "GET", "/v1/buyers/NORTHWIND/users?page=1000000", {}, {200}},
        };
        QStringList failures;
        for (const Case &c : cases) {
            const Http::Response r = withToken(c.method, c.target, "Bearer " + m_admin, c.body);
            if (!c.allowed.contains(r.status))
                failures << QStringLiteral("%1: %2 %3")
                                .arg(QString::fromLatin1(c.what))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(200)));
            else if (r.status >= 400 && !envelopeProblem(r).isEmpty())
                failures << QStringLiteral("%1: no envelope").arg(QString::fromLatin1(c.what));
        }
        // A filter value is a value, never SQL.
        const Http::Response sql =
            withToken("GET", "/v1/buyers/NORTHWIND/users?LastName=%27%20OR%201%3D1--", "Bearer " + m_admin);
        if (sql.status == 200 && sql.json()["Meta"].value("TotalCount", -1) != 0)
            failures << QStringLiteral("SQL in a filter value matched users");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void deeplyNestedJson()
    {
        // About 200 KB, far below the size limit, but 100,000 levels deep: refused, not a crash.
        const int depth = 100000;
        const QByteArray body = "{\"ID\":\"ERR-DEEP\",\"Name\":\"Deep\",\"xp\":{\"a\":" + QByteArray(depth, '[') +
                                QByteArray(depth, ']') + "}}";
        const Http::Response r = withToken("POST", "/v1/buyers", "Bearer " + m_admin, body);
        QVERIFY2(r.status >= 400 && r.status < 500,
                 qPrintable(QStringLiteral("%1-deep JSON → %2 %3 (0 = connection lost: the server crashed)")
                                .arg(depth)
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(200)))));
        QVERIFY(envelopeProblem(r).isEmpty());
    }

    void serverStillAnswers()
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/me"), m_admin);
        QVERIFY2(r.status == 200, qPrintable(QStringLiteral("GET /v1/me after the barrage → %1; server stderr: %2")
                                                 .arg(r.status)
                                                 .arg(QString::fromUtf8(m_server.standardError()))));
        QCOMPARE(QString::fromStdString(r.json().value("Username", std::string())), QStringLiteral("admin01"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users?search=jane"), m_admin).status, 200);
    }
};

QTEST_MAIN(TestErrors)
#include "tst_errors.moc"
