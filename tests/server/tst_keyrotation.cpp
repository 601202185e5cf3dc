#include "TestServer.h"
#include "auth/SigningKey.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace onbehalf::test;
using nlohmann::json;
using onbehalf::server::Database;
using onbehalf::server::SigningKey;

namespace {

QString kidOf(const QByteArray &jwt)
{
    const QByteArray header = QByteArray::fromBase64(jwt.split('.').value(0), QByteArray::Base64UrlEncoding);
    const json h = json::parse(header.constBegin(), header.constEnd(), nullptr, false);
    return h.is_object() ? QString::fromStdString(h.value("kid", std::string())) : QString();
}

bool hangUp(const TestServer &server)
{
#ifdef Q_OS_UNIX
    return server.processId() > 0 && ::kill(pid_t(server.processId()), SIGHUP) == 0;
#else
    Q_UNUSED(server)
    return false;
#endif
}

} // namespace

// `keys rotate` while two instances run on one database (SQLite, and PostgreSQL): both sign with
// the new key without a restart (A on SIGHUP, B on its own within --key-check-interval), tokens of
// the old key keep working on both until the old key's verify_until, then on neither.
class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    TestServer m_a, m_b;
    std::unique_ptr<Http> m_httpA, m_httpB;
    QTemporaryDir m_logs;
    QString m_oldKid, m_newKid;
    QByteArray m_oldFromA, m_oldFromB;

    // Signs in on `http` until the token's kid is `kid` (the instance picked the key up), or 10 s.
    static QByteArray loginSignedWith(Http &http, const QString &user, const QString &kid)
    {
        QDeadlineTimer deadline(10000);
        QByteArray token;
        while (!deadline.hasExpired()) {
            token = http.login(user);
            if (kidOf(token) == kid)
                return token;
            QTest::qWait(100);
        }
        return token;
    }

    // Waits until the instance's log file has a line containing `needle`.
    bool waitForLog(const QString &name, const QByteArray &needle) const
    {
        QDeadlineTimer deadline(10000);
        QByteArray text;
        while (!deadline.hasExpired()) {
            QFile f(m_logs.filePath(name));
            text = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            if (text.contains(needle))
                return true;
            QTest::qWait(50);
        }
        qWarning("%s has no \"%s\": %s", qPrintable(name), needle.constData(), text.right(2000).constData());
        return false;
    }

    static int statusUntil(Http &http, const QByteArray &token, int wanted)
    {
        QDeadlineTimer deadline(10000);
        int status = 0;
        while ((status = http.get(QStringLiteral("/v1/me"), token).status) != wanted && !deadline.hasExpired())
            QTest::qWait(100);
        return status;
    }

    static QString rotate(const QStringList &arguments)
    {
        QProcess rotate;
        rotate.start(TestServer::serverBinary(),
                     QStringList{QStringLiteral("keys"), QStringLiteral("rotate")} + arguments);
        if (!rotate.waitForFinished(60000) || rotate.exitCode() != 0) {
            qWarning("keys rotate failed: %s", rotate.readAllStandardError().constData());
            return {};
        }
        const QString report = QString::fromUtf8(rotate.readAllStandardOutput());
        return QRegularExpression(QStringLiteral("new signing key ([A-Za-z0-9_-]+)")).match(report).captured(1);
    }

private slots:
    void initTestCase()
    {
        TestServer::Options a;
        // Logs to files the test reads while the instances run.
        a.extraArguments = {QStringLiteral("--key-check-interval"), QStringLiteral("0"), // SIGHUP only
                            QStringLiteral("--log-file"), m_logs.filePath(QStringLiteral("a.log"))};
        QVERIFY2(m_a.start(a), qPrintable(m_a.errorString()));
        TestServer::Options b;
        b.attachTo = m_a.databaseUrl();
        b.signingKeyFile = m_a.signingKeyFile();
        b.extraArguments = {QStringLiteral("--key-check-interval"), QStringLiteral("1"), QStringLiteral("--log-file"),
                            m_logs.filePath(QStringLiteral("b.log"))};
        QVERIFY2(m_b.start(b), qPrintable(m_b.errorString()));
        m_httpA = std::make_unique<Http>(m_a.url());
        m_httpB = std::make_unique<Http>(m_b.url());
    }

    void rotateWhileRunning()
    {
        m_oldFromA = m_httpA->login(QStringLiteral("agent01"));
        m_oldFromB = m_httpB->login(QStringLiteral("agent02"));
        m_oldKid = kidOf(m_oldFromA);
        QVERIFY(!m_oldKid.isEmpty());
        QCOMPARE(kidOf(m_oldFromB), m_oldKid);

        QProcess rotate;
        rotate.start(TestServer::serverBinary(),
                     {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--database"), m_a.databaseUrl(),
                      QStringLiteral("--signing-key"), m_a.signingKeyFile()});
        QVERIFY(rotate.waitForFinished(60000));
        QVERIFY2(rotate.exitCode() == 0, rotate.readAllStandardError().constData());
        const QString report = QString::fromUtf8(rotate.readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("new signing key ([A-Za-z0-9_-]+)")).match(report);
        QVERIFY2(match.hasMatch(), qPrintable(report));
        m_newKid = match.captured(1);
        QVERIFY(m_newKid != m_oldKid);

        // B looks at the key file every second: it signs with the new key without being told.
        const QByteArray newFromB = loginSignedWith(*m_httpB, QStringLiteral("agent03"), m_newKid);
        QCOMPARE(kidOf(newFromB), m_newKid);
        // A looks only on SIGHUP: until then it signs with the old key, which everyone still accepts.
        const QByteArray staleFromA = m_httpA->login(QStringLiteral("supervisor01"));
        QCOMPARE(kidOf(staleFromA), m_oldKid);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), staleFromA).status, 200);
        QVERIFY(hangUp(m_a));
        const QByteArray newFromA = loginSignedWith(*m_httpA, QStringLiteral("admin01"), m_newKid);
        QCOMPARE(kidOf(newFromA), m_newKid);

        // Every token works on both instances: the old key's until it expires, the new key's.
        for (const QByteArray &token : {m_oldFromA, m_oldFromB, staleFromA, newFromA, newFromB}) {
            QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), token).status, 200);
            QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), token).status, 200);
        }
        for (const QString &kid : {m_oldKid, m_newKid}) {
            QCOMPARE(m_httpA->get(QStringLiteral("/oauth/certs/") + kid).status, 200);
            QCOMPARE(m_httpB->get(QStringLiteral("/oauth/certs/") + kid).status, 200);
        }
    }

    void aRetiredKeyStopsVerifyingAtItsTime()
    {
        QVERIFY(!m_newKid.isEmpty());
        // The old key's verify_until (set by the rotation, hours ahead) as if that time had come.
        {
            QString error;
            auto db = Database::open(m_a.databaseUrl(), &error);
            QVERIFY2(db, qPrintable(error));
            const QVariant until =
                db->scalar(QStringLiteral("SELECT verify_until FROM signing_public_keys WHERE kid = ?"), {m_oldKid});
            QVERIFY2(until.isValid() && !until.toString().isEmpty(), "the rotation did not retire the old key");
            QVERIFY(db->scalar(QStringLiteral("SELECT verify_until FROM signing_public_keys WHERE kid = ?"), {m_newKid})
                        .toString()
                        .isEmpty());
            db->exec(QStringLiteral("UPDATE signing_public_keys SET verify_until = ? WHERE kid = ?"),
                     {QStringLiteral("2000-01-01T00:00:00.000+00:00"), m_oldKid});
        }
        QVERIFY(hangUp(m_a));
        // Both instances refuse the old key's tokens now (B on its own within its interval).
        QCOMPARE(statusUntil(*m_httpA, m_oldFromA, 401), 401);
        QCOMPARE(statusUntil(*m_httpB, m_oldFromA, 401), 401);
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), m_oldFromB).status, 401);
        QCOMPARE(m_httpA->get(QStringLiteral("/oauth/certs/") + m_oldKid).status, 404);
        // The new key's tokens are untouched.
        const QByteArray fresh = m_httpA->login(QStringLiteral("agent01"));
        QCOMPARE(kidOf(fresh), m_newKid);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), fresh).status, 200);
    }

    void anInstanceOnACopyOfTheKeyWarns()
    {
#ifdef Q_OS_UNIX
        // As under systemd's LoadCredential=: A reads a copy of the key file made when it started.
        TestServer a, b;
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("signing-key"));
        QVERIFY(QFile::copy(b.signingKeyFile(), copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        TestServer::Options o;
        o.attachTo = b.databaseUrl();
        o.signingKeyFile = copy;
        const QString log = dir.filePath(QStringLiteral("a.log")); // read while A runs
        o.extraArguments = {QStringLiteral("--log-file"), log};
        QVERIFY2(a.start(o), qPrintable(a.errorString()));
        Http httpA(a.url()), httpB(b.url());
        const QString oldKid = kidOf(httpA.login(QStringLiteral("agent01")));
        const QString newKid = rotate(
            {QStringLiteral("--database"), b.databaseUrl(), QStringLiteral("--signing-key"), b.signingKeyFile()});
        QVERIFY(!newKid.isEmpty());
        QVERIFY(::kill(pid_t(b.processId()), SIGHUP) == 0);
        QCOMPARE(kidOf(loginSignedWith(httpB, QStringLiteral("agent02"), newKid)), newKid);
        // A cannot sign with a key it does not have: it keeps its own, which the others still
        // accept (until the old key's verify_until), and says so.
        QVERIFY(::kill(pid_t(a.processId()), SIGHUP) == 0);
        const QByteArray fromA = httpA.login(QStringLiteral("agent03"));
        QCOMPARE(kidOf(fromA), oldKid);
        QCOMPARE(httpB.get(QStringLiteral("/v1/me"), fromA).status, 200);
        QDeadlineTimer deadline(10000);
        QByteArray logged;
        while (!logged.contains("which a rotation retired") && !deadline.hasExpired()) {
            QTest::qWait(50);
            QFile f(log);
            logged = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
        QVERIFY2(logged.contains("which a rotation retired"), logged.constData());
#else
        QSKIP("SIGHUP is Unix");
#endif
    }

    void aKeyInTheDatabaseIsPickedUpToo()
    {
        TestServer probe;
        if (!probe.isPostgres())
            QSKIP("--allow-key-in-database is for PostgreSQL trials");
        TestServer a, b;
        TestServer::Options o;
        o.signingKey = false;
        o.extraArguments = {QStringLiteral("--allow-key-in-database"), QStringLiteral("--key-check-interval"),
                            QStringLiteral("1")};
        QVERIFY2(a.start(o), qPrintable(a.errorString()));
        o.attachTo = a.databaseUrl();
        QVERIFY2(b.start(o), qPrintable(b.errorString()));
        Http httpA(a.url()), httpB(b.url());
        const QByteArray before = httpA.login(QStringLiteral("agent01"));
        const QString newKid =
            rotate({QStringLiteral("--database"), a.databaseUrl(), QStringLiteral("--allow-key-in-database")});
        QVERIFY(!newKid.isEmpty());
        QVERIFY(newKid != kidOf(before));
        const QByteArray fromA = loginSignedWith(httpA, QStringLiteral("agent02"), newKid);
        const QByteArray fromB = loginSignedWith(httpB, QStringLiteral("agent03"), newKid);
        QCOMPARE(kidOf(fromA), newKid);
        QCOMPARE(kidOf(fromB), newKid);
        for (const QByteArray &token : {before, fromA, fromB}) {
            QCOMPARE(httpA.get(QStringLiteral("/v1/me"), token).status, 200);
            QCOMPARE(httpB.get(QStringLiteral("/v1/me"), token).status, 200);
        }
    }

    void aLooseKeyFileIsNotTakenUp()
    {
#ifdef Q_OS_UNIX
        // Someone replaces the key file with one others can read: the instance keeps its key.
        QVERIFY(!m_newKid.isEmpty());
        const QString loose = m_a.signingKeyFile() + QStringLiteral(".loose");
        QProcess generate;
        generate.start(TestServer::serverBinary(),
                       {QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--signing-key"), loose});
        QVERIFY(generate.waitForFinished(60000) && generate.exitCode() == 0);
        QVERIFY(QFile::setPermissions(loose, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ReadOther));
        QVERIFY(QFile::remove(m_a.signingKeyFile()));
        QVERIFY(QFile::rename(loose, m_a.signingKeyFile()));
        QVERIFY(hangUp(m_a));
        // Both looked at it (A told, B on its own) and refused it.
        QVERIFY(waitForLog(QStringLiteral("a.log"), "chmod 600"));
        QVERIFY(waitForLog(QStringLiteral("b.log"), "chmod 600"));
        for (Http *http : {m_httpA.get(), m_httpB.get()}) {
            const QByteArray token = http->login(QStringLiteral("agent02"));
            QCOMPARE(kidOf(token), m_newKid);
            QCOMPARE(http->get(QStringLiteral("/v1/me"), token).status, 200);
        }
        // Made 0600, it is taken up (B on its own), published, and verifies on A at once.
        QVERIFY(QFile::setPermissions(m_a.signingKeyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QFile file(m_a.signingKeyFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto third = SigningKey::fromPem(file.readAll());
        QVERIFY(third);
        const QByteArray fromB = loginSignedWith(*m_httpB, QStringLiteral("agent03"), third->kid());
        QCOMPARE(kidOf(fromB), third->kid());
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), fromB).status, 200);
        QVERIFY(waitForLog(QStringLiteral("a.log"), QByteArray("now signing tokens with key ") + m_newKid.toLatin1()));
        QVERIFY(
            waitForLog(QStringLiteral("b.log"), QByteArray("now signing tokens with key ") + third->kid().toLatin1()));
#else
        QSKIP("file modes are Unix");
#endif
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
