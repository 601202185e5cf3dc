// The real Secret Service keychain through QtKeychain, the library TokenStore builds on: a
// password entry is written, read back, deleted, and then reported as not found (which is how
// the desk learns that nothing is remembered). scripts/test.sh runs it in a private D-Bus session
// with a throw-away, unlocked gnome-keyring, so it never touches a real keychain.

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

class TestSecretService : public QObject
{
    Q_OBJECT

private:
    static QString service() { return QStringLiteral("Onbehalf-test"); }

    // Runs a job (kept on the stack, so no auto-delete) and waits for its finished() signal.
    static bool finish(QKeychain::Job &job)
    {
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        return !done.isEmpty() || done.wait(15000);
    }

    static void remove(const QString &key)
    {
        QKeychain::DeletePasswordJob job(service());
        job.setKey(key);
        finish(job);
    }

    QString m_key;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run this test through scripts/test.sh, which starts a private "
                  "D-Bus session with an unlocked gnome-keyring");
        m_key = QStringLiteral("tst_secretservice-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!m_key.isEmpty())
            remove(m_key); // leave nothing behind, even after a failure
    }

    void writeReadDelete()
    {
        const QString secret = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJ1c3IiOiJhZ2VudDAxIn0.c2lnbmF0dXJl");

        QKeychain::WritePasswordJob write(service());
        write.setKey(m_key);
        write.setTextData(secret);
        QVERIFY2(finish(write), "the keychain did not answer the write within 15 s");
        QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

        QKeychain::ReadPasswordJob read(service());
        read.setKey(m_key);
        QVERIFY2(finish(read), "the keychain did not answer the read within 15 s");
        QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob del(service());
        del.setKey(m_key);
        QVERIFY2(finish(del), "the keychain did not answer the delete within 15 s");
        QVERIFY2(del.error() == QKeychain::NoError, qPrintable(del.errorString()));

        QKeychain::ReadPasswordJob again(service());
        again.setKey(m_key);
        QVERIFY2(finish(again), "the keychain did not answer the second read within 15 s");
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
        QVERIFY(again.textData().isEmpty());
    }

    void overwriteKeepsOneEntry()
    {
        QKeychain::WritePasswordJob first(service());
        first.setKey(m_key);
        first.setTextData(QStringLiteral("first"));
        QVERIFY(finish(first));
        QVERIFY2(first.error() == QKeychain::NoError, qPrintable(first.errorString()));

        QKeychain::WritePasswordJob second(service());
        second.setKey(m_key);
        second.setTextData(QStringLiteral("second"));
        QVERIFY(finish(second));
        QVERIFY2(second.error() == QKeychain::NoError, qPrintable(second.errorString()));

        QKeychain::ReadPasswordJob read(service());
        read.setKey(m_key);
        QVERIFY(finish(read));
        QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
        QCOMPARE(read.textData(), QStringLiteral("second"));

        QKeychain::DeletePasswordJob del(service());
        del.setKey(m_key);
        QVERIFY(finish(del));
        QVERIFY2(del.error() == QKeychain::NoError, qPrintable(del.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
