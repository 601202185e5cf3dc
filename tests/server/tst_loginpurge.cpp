#include "TestServer.h"
#include "auth/LoginThrottle.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace onbehalf::test;
using onbehalf::server::Database;
using onbehalf::server::LoginThrottle;

namespace {
const QString kWrong = QStringLiteral("Wrong#12345");

Http::Response signIn(const QUrl &base, const QString &source, const QString &user, const QString &password)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    q.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(Http::kDemoClientId));
    q.addQueryItem(QStringLiteral("username"), user);
    q.addQueryItem(QStringLiteral("password"), QString::fromUtf8(QUrl::toPercentEncoding(password)));
    return requestFrom(source, base, "POST", QStringLiteral("/oauth/token"), q.query(QUrl::FullyEncoded).toUtf8(),
                       "application/x-www-form-urlencoded");
}
} // namespace

// login_failures stays bounded: streaks older than a day are forgotten (on start and every 30 s),
// and beyond LoginThrottle::kMaxRows the oldest unlocked rows go. Locks in force are never purged.
class TestLoginPurge : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Database> m_db; // the test's own connection to the server's database

    qint64 count(const QString &where = QStringLiteral("1 = 1"))
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE ") + where).toLongLong();
    }

    // Runs SQL as written (no placeholders parsed: the time formats contain colons).
    bool execRaw(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    // `rows` failures of distinct usernames 'spray<i>' from 127.0.0.9, row i failing i × 100 ms ago
    // (spray1 the newest), `ageSeconds` further back.
    bool insertSpray(int rows, int ageSeconds)
    {
        if (m_db->dialect() == Database::Dialect::Sqlite)
            return execRaw(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO login_failures (username_l, client_addr, failures, last_failure) "
                               "SELECT 'spray' || i, '127.0.0.9', 1, strftime('%Y-%m-%dT%H:%M:%f', 'now', "
                               "'-%2 seconds', '-' || (i / 10.0) || ' seconds') || '+00:00' FROM n")
                    .arg(rows)
                    .arg(ageSeconds));
        return execRaw(QStringLiteral("INSERT INTO login_failures (username_l, client_addr, failures, last_failure) "
                                      "SELECT 'spray' || i, '127.0.0.9', 1, to_char(timezone('UTC', now()) - "
                                      "interval '%2 seconds' - i * interval '100 milliseconds', "
                                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS') || '+00:00' FROM generate_series(1, %1) AS i")
                           .arg(rows)
                           .arg(ageSeconds));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QString error;
        m_db = Database::open(m_server.databaseUrl(), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void init() { m_db->exec(QStringLiteral("DELETE FROM login_failures")); }

    void oldStreaksAreForgottenOnStart()
    {
        // A real failure now, and 300 of two days ago (what a spray of unknown names leaves behind).
        QCOMPARE(signIn(m_server.url(), QStringLiteral("127.0.0.4"), QStringLiteral("agent01"), kWrong).errorCode(),
                 QStringLiteral("Auth.InvalidUsernameOrPassword"));
        QVERIFY(insertSpray(300, 2 * 86400));
        QCOMPARE(count(), 301);
        QVERIFY2(m_server.restart({}), qPrintable(m_server.errorString()));
        QCOMPARE(count(), 1);
        QCOMPARE(count(QStringLiteral("username_l = 'agent01' AND client_addr = '127.0.0.4'")), 1);
        // Yesterday's streaks that are under a day old stay: they still count.
        QVERIFY(insertSpray(50, 86400 - 600));
        QCOMPARE(LoginThrottle(*m_db).purge(), 0);
        QCOMPARE(count(), 51);
    }

    void theTableIsCappedOldestFirst()
    {
        // More rows than the cap, all of the last few hours; plus a lock in force on the oldest row.
        const int over = 500;
        QVERIFY(insertSpray(LoginThrottle::kMaxRows + over, 60));
        QVERIFY(execRaw(QStringLiteral("UPDATE login_failures SET locked_until = '2999-01-01T00:00:00.000+00:00', "
                                       "failures = 9 WHERE username_l = 'spray%1'")
                            .arg(LoginThrottle::kMaxRows + over)));
        QCOMPARE(count(), LoginThrottle::kMaxRows + over);
        QCOMPARE(LoginThrottle(*m_db).purge(), over - 1);
        QCOMPARE(count(), LoginThrottle::kMaxRows + 1);
        // The newest kMaxRows stay, the older ones went, the locked one stayed.
        QCOMPARE(count(QStringLiteral("username_l = 'spray1'")), 1);
        QCOMPARE(count(QStringLiteral("username_l = 'spray%1'").arg(LoginThrottle::kMaxRows)), 1);
        QCOMPARE(count(QStringLiteral("username_l = 'spray%1'").arg(LoginThrottle::kMaxRows + 1)), 0);
        QCOMPARE(count(QStringLiteral("username_l = 'spray%1'").arg(LoginThrottle::kMaxRows + over)), 1);
        // Purging again changes nothing (two instances may both run it).
        QCOMPARE(LoginThrottle(*m_db).purge(), 0);
    }

    void aLockInForceSurvivesPurges()
    {
        // Locked out from 127.0.0.5 by real failures, then a spray of newer failures over the cap
        // (the lock's row made the oldest): neither a purge nor a restart unlocks it.
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
            QCOMPARE(signIn(m_server.url(), QStringLiteral("127.0.0.5"), QStringLiteral("agent02"), kWrong).errorCode(),
                     QStringLiteral("Auth.InvalidUsernameOrPassword"));
        QVERIFY(insertSpray(LoginThrottle::kMaxRows + 10, 0));
        QVERIFY(execRaw(QStringLiteral("UPDATE login_failures SET last_failure = '2000-01-01T00:00:00.000+00:00' "
                                       "WHERE username_l = 'agent02'")));
        QCOMPARE(LoginThrottle(*m_db).purge(), 10);
        QCOMPARE(count(QStringLiteral("username_l = 'agent02' AND client_addr = '127.0.0.5'")), 1);
        QVERIFY2(m_server.restart({}), qPrintable(m_server.errorString()));
        QCOMPARE(signIn(m_server.url(), QStringLiteral("127.0.0.5"), QStringLiteral("agent02"),
                        QString::fromLatin1(Http::kDemoPassword))
                     .errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        // From elsewhere the same user still signs in (the lock is per client address).
        QCOMPARE(signIn(m_server.url(), QStringLiteral("127.0.0.6"), QStringLiteral("agent02"),
                        QString::fromLatin1(Http::kDemoPassword))
                     .status,
                 200);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestLoginPurge)
#include "tst_loginpurge.moc"
