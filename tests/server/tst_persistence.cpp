#include "TestServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

const QString kClient = QString::fromLatin1(Http::kDemoClientId);
const QString kUserPassword = QStringLiteral("Persist#2026x");

QString qs(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString kidOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray header = QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding);
    const json h = json::parse(header.constBegin(), header.constEnd(), nullptr, false);
    return h.is_object() ? qs(h.value("kid", json())) : QString();
}

QList<QPair<QString, QString>> passwordForm(const QString &username, const QString &password)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("client_id"), kClient},
            {QStringLiteral("username"), username},
            {QStringLiteral("password"), password}};
}

} // namespace

// Data, signing key and revocations survive a restart on the same database; shutdown is clean;
// no secret is written in clear, to the database or to the logs.
class TestPersistence : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_userToken, m_revokedToken, m_agentToken;
    QByteArray m_refreshToken;
    QString m_kid;
    QByteArray m_jwk;
    QMap<QString, int> m_counts;

    const QStringList kCounted{QStringLiteral("/v1/buyers"),
                               QStringLiteral("/v1/buyers/NORTHWIND/users"),
                               QStringLiteral("/v1/buyers/CONTOSO/users"),
                               QStringLiteral("/v1/buyers/FABRIKAM/users"),
                               QStringLiteral("/v1/buyers/PERSIST-B/users"),
                               QStringLiteral("/v1/buyers/NORTHWIND/usergroups"),
                               QStringLiteral("/v1/buyers/NORTHWIND/usergroups/assignments"),
                               QStringLiteral("/v1/adminusers"),
                               QStringLiteral("/v1/securityprofiles"),
                               QStringLiteral("/v1/securityprofiles/assignments"),
                               QStringLiteral("/v1/impersonationconfig"),
                               QStringLiteral("/v1/apiclients")};

    QMap<QString, int> counts()
    {
        QMap<QString, int> out;
        for (const QString &path : kCounted) {
            const Http::Response r = m_http->get(path, m_admin);
            out.insert(path, r.status == 200 ? r.json()["Meta"].value("TotalCount", -1) : -r.status);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_admin.isEmpty());
    }

    void createData()
    {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers"),
                            {{"ID", "PERSIST-B"}, {"Name", "Persisted Buyer"}, {"xp", {{"Since", 2026}}}}, m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/securityprofiles/assignments"),
                            {{"SecurityProfileID", "buyer-shopper"}, {"BuyerID", "PERSIST-B"}}, m_admin)
                     .status,
                 204);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/PERSIST-B/users"),
                            {{"ID", "PERSIST-U1"},
                             {"Username", "persist.user1"},
                             {"Password", kUserPassword.toStdString()},
                             {"FirstName", "Per"},
                             {"LastName", "Sistent"},
                             {"Email", "per@persist.example"},
                             {"Active", true},
                             {"xp", {{"Note", "kept"}}}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/PERSIST-B/usergroups"), {{"ID", "PERSIST-G"}, {"Name", "Kept"}},
                            m_admin)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers/PERSIST-B/usergroups/assignments"),
                            {{"UserGroupID", "PERSIST-G"}, {"UserID", "PERSIST-U1"}}, m_admin)
                     .status,
                 204);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/impersonationconfig"),
                            {{"ID", "PERSIST-IMP"},
                             {"BuyerID", "PERSIST-B"},
                             {"SecurityProfileID", "impersonation-shopper"},
                             {"ClientID", Http::kDemoClientId}},
                            m_admin)
                     .status,
                 201);
        // A change to seeded data, which a restart with --seed demo must not undo.
        QCOMPARE(
            m_http->patch(QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0002"), {{"FirstName", "Changed"}}, m_admin)
                .status,
            200);

        const Http::Response signIn = m_http->token(passwordForm(QStringLiteral("persist.user1"), kUserPassword));
        QCOMPARE(signIn.status, 200);
        m_userToken = QByteArray::fromStdString(signIn.json().value("access_token", std::string()));
        m_refreshToken = QByteArray::fromStdString(signIn.json().value("refresh_token", std::string()));
        QVERIFY(!m_userToken.isEmpty());
        QVERIFY2(!m_refreshToken.isEmpty(), "the demo client gives refresh tokens");
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_userToken).status, 200);

        m_agentToken = m_http->login(QStringLiteral("agent01"));
        m_revokedToken = m_http->login(QStringLiteral("agent02"));
        QVERIFY(!m_agentToken.isEmpty() && !m_revokedToken.isEmpty());
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), m_revokedToken).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_revokedToken).status, 401);

        m_kid = kidOf(m_userToken);
        QVERIFY(!m_kid.isEmpty());
        QCOMPARE(kidOf(m_agentToken), m_kid);
        const Http::Response certs = m_http->get(QStringLiteral("/oauth/certs/") + m_kid);
        QCOMPARE(certs.status, 200);
        QCOMPARE(qs(certs.json()["kid"]), m_kid);
        m_jwk = certs.body;

        m_counts = counts();
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            QVERIFY2(it.value() > 0, qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
    }

    void stopsCleanlyOnSigterm()
    {
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void noClearTextPasswordInTheDatabase()
    {
        if (m_server.isPostgres())
            QSKIP("the byte-level check reads the SQLite file");
        const QString path = m_server.databaseUrl().mid(int(qstrlen("sqlite:")));
        QByteArray all;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile f(path + QString::fromLatin1(suffix));
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        QVERIFY2(all.size() > 4096, qPrintable(QStringLiteral("nothing read from %1").arg(path)));
        QVERIFY2(all.contains("$argon2id$"), "the password hashes should be in the file that was read");
        QVERIFY(all.contains("persist.user1"));
        QVERIFY2(!all.contains(Http::kDemoPassword), "the demo password is stored in clear");
        QVERIFY2(!all.contains(kUserPassword.toUtf8()), "a user's password is stored in clear");
        // Refresh tokens are kept as hashes only.
        QVERIFY2(!all.contains(m_refreshToken), "a refresh token is stored in clear");
    }

    void restartKeepsEverything()
    {
        QVERIFY2(m_server.restart(TestServer::Options{}), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());

        // Tokens issued before the restart still verify: the signing key is kept with the data.
        Http::Response r = m_http->get(QStringLiteral("/v1/me"), m_userToken);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(qs(r.json()["ID"]), QStringLiteral("PERSIST-U1"));
        QCOMPARE(qs(r.json()["Buyer"]["ID"]), QStringLiteral("PERSIST-B"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users"), m_agentToken).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers"), m_admin).status, 200);
        // A revoked token stays revoked.
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_revokedToken).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_revokedToken).errorCode(), QStringLiteral("InvalidToken"));

        // Same key: same kid on new tokens, and the JWK is still served.
        const QByteArray fresh = m_http->login(QStringLiteral("persist.user1"), kUserPassword);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(kidOf(fresh), m_kid);
        const Http::Response certs = m_http->get(QStringLiteral("/oauth/certs/") + m_kid);
        QCOMPARE(certs.status, 200);
        QVERIFY(certs.json() == json::parse(m_jwk.constBegin(), m_jwk.constEnd(), nullptr, false));
        // The refresh token too.
        r = m_http->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("client_id"), kClient},
                           {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}});
        QVERIFY2(r.status == 200, r.body.constData());

        // The data.
        r = m_http->get(QStringLiteral("/v1/buyers/PERSIST-B"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(qs(r.json()["Name"]), QStringLiteral("Persisted Buyer"));
        QVERIFY(r.json()["xp"] == json({{"Since", 2026}}));
        r = m_http->get(QStringLiteral("/v1/buyers/PERSIST-B/users/PERSIST-U1"), m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["xp"] == json({{"Note", "kept"}}));
        QVERIFY(r.json()["AvailableRoles"].size() > 0);
        r = m_http->get(QStringLiteral("/v1/impersonationconfig/PERSIST-IMP"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(qs(r.json()["BuyerID"]), QStringLiteral("PERSIST-B"));
        r = m_http->get(QStringLiteral("/v1/buyers/PERSIST-B/usergroups/assignments?userID=PERSIST-U1"), m_admin);
        QCOMPARE(r.json()["Meta"].value("TotalCount", 0), 1);
        r = m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0002"), m_admin);
        QCOMPARE(qs(r.json()["FirstName"]), QStringLiteral("Changed"));
        // The config works as before.
        r = m_http->post(QStringLiteral("/v1/buyers/PERSIST-B/users/PERSIST-U1/accesstoken"),
                         {{"ClientID", Http::kDemoClientId}, {"Roles", {"Shopper"}}}, m_agentToken);
        QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());

        // The demo seed ran once: same counts everywhere.
        const QMap<QString, int> now = counts();
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            QVERIFY2(now.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1: %2 before, %3 after the restart")
                                                                       .arg(it.key())
                                                                       .arg(it.value())
                                                                       .arg(now.value(it.key()))));

        // Revocation after the restart works too.
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), m_userToken).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_userToken).status, 401);

        QVERIFY(m_server.stop());
        QCOMPARE(m_server.exitCode(), 0);
    }

    void noSecretsInTheLogs_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::newRow("default logging") << QString();
        QTest::newRow("server debug logging") << QStringLiteral("onbehalf.*.debug=true");
        // What an operator troubleshooting the server would turn on: Qt's own categories too.
        QTest::newRow("all debug logging") << QStringLiteral("*.debug=true");
    }

    void noSecretsInTheLogs()
    {
        // A run with both channels captured: sign-ins (good and bad), a refresh, authenticated calls,
        // users created with passwords. Nothing secret may appear in the output.
        QFETCH(QString, rules);
        static int run = 0;
        ++run;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!rules.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        p.setProcessEnvironment(env);
        p.setProgram(TestServer::serverBinary());
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                         m_server.databaseUrl(),     QStringLiteral("--seed"),      QStringLiteral("demo")};
        if (m_server.isPostgres()) // a shared deployment's key is a file
            args << QStringLiteral("--signing-key") << m_server.signingKeyFile();
        p.setArguments(args);
        p.start();
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (!out.contains('\n') && !deadline.hasExpired() && p.state() == QProcess::Running) {
            if (p.waitForReadyRead(500))
                out += p.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        QVERIFY2(line.startsWith("listening on "), p.readAllStandardError().constData());
        Http http(QUrl(QString::fromUtf8(line.mid(int(qstrlen("listening on "))))));

        const QString wrongPassword = QStringLiteral("Wr0ng#Secret-42");
        QCOMPARE(http.token(passwordForm(QStringLiteral("persist.user1"), wrongPassword)).status, 400);
        QCOMPARE(http.token(passwordForm(QStringLiteral("nobody.at.all"), wrongPassword)).status, 400);
        const Http::Response signIn = http.token(passwordForm(QStringLiteral("persist.user1"), kUserPassword));
        QCOMPARE(signIn.status, 200);
        const QByteArray access = QByteArray::fromStdString(signIn.json().value("access_token", std::string()));
        const QByteArray refresh = QByteArray::fromStdString(signIn.json().value("refresh_token", std::string()));
        const Http::Response refreshed = http.token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                     {QStringLiteral("client_id"), kClient},
                                                     {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)}});
        QCOMPARE(refreshed.status, 200);
        const QByteArray access2 = QByteArray::fromStdString(refreshed.json().value("access_token", std::string()));
        const QByteArray admin = http.login(QStringLiteral("admin01"));
        QCOMPARE(http.get(QStringLiteral("/v1/me"), access).status, 200);
        QCOMPARE(http.get(QStringLiteral("/v1/me"), m_revokedToken).status, 401);
        QCOMPARE(http.post(QStringLiteral("/v1/buyers/PERSIST-B/users"),
                           {{"Username", QStringLiteral("persist.logged%1").arg(run).toStdString()},
                            {"Password", "L0gged?Never!"},
                            {"FirstName", "Log"},
                            {"LastName", "Free"},
                            {"Email", "log@persist.example"},
                            {"Active", true}},
                           admin)
                     .status,
                 201);
        QCOMPARE(http.post(QStringLiteral("/v1/buyers/PERSIST-B/users"),
                           {{"Username", QStringLiteral("persist.refused%1").arg(run).toStdString()},
                            {"Password", "weak-Secret"},
                            {"FirstName", "Log"},
                            {"LastName", "Free"},
                            {"Email", "log3@persist.example"},
                            {"Active", true}},
                           admin)
                     .status,
                 400);
        QCOMPARE(http.get(QStringLiteral("/v1/buyers"), access2).status, 403);
        QCOMPARE(http.del(QStringLiteral("/v1/me/tokens"), access).status, 204);

        p.terminate();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QByteArray logs = out + p.readAllStandardOutput() + p.readAllStandardError();
        if (rules.isEmpty())
            logs += m_server.standardError(); // the earlier runs, with default logging
        QVERIFY2(logs.contains("listening on"), "the captured output is the server's");

        const QList<QPair<const char *, QByteArray>> secrets{
            {"the demo password", QByteArray(Http::kDemoPassword)},
            {"a user's password", kUserPassword.toUtf8()},
            {"a new user's password", QByteArray("L0gged?Never!")},
            {"a refused password", QByteArray("weak-Secret")},
            {"a wrong password", wrongPassword.toUtf8()},
            {"an access token", access},
            {"an access token's signature", access.mid(access.lastIndexOf('.') + 1)},
            {"a refreshed access token", access2},
            {"an admin token's signature", admin.mid(admin.lastIndexOf('.') + 1)},
            {"a revoked token's signature", m_revokedToken.mid(m_revokedToken.lastIndexOf('.') + 1)},
            {"a refresh token", refresh},
        };
        for (const auto &[what, secret] : secrets) {
            QVERIFY2(secret.size() >= 8, what);
            const qsizetype at = logs.indexOf(secret);
            QVERIFY2(at < 0, qPrintable(QStringLiteral("%1 appears in the server's output after: …%2")
                                            .arg(QString::fromLatin1(what))
                                            .arg(QString::fromUtf8(
                                                logs.mid(qMax<qsizetype>(0, at - 120), qMin<qsizetype>(at, 120))))));
        }
    }
};

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
