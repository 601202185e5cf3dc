#include "ErrorsTest.h"

#include <QMessageAuthenticationCode>

using namespace onbehalf::test;

// Missing, malformed, tampered, forged, foreign, revoked and orphaned tokens: each one a 401
// InvalidToken in the Errors envelope, and the genuine tokens keep working.
class TestBadTokens : public ErrorsTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startAndSignIn(); }

    void badTokens()
    {
        const QByteArray me = "/v1/me";
        expectInvalidToken(withToken("GET", me, QByteArray()), "no Authorization header");
        expectInvalidToken(withToken("GET", "/v1/buyers", QByteArray()), "no Authorization header on a list");
        expectInvalidToken(withToken("POST", "/v1/buyers", QByteArray(), R"({"Name":"x"})"), "no token on a write");
        expectInvalidToken(withToken("GET", me, ""), "empty Authorization header");
        expectInvalidToken(withToken("GET", me, "Bearer"), "Bearer without token");
        expectInvalidToken(withToken("GET", me, "Bearer "), "Bearer and a space");
        expectInvalidToken(withToken("GET", me, "Basic YWRtaW4wMTpPbmJlaGFsZiMyMDI2"), "Basic credentials");
        expectInvalidToken(withToken("GET", me, m_admin), "token without scheme");
        expectInvalidToken(withToken("GET", me, "Bearer not-a-jwt"), "not a JWT");
        expectInvalidToken(withToken("GET", me, "Bearer a.b.c"), "three garbage parts");
        expectInvalidToken(withToken("GET", me, "Bearer ..."), "empty parts");
        expectInvalidToken(withToken("GET", me, "Bearer " + m_admin + "x"), "extra character");

        const QList<QByteArray> parts = m_admin.split('.');
        QCOMPARE(parts.size(), 3);
        const json header = json::parse(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding).toStdString());
        QVERIFY(header.contains("kid"));
        QCOMPARE(QString::fromStdString(header.value("alg", std::string())), QStringLiteral("RS256"));

        // Payload changed, signature kept: more roles.
        json claims = jwtClaims(m_admin);
        claims["role"] = json::array({"FullAccess"});
        const QByteArray escalated = parts[0] + '.' + b64url(dump(claims)) + '.' + parts[2];
        expectInvalidToken(withToken("GET", me, "Bearer " + escalated), "tampered roles");
        expectInvalidToken(withToken("GET", "/v1/impersonationconfig", "Bearer " + escalated), "tampered roles");
        // Payload changed: another user.
        json other = jwtClaims(m_admin);
        other["usr"] = "agent02";
        other["u"] = "ADM-AGENT02";
        expectInvalidToken(withToken("GET", me, "Bearer " + parts[0] + '.' + b64url(dump(other)) + '.' + parts[2]),
                           "tampered user");
        // Later expiry.
        json longer = jwtClaims(m_admin);
        longer["exp"] = longer.value("exp", 0LL) + 86400LL * 365;
        expectInvalidToken(withToken("GET", me, "Bearer " + parts[0] + '.' + b64url(dump(longer)) + '.' + parts[2]),
                           "tampered expiry");

        // Signature altered in the middle.
        QByteArray sig = parts[2];
        sig[sig.size() / 2] = sig[sig.size() / 2] == 'A' ? 'B' : 'A';
        expectInvalidToken(withToken("GET", me, "Bearer " + parts[0] + '.' + parts[1] + '.' + sig),
                           "altered signature");
        // A real signature, of another token.
        const QList<QByteArray> agentParts = m_agent.split('.');
        expectInvalidToken(withToken("GET", me, "Bearer " + parts[0] + '.' + parts[1] + '.' + agentParts[2]),
                           "signature of another token");
        // No signature, and alg "none".
        expectInvalidToken(withToken("GET", me, "Bearer " + parts[0] + '.' + parts[1] + '.'), "no signature");
        json none = header;
        none["alg"] = "none";
        expectInvalidToken(withToken("GET", me, "Bearer " + b64url(dump(none)) + '.' + parts[1] + '.'), "alg none");
        // HS256 with a guessable secret (alg confusion).
        json hs = header;
        hs["alg"] = "HS256";
        const QByteArray signingInput = b64url(dump(hs)) + '.' + parts[1];
        const QByteArray mac = QMessageAuthenticationCode::hash(
            signingInput, QByteArray::fromStdString(header.value("kid", std::string("k"))), QCryptographicHash::Sha256);
        expectInvalidToken(withToken("GET", me, "Bearer " + signingInput + '.' + b64url(mac)), "HS256");
        // Unknown kid.
        json unknownKid = header;
        unknownKid["kid"] = "no-such-key";
        expectInvalidToken(withToken("GET", me, "Bearer " + b64url(dump(unknownKid)) + '.' + parts[1] + '.' + parts[2]),
                           "unknown kid");

        // A token of another marketplace (own key, own audience).
        {
            TestServer other;
            QVERIFY2(other.start(), qPrintable(other.errorString()));
            Http otherHttp(other.url());
            const QByteArray foreign = otherHttp.login(QStringLiteral("admin01"));
            QVERIFY(!foreign.isEmpty());
            QCOMPARE(otherHttp.get(QStringLiteral("/v1/me"), foreign).status, 200);
            expectInvalidToken(withToken("GET", me, "Bearer " + foreign), "token of another marketplace");
            QVERIFY(other.stop());
        }

        // Revoked.
        const QByteArray revoked = m_http->login(QStringLiteral("agent02"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), revoked).status, 200);
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), revoked).status, 204);
        expectInvalidToken(withToken("GET", me, "Bearer " + revoked), "revoked token");

        // The user is deleted.
        const json u = user({{"ID", "ERR-GONE"}, {"Password", "Gone-Soon-2026"}});
        QCOMPARE(m_http->post(QStringLiteral("/v1/buyers/NORTHWIND/users"), u, m_admin).status, 201);
        const QByteArray gone =
            m_http->login(QString::fromStdString(u["Username"].get<std::string>()), QStringLiteral("Gone-Soon-2026"));
        QVERIFY(!gone.isEmpty());
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/NORTHWIND/users/ERR-GONE"), m_admin).status, 204);
        expectInvalidToken(withToken("GET", me, "Bearer " + gone), "token of a deleted user");

        // The originals still work: nothing above broke them.
        QCOMPARE(withToken("GET", me, "Bearer " + m_admin).status, 200);
    }
};

QTEST_MAIN(TestBadTokens)
#include "tst_badtokens.moc"
