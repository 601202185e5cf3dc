#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

// The real Secret Service (gnome-keyring on the private D-Bus session that scripts/test.sh
// starts) through QtKeychain: what TokenStore builds on.
class TestSecretService : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kService = "Onbehalf-test";

    template <typename Job>
    static void run(Job &job)
    {
        job.setAutoDelete(false);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run the suite through scripts/test.sh");
    }

    void writeReadDelete()
    {
        const QString key = QStringLiteral("roundtrip-%1").arg(QCoreApplication::applicationPid());
        QKeychain::WritePasswordJob write(QString::fromLatin1(kService));
        write.setInsecureFallback(false);
        write.setKey(key);
        write.setTextData(QStringLiteral("eyJhbGciOiJSUzI1NiJ9.payload.signature"));
        run(write);
        QCOMPARE(write.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(QString::fromLatin1(kService));
        read.setInsecureFallback(false);
        read.setKey(key);
        run(read);
        QCOMPARE(read.error(), QKeychain::NoError);
        QCOMPARE(read.textData(), QStringLiteral("eyJhbGciOiJSUzI1NiJ9.payload.signature"));

        QKeychain::DeletePasswordJob del(QString::fromLatin1(kService));
        del.setInsecureFallback(false);
        del.setKey(key);
        run(del);
        QCOMPARE(del.error(), QKeychain::NoError);

        // "Entry not found" is how the app learns it is not signed in.
        QKeychain::ReadPasswordJob again(QString::fromLatin1(kService));
        again.setInsecureFallback(false);
        again.setKey(key);
        run(again);
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
