#include "auth/PasswordHasher.h"

#include <QTest>
#include <sodium.h>

using namespace onbehalf::server;

// argon2id parameters: at least OWASP's minimum, stored in the hash, raised by a rehash.
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void hashCarriesItsParameters()
    {
        const QByteArray h = PasswordHasher::hash(QStringLiteral("Onbehalf#2026"));
        QVERIFY2(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), h.constData());
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("Onbehalf#2026")));
        QVERIFY(!PasswordHasher::verify(h, QStringLiteral("Onbehalf#2027")));
        QVERIFY(!PasswordHasher::needsRehash(h));
    }

    void weakerHashesAreRehashed()
    {
        const QByteArray password = "Onbehalf#2026";
        char weak[crypto_pwhash_STRBYTES];
        // Far below the minimum: 8 MiB, 1 iteration.
        QCOMPARE(crypto_pwhash_str_alg(weak, password.constData(), quint64(password.size()), 1, 8 * 1024 * 1024,
                                       crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QVERIFY(PasswordHasher::verify(QByteArray(weak), QString::fromLatin1(password)));
        QVERIFY(PasswordHasher::needsRehash(QByteArray(weak)));
        char stronger[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str_alg(stronger, password.constData(), quint64(password.size()), 3, 64 * 1024 * 1024,
                                       crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QVERIFY(!PasswordHasher::needsRehash(QByteArray(stronger)));
        char argon2i[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str_alg(argon2i, password.constData(), quint64(password.size()), 3, 32 * 1024 * 1024,
                                       crypto_pwhash_ALG_ARGON2I13),
                 0);
        QVERIFY(PasswordHasher::needsRehash(QByteArray(argon2i)));
        QVERIFY(PasswordHasher::needsRehash(QByteArrayLiteral("not a hash")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
