#include "core/platform/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace onbehalf;

// Secrets in the keychain when there is one; in memory only, said once, when there is not.
class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    static std::pair<bool, QString> read(TokenStore &store, const QString &key)
    {
        std::pair<bool, QString> out{false, {}};
        bool done = false;
        store.read(key, nullptr, [&](bool found, const QString &secret) {
            out = {found, secret};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("read timed out");
        return out;
    }

private slots:
    void keysAreStable()
    {
        QCOMPARE(TokenStore::key(QStringLiteral("https://api.example/"), QStringLiteral("Agent01"),
                                 TokenStore::Purpose::RefreshToken),
                 TokenStore::key(QStringLiteral("https://api.example"), QStringLiteral("agent01"),
                                 TokenStore::Purpose::RefreshToken));
        QVERIFY(TokenStore::key(QStringLiteral("demo"), QStringLiteral("a"), TokenStore::Purpose::RefreshToken) !=
                TokenStore::key(QStringLiteral("demo"), QStringLiteral("a"), TokenStore::Purpose::ImpersonationToken));
    }

    void realKeychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
            qEnvironmentVariableIsSet("ONBEHALF_TEST_NO_KEYCHAIN"))
            QSKIP("No D-Bus session: run through scripts/test.sh");
        const QString key = QStringLiteral("test|roundtrip|%1").arg(QCoreApplication::applicationPid());
        {
            TokenStore store;
            QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
            bool persisted = false;
            store.write(key, QStringLiteral("s3cr3t-refresh"), nullptr, [&](bool ok) { persisted = ok; });
            QTRY_VERIFY(persisted);
            QCOMPARE(unavailable.size(), 0);
        }
        {
            TokenStore fresh; // a new process would see the same
            QCOMPARE(read(fresh, key), std::make_pair(true, QStringLiteral("s3cr3t-refresh")));
            bool removed = false;
            fresh.remove(key, nullptr, [&] { removed = true; });
            QTRY_VERIFY(removed);
        }
        TokenStore after;
        QCOMPARE(read(after, key).first, false); // "entry not found" = not signed in
    }

    void withoutAKeychainItSaysSoOnceAndKeepsMemory()
    {
        // Registered a second time with a dead session bus (see CMakeLists.txt).
        if (!qEnvironmentVariableIsSet("ONBEHALF_TEST_NO_KEYCHAIN"))
            QSKIP("runs as tst_tokenstore_nokeychain");
        TokenStore store;
        QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
        bool persisted = true;
        bool done = false;
        store.write(QStringLiteral("k"), QStringLiteral("v"), nullptr, [&](bool ok) {
            persisted = ok;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!persisted);
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!store.unavailableReason().isEmpty());
        // Still works for this run, in memory.
        QCOMPARE(read(store, QStringLiteral("k")), std::make_pair(true, QStringLiteral("v")));
        store.write(QStringLiteral("k2"), QStringLiteral("v2"));
        QCOMPARE(unavailable.size(), 1); // said once
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
