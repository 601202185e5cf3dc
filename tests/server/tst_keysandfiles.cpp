#include "TestServer.h"
#include "auth/SigningKey.h"
#include "auth/TokenIssuer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace onbehalf::test;
using namespace onbehalf::server;
using nlohmann::json;

namespace {

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path)
    return 0600;
#endif
}

QString sqlitePath(const TestServer &s)
{
    return s.databaseUrl().mid(7);
}

// The test's own look at the server's database, as anyone who can read it would look.
class DbReader
{
public:
    explicit DbReader(const QString &url) : m_name(QUuid::createUuid().toString())
    {
        if (url.startsWith(QLatin1String("sqlite:"))) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(url.mid(7));
        } else {
            const QUrl u(url);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setHostName(u.host());
            m_db.setPort(u.port(5432));
            m_db.setUserName(u.userName());
            m_db.setPassword(u.password());
            m_db.setDatabaseName(u.path().mid(1));
        }
        if (!m_db.open())
            qWarning("cannot open %s: %s", qPrintable(url), qPrintable(m_db.lastError().text()));
    }
    ~DbReader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QStringList tables()
    {
        QSqlQuery q(m_db);
        q.exec(m_db.driverName() == QLatin1String("QSQLITE")
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // Every text value of every row of every table.
    QStringList everyValue()
    {
        QStringList out;
        for (const QString &table : tables()) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT * FROM ") + table);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out << q.value(i).toString();
            }
        }
        return out;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// A token with `claims`, signed with the private key in `pem` under `kid` (what a thief would do).
QByteArray forge(const QByteArray &pem, const json &claims, const QString &kid = {})
{
    auto key = kid.isEmpty() ? SigningKey::fromPem(pem) : SigningKey::fromPem(kid, pem);
    if (!key)
        return {};
    TokenIssuer issuer(*key, QString::fromStdString(claims["iss"].get<std::string>()),
                       QString::fromStdString(claims["aud"].get<std::string>()));
    TokenClaims c;
    c.username = QString::fromStdString(claims["usr"].get<std::string>());
    c.clientId = QString::fromStdString(claims["cid"].get<std::string>());
    c.userId = QString::fromStdString(claims["u"].get<std::string>());
    c.userType = QString::fromStdString(claims["usrtype"].get<std::string>());
    c.roles = {QStringLiteral("FullAccess")};
    c.jti = QString::fromStdString(claims["jti"].get<std::string>());
    c.issuedAt = QDateTime::currentDateTimeUtc();
    c.notBefore = c.issuedAt;
    c.expires = c.issuedAt.addSecs(600);
    return issuer.issue(c);
}

std::string jwtHeaderKid(const QByteArray &jwt)
{
    const QByteArray header = QByteArray::fromBase64(jwt.split('.').value(0), QByteArray::Base64UrlEncoding);
    const json h = json::parse(header.constBegin(), header.constEnd(), nullptr, false);
    return h.is_object() ? h.value("kid", std::string()) : std::string();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The signing key lives outside the database (a 0600 file), files are the server user's alone,
// keys rotate, and a token naming another subject's jti is refused.
class TestKeysAndFiles : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
    }

    void filesAreTheServerUsersAlone()
    {
        if (m_server.isPostgres())
            QSKIP("SQLite files only");
        QVERIFY(!m_http->login(QStringLiteral("agent01")).isEmpty()); // something in the WAL
        const QString db = sqlitePath(m_server);
        QCOMPARE(modeOf(QFileInfo(db).absolutePath()), 0700);
        const QStringList files{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                m_server.signingKeyFile()};
        for (const QString &file : files) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), 0600);
        }
    }

    void looseFilesAreTightenedWithAWarning()
    {
        if (m_server.isPostgres())
            QSKIP("SQLite files only");
        TestServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QVERIFY(s.stop());
        const QString db = sqlitePath(s);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
        QFile::setPermissions(QFileInfo(db).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                                QFileDevice::ExeOther);
        QCOMPARE(modeOf(db), 0644);
        QVERIFY2(s.restart({}), qPrintable(s.errorString()));
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(modeOf(QFileInfo(db).absolutePath()), 0700);
        QVERIFY(s.stop());
        QVERIFY2(s.standardError().contains("tightened"), s.standardError().constData());
    }

    void looseKeyFileIsRefused()
    {
        TestServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QVERIFY(s.stop());
        QFile::setPermissions(s.signingKeyFile(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        QVERIFY(!s.restart({}));
        QVERIFY2(s.errorString().contains(QLatin1String("chmod 600")), qPrintable(s.errorString()));
    }

    void theKeyIsNotInTheDatabase()
    {
        const QByteArray agent = m_http->login(QStringLiteral("agent01"));
        DbReader db(m_server.databaseUrl());
        QVERIFY(db.tables().contains(QStringLiteral("signing_public_keys")));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 0);
        const QStringList values = db.everyValue();
        QVERIFY(values.size() > 1000);
        for (const QString &v : values)
            QVERIFY2(!v.contains(QLatin1String("PRIVATE KEY")), qPrintable(v.left(80)));
        // Whatever the database holds cannot sign: every PEM in it is a public key only.
        int pems = 0;
        for (const QString &v : values) {
            if (!v.contains(QLatin1String("-----BEGIN")))
                continue;
            ++pems;
            QVERIFY(forge(v.toLatin1(), jwtClaims(agent)).isEmpty());
        }
        QVERIFY(pems >= 1);
        // The file's key does sign (the forging above would have worked with a private key).
        const QByteArray resigned = forge(readFile(m_server.signingKeyFile()), jwtClaims(agent));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), resigned).status, 200);
    }

    void aJtiOfAnotherSubjectIsRefused()
    {
        // Even with the key: a token naming supervisor01 with agent01's jti is not a token issued to it.
        const QByteArray agent = m_http->login(QStringLiteral("agent01"));
        const QByteArray supervisor = m_http->login(QStringLiteral("supervisor01"));
        json claims = jwtClaims(supervisor);
        claims["jti"] = jwtClaims(agent)["jti"];
        const QByteArray forged = forge(readFile(m_server.signingKeyFile()), claims);
        QVERIFY(!forged.isEmpty());
        const Http::Response r = m_http->get(QStringLiteral("/v1/me"), forged);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidToken"));
        // A made-up jti neither.
        claims["jti"] = "not-issued";
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), forge(readFile(m_server.signingKeyFile()), claims)).status, 401);
    }

    void olderDatabasesHaveTheirKeyMovedOut()
    {
        TestServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        Http http(s.url());
        const QByteArray before = http.login(QStringLiteral("agent01"));
        QVERIFY(s.stop());
        // As an older version left it: the private key in the signing_keys table, no file.
        const QByteArray pem = readFile(s.signingKeyFile());
        {
            DbReader db(s.databaseUrl());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO signing_keys (kid, private_pem, created) VALUES (?, ?, ?)"),
                            {QStringLiteral("legacy-kid"), QString::fromLatin1(pem),
                             QStringLiteral("2026-01-01T00:00:00.000+00:00")}));
        }
        if (!s.isPostgres())
            QVERIFY(QFile::remove(s.signingKeyFile()));
        QVERIFY2(s.restart({}), qPrintable(s.errorString()));
        {
            DbReader db(s.databaseUrl());
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 0);
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM signing_public_keys WHERE kid = 'legacy-kid'")), 1);
        }
        QCOMPARE(readFile(s.signingKeyFile()), pem);
        QCOMPARE(modeOf(s.signingKeyFile()), 0600);
        // Tokens from before still work; so do tokens signed under the old kid.
        QCOMPARE(http.get(QStringLiteral("/v1/me"), before).status, 200);
        QCOMPARE(http.get(QStringLiteral("/oauth/certs/legacy-kid")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/v1/me"), forge(pem, jwtClaims(before), QStringLiteral("legacy-kid"))).status,
                 200);
        QVERIFY(s.stop());
        QVERIFY2(s.standardError().contains("deleted 1 private signing key"), s.standardError().constData());
    }

    void rotationKeepsOldTokensValid()
    {
        TestServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        Http http(s.url());
        const QByteArray before = http.login(QStringLiteral("agent01"));
        const QString oldKid = QString::fromStdString(jwtHeaderKid(before));
        QProcess rotate;
        rotate.start(TestServer::serverBinary(),
                     {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--database"), s.databaseUrl(),
                      QStringLiteral("--signing-key"), s.signingKeyFile()});
        QVERIFY(rotate.waitForFinished(60000));
        QVERIFY2(rotate.exitCode() == 0, rotate.readAllStandardError().constData());
        QVERIFY(rotate.readAllStandardOutput().contains("verifies until"));
        QCOMPARE(modeOf(s.signingKeyFile()), 0600);
        // The running instance still signs with the old key; everything verifies.
        QCOMPARE(http.get(QStringLiteral("/v1/me"), http.login(QStringLiteral("agent02"))).status, 200);
        QVERIFY2(s.restart({}), qPrintable(s.errorString()));
        const QByteArray after = http.login(QStringLiteral("agent01"));
        const QString newKid = QString::fromStdString(jwtHeaderKid(after));
        QVERIFY(newKid != oldKid);
        QCOMPARE(http.get(QStringLiteral("/v1/me"), before).status, 200);
        QCOMPARE(http.get(QStringLiteral("/v1/me"), after).status, 200);
        QCOMPARE(http.get(QStringLiteral("/oauth/certs/") + oldKid).status, 200);
        QCOMPARE(http.get(QStringLiteral("/oauth/certs/") + newKid).status, 200);
    }

    void postgresNeedsAKeyFile()
    {
        if (!m_server.isPostgres())
            QSKIP("PostgreSQL only");
        TestServer refused, trial;
        TestServer::Options o;
        o.signingKey = false;
        QVERIFY(!refused.start(o));
        QVERIFY2(refused.errorString().contains(QLatin1String("--signing-key")), qPrintable(refused.errorString()));
        o.extraArguments = {QStringLiteral("--allow-key-in-database")};
        QVERIFY2(trial.start(o), qPrintable(trial.errorString()));
        QVERIFY(!Http(trial.url()).login(QStringLiteral("agent01")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeysAndFiles)
#include "tst_keysandfiles.moc"
