#include "TestServer.h"

#include <QTest>
#include <QUrlQuery>

using namespace onbehalf::test;
using nlohmann::json;
using Form = QList<QPair<QString, QString>>;

namespace {
const QString kClient = QString::fromLatin1(Http::kDemoClientId);
const QString kPassword = QString::fromLatin1(Http::kDemoPassword);
const QString kStorefront = QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000002");

Form passwordForm(const QString &user, const QString &password, const QString &client = kClient)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("client_id"), client},
            {QStringLiteral("username"), user},
            {QStringLiteral("password"), password}};
}

QStringList roleClaim(const json &claims)
{
    // OrderCloud writes "role" as a string when there is one role, else an array.
    QStringList roles;
    if (claims["role"].is_string())
        roles << QString::fromStdString(claims["role"].get<std::string>());
    else
        for (const auto &r : claims["role"])
            roles << QString::fromStdString(r.get<std::string>());
    return roles;
}
} // namespace

// The OAuth2 token endpoint: each grant, its failures and the JWTs it issues.
class TestOAuth : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;

    void expectOAuthError(const Http::Response &r, const char *error, const char *code)
    {
        QCOMPARE(r.status, 400);
        const json body = r.json();
        QCOMPARE(QString::fromStdString(body.value("error", std::string())), QString::fromLatin1(error));
        QVERIFY(!body.value("error_description", std::string()).empty());
        QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        QVERIFY(!body["Errors"][0].value("Message", std::string()).empty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
    }

    void passwordGrantIssuesAnRs256Jwt()
    {
        const Http::Response r = m_http->token(passwordForm(QStringLiteral("agent01"), kPassword));
        QCOMPARE(r.status, 200);
        const json body = r.json();
        QCOMPARE(body["token_type"].get<std::string>(), std::string("bearer"));
        QCOMPARE(body["expires_in"].get<int>(), 600 * 60);
        QVERIFY(body.contains("refresh_token")); // the Service Desk client has refresh tokens on

        const QByteArray jwt = QByteArray::fromStdString(body["access_token"].get<std::string>());
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const json header = json::parse(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding).toStdString());
        QCOMPARE(header["alg"].get<std::string>(), std::string("RS256"));
        QVERIFY(header.contains("kid"));

        const json c = jwtClaims(jwt);
        QCOMPARE(c["usr"].get<std::string>(), std::string("agent01"));
        QCOMPARE(QString::fromStdString(c["cid"].get<std::string>()), kClient);
        QCOMPARE(c["usrtype"].get<std::string>(), std::string("admin"));
        QVERIFY(c["u"].is_string() && !c["u"].get<std::string>().empty());
        for (const char *claim : {"iss", "aud", "exp", "nbf", "jti"})
            QVERIFY2(c.contains(claim), claim);
        QVERIFY(!c.contains("imp"));
        QVERIFY(roleClaim(c).contains(QStringLiteral("BuyerImpersonation")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(c["exp"].get<qint64>() > now + 600 * 60 - 120);
        QVERIFY(c["nbf"].get<qint64>() <= now + 5);

        // The public key is served as a JWK under the token's kid.
        const Http::Response certs =
            m_http->get(QStringLiteral("/oauth/certs/") + QString::fromStdString(header["kid"].get<std::string>()));
        QCOMPARE(certs.status, 200);
        QCOMPARE(certs.json()["kty"].get<std::string>(), std::string("RSA"));
        QVERIFY(!certs.json()["n"].get<std::string>().empty());
        QCOMPARE(m_http->get(QStringLiteral("/oauth/certs/nope")).status, 404);

        const Http::Response me = m_http->get(QStringLiteral("/v1/me"), jwt);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()["Username"].get<std::string>(), std::string("agent01"));
    }

    void v1PathWorksToo()
    {
        QUrlQuery q;
        for (const auto &[k, v] : passwordForm(QStringLiteral("agent02"), kPassword))
            q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
        const Http::Response r =
            m_http->request("POST", QStringLiteral("/v1/oauth/token"), q.query(QUrl::FullyEncoded).toUtf8(), {},
                            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
    }

    void buyerUserGetsBuyerToken()
    {
        const QByteArray jwt = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!jwt.isEmpty());
        const json c = jwtClaims(jwt);
        QCOMPARE(c["usrtype"].get<std::string>(), std::string("buyer"));
        QVERIFY(roleClaim(c).contains(QStringLiteral("Shopper")));
        const json me = m_http->get(QStringLiteral("/v1/me"), jwt).json();
        QCOMPARE(me["Buyer"]["ID"].get<std::string>(), std::string("NORTHWIND"));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        expectOAuthError(m_http->token(passwordForm(QStringLiteral("agent02"), QStringLiteral("Wrong#12345"))),
                         "invalid_grant", "Auth.InvalidUsernameOrPassword");
        expectOAuthError(m_http->token(passwordForm(QStringLiteral("nobody.here"), kPassword)), "invalid_grant",
                         "Auth.InvalidUsernameOrPassword");
    }

    void missingUsernameOrPassword()
    {
        expectOAuthError(m_http->token(passwordForm(QStringLiteral("agent01"), QString())), "invalid_request",
                         "Auth.UsernameAndPasswordRequired");
        expectOAuthError(m_http->token(passwordForm(QString(), kPassword)), "invalid_request",
                         "Auth.UsernameAndPasswordRequired");
    }

    void unknownOrMissingClient()
    {
        const Http::Response r =
            m_http->token(passwordForm(QStringLiteral("agent01"), kPassword, QStringLiteral("not-a-client")));
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromStdString(r.json()["error"].get<std::string>()), QStringLiteral("invalid_client"));
        QCOMPARE(m_http->token(passwordForm(QStringLiteral("agent01"), kPassword, QString())).status, 400);
    }

    void clientMustAllowTheKindOfUser()
    {
        // The storefront client allows buyers only: an admin cannot sign in through it.
        expectOAuthError(m_http->token(passwordForm(QStringLiteral("agent01"), kPassword, kStorefront)),
                         "invalid_grant", "Auth.ClientNotAllowedForUser");
        QVERIFY(!m_http->login(QStringLiteral("jane.doe"), kPassword, kStorefront).isEmpty());
    }

    void inactiveUserRefused()
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyers/CONTOSO/users?Active=false"),
                                             m_http->login(QStringLiteral("agent01")));
        const json users = r.json();
        QVERIFY2(users["Items"].size() >= 2, r.body.constData());
        const QString inactive = QString::fromStdString(users["Items"][0]["Username"].get<std::string>());
        expectOAuthError(m_http->token(passwordForm(inactive, kPassword)), "invalid_grant", "Auth.UserNotActive");
    }

    void lockoutAfterRepeatedFailures()
    {
        for (int i = 0; i < 5; ++i)
            m_http->token(passwordForm(QStringLiteral("agent03"), QStringLiteral("Wrong#12345")));
        // Even the right password is refused while locked.
        expectOAuthError(m_http->token(passwordForm(QStringLiteral("agent03"), kPassword)), "invalid_grant",
                         "Auth.LockedOut");
    }

    void scopeNarrowsRoles()
    {
        const QByteArray jwt =
            m_http->login(QStringLiteral("agent01"), kPassword, kClient, QStringLiteral("BuyerReader OrderAdmin"));
        QVERIFY(!jwt.isEmpty());
        // OrderAdmin is not the agent's: only BuyerReader is granted.
        QCOMPARE(roleClaim(jwtClaims(jwt)), QStringList{QStringLiteral("BuyerReader")});
        // The narrowed token really lacks the other roles.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users"), jwt).status, 403);

        Form form = passwordForm(QStringLiteral("agent01"), kPassword);
        form.append({QStringLiteral("scope"), QStringLiteral("OrderAdmin")});
        expectOAuthError(m_http->token(form), "invalid_scope", "Auth.InsufficientRole");
    }

    void refreshTokenGrant()
    {
        const json first = m_http->token(passwordForm(QStringLiteral("supervisor01"), kPassword)).json();
        const QString refresh = QString::fromStdString(first["refresh_token"].get<std::string>());
        const Http::Response r = m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                {QStringLiteral("client_id"), kClient},
                                                {QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(r.status, 200);
        const QByteArray jwt = QByteArray::fromStdString(r.json()["access_token"].get<std::string>());
        QVERIFY(jwt != QByteArray::fromStdString(first["access_token"].get<std::string>()));
        QCOMPARE(jwtClaims(jwt)["usr"].get<std::string>(), std::string("supervisor01"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), jwt).status, 200);

        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("client_id"), kClient},
                                        {QStringLiteral("refresh_token"), QStringLiteral("made-up")}}),
                         "invalid_grant", "Auth.InvalidRefreshToken");
        // A refresh token only works with the client it was issued to.
        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("client_id"), kStorefront},
                                        {QStringLiteral("refresh_token"), refresh}}),
                         "invalid_grant", "Auth.InvalidRefreshToken");
    }

    // OAuth 2.0 Security BCP: a refresh token works once and hands out the next; a spent one coming
    // back means it leaked, so every token of that sign-in is revoked.
    void refreshTokensRotateAndReuseRevokesTheFamily()
    {
        auto refreshWith = [this](const QString &token) {
            return m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("client_id"), kClient},
                                  {QStringLiteral("refresh_token"), token}});
        };
        auto str = [](const json &j, const char *key) { return QString::fromStdString(j[key].get<std::string>()); };
        const json first = m_http->token(passwordForm(QStringLiteral("agent02"), kPassword)).json();
        const QString r1 = str(first, "refresh_token");

        const Http::Response second = refreshWith(r1);
        QCOMPARE(second.status, 200);
        const QString r2 = str(second.json(), "refresh_token");
        QVERIFY(!r2.isEmpty() && r2 != r1);
        const QByteArray a2 = str(second.json(), "access_token").toLatin1();
        const Http::Response third = refreshWith(r2);
        QCOMPARE(third.status, 200);
        const QString r3 = str(third.json(), "refresh_token");
        const QByteArray a3 = str(third.json(), "access_token").toLatin1();
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), a3).status, 200);

        // r1 again: refused, and the whole family goes — the newest refresh and access tokens too.
        expectOAuthError(refreshWith(r1), "invalid_grant", "Auth.InvalidRefreshToken");
        expectOAuthError(refreshWith(r3), "invalid_grant", "Auth.InvalidRefreshToken");
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), a2).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), a3).status, 401);
        // Another sign-in of the same agent is another family and stays valid.
        const QByteArray other = m_http->login(QStringLiteral("agent02"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), other).status, 200);
    }

    void signOutRevokesRefreshAndAccessTokens()
    {
        const json first = m_http->token(passwordForm(QStringLiteral("agent02"), kPassword)).json();
        const QByteArray jwt = QByteArray::fromStdString(first["access_token"].get<std::string>());
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), jwt).status, 204);
        const Http::Response me = m_http->get(QStringLiteral("/v1/me"), jwt);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("InvalidToken"));
        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("client_id"), kClient},
                                        {QStringLiteral("refresh_token"),
                                         QString::fromStdString(first["refresh_token"].get<std::string>())}}),
                         "invalid_grant", "Auth.InvalidRefreshToken");
    }

    void clientCredentialsGrant()
    {
        const QByteArray admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!admin.isEmpty());
        const json client = {{"ID", "integration-client"},
                             {"AppName", "Integration"},
                             {"Active", true},
                             {"ClientSecret", "s3cret-value-for-tests"},
                             {"DefaultContextUserName", "agent02"},
                             {"AllowSeller", true},
                             {"AccessTokenDuration", 30}};
        QCOMPARE(m_http->post(QStringLiteral("/v1/apiclients"), client, admin).status, 201);

        const Http::Response r =
            m_http->token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), QStringLiteral("integration-client")},
                           {QStringLiteral("client_secret"), QStringLiteral("s3cret-value-for-tests")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["expires_in"].get<int>(), 30 * 60);
        QVERIFY(!r.json().contains("refresh_token"));
        QCOMPARE(
            jwtClaims(QByteArray::fromStdString(r.json()["access_token"].get<std::string>()))["usr"].get<std::string>(),
            std::string("agent02"));

        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                        {QStringLiteral("client_id"), QStringLiteral("integration-client")},
                                        {QStringLiteral("client_secret"), QStringLiteral("wrong")}}),
                         "invalid_client", "Auth.InvalidClientCredentials");
        // The Service Desk client has no secret: client credentials never work for it.
        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                        {QStringLiteral("client_id"), kClient},
                                        {QStringLiteral("client_secret"), QString()}}),
                         "invalid_client", "Auth.InvalidClientCredentials");
    }

    void unsupportedGrantType()
    {
        expectOAuthError(m_http->token({{QStringLiteral("grant_type"), QStringLiteral("implicit")},
                                        {QStringLiteral("client_id"), kClient}}),
                         "unsupported_grant_type", "Auth.UnsupportedGrantType");
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray good = Http(m_server.url()).login(QStringLiteral("agent01"));
        QList<QByteArray> parts = good.split('.');
        json claims = jwtClaims(good);
        claims["usr"] = "admin01";
        const QByteArray forgedPayload = QByteArray::fromStdString(claims.dump())
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("tampered payload") << (parts[0] + '.' + forgedPayload + '.' + parts[2]);
        QByteArray sig = parts[2];
        sig[5] = sig[5] == 'A' ? 'B' : 'A';
        QTest::newRow("tampered signature") << (parts[0] + '.' + parts[1] + '.' + sig);
        const QByteArray noneHeader = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("alg none") << (noneHeader + '.' + parts[1] + '.');
        QTest::newRow("not a jwt") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
    }

    void badTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        const Http::Response r = token.isEmpty() ? m_http->request("GET", QStringLiteral("/v1/me"), {}, {})
                                                 : m_http->get(QStringLiteral("/v1/me"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidToken"));
    }

    void expiredTokenRefused()
    {
        TestServer shortLived;
        TestServer::Options o;
        o.accessTokenLifetime = 2;
        QVERIFY2(shortLived.start(o), qPrintable(shortLived.errorString()));
        Http http(shortLived.url());
        const QByteArray jwt = http.login(QStringLiteral("agent01"));
        QCOMPARE(http.get(QStringLiteral("/v1/me"), jwt).status, 200);
        // The issuer allows 30 s of clock skew on exp; the server's own expiry record is exact.
        QTest::qWait(3000);
        const Http::Response r = http.get(QStringLiteral("/v1/me"), jwt);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidToken"));
    }

    void tokenFromAnotherMarketplaceRefused()
    {
        // Same software, different database: different key and audience.
        TestServer other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QByteArray foreign = Http(other.url()).login(QStringLiteral("agent01"));
        QVERIFY(!foreign.isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), foreign).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
