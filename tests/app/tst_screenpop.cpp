#include "core/api/PhoneNumber.h"
#include "core/platform/ScreenPopRequest.h"
#include "core/platform/SingleInstance.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <future>

using namespace onbehalf;

Q_DECLARE_METATYPE(onbehalf::ScreenPopRequest::Kind)

// Screen-pop without a desk: the --find text and onbehalf: links (good and bad), phone-number
// recognition, and the single-instance hand-over over a real local socket.
class TestScreenPop : public QObject
{
    Q_OBJECT

private slots:
    void goodLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<ScreenPopRequest::Kind>("kind");
        QTest::addColumn<QString>("search");
        using K = ScreenPopRequest::Kind;
        QTest::newRow("phone") << "onbehalf:find?phone=%2B12065550184" << K::Phone << "+12065550184";
        QTest::newRow("phone formatted") << "onbehalf:find?phone=%2B1%20206-555-0184" << K::Phone << "+1 206-555-0184";
        QTest::newRow("phone in brackets") << "onbehalf:find?phone=(206)%20555.0184" << K::Phone << "(206) 555.0184";
        QTest::newRow("plus not encoded") << "onbehalf:find?phone=+12065550184" << K::Phone << "+12065550184";
        QTest::newRow("email") << "onbehalf:find?email=jane.doe%40example.com" << K::Email << "jane.doe@example.com";
        QTest::newRow("username") << "onbehalf:find?username=jdoe" << K::Username << "jdoe";
        QTest::newRow("id") << "onbehalf:find?id=NW-0001" << K::Id << "NW-0001";
        QTest::newRow("q") << "onbehalf:find?q=Jane%20Doe" << K::Any << "Jane Doe";
        QTest::newRow("double slash") << "onbehalf://find?q=jane" << K::Any << "jane";
        QTest::newRow("upper-case scheme") << "ONBEHALF:find?username=jdoe" << K::Username << "jdoe";
        QTest::newRow("unicode") << "onbehalf:find?q=Jos%C3%A9%20%C3%81lvarez" << K::Any
                                 << QStringLiteral("José Álvarez");
    }
    void goodLinks()
    {
        QFETCH(QString, link);
        QFETCH(ScreenPopRequest::Kind, kind);
        QFETCH(QString, search);
        QString error;
        const std::optional<ScreenPopRequest> r = ScreenPopRequest::fromArgument(link, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->search, search);
        // What a second start sends is what the running desk reads.
        QCOMPARE(ScreenPopRequest::decode(r->encode()), r);
    }

    void badLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("says");
        QTest::newRow("other action") << "onbehalf:call?phone=2065550184"
                                      << "only understands";
        QTest::newRow("no query") << "onbehalf:find"
                                  << "exactly one";
        QTest::newRow("two keys") << "onbehalf:find?phone=2065550184&email=a%40b.c"
                                  << "exactly one";
        QTest::newRow("unknown key") << "onbehalf:find?fax=2065550184"
                                     << "fax";
        QTest::newRow("empty value") << "onbehalf:find?q="
                                     << "nothing to search";
        QTest::newRow("blank value") << "onbehalf:find?q=%20%20"
                                     << "nothing to search";
        QTest::newRow("not a phone") << "onbehalf:find?phone=jane"
                                     << "not a phone number";
        QTest::newRow("too few digits") << "onbehalf:find?phone=555-01"
                                        << "not a phone number";
        QTest::newRow("not an email") << "onbehalf:find?email=jane"
                                      << "not an e-mail";
        QTest::newRow("control character") << "onbehalf:find?q=a%0Ab"
                                           << "control characters";
        QTest::newRow("nul") << "onbehalf:find?q=a%00b"
                             << "control characters";
        QTest::newRow("too long") << QStringLiteral("onbehalf:find?q=") + QString(300, QLatin1Char('x'))
                                  << "longer than";
        QTest::newRow("broken escape") << "onbehalf:find?q=%ZZ"
                                       << "not an onbehalf: link";
        QTest::newRow("other scheme") << "http://find?q=x"
                                      << "not an onbehalf: link";
    }
    void badLinks()
    {
        QFETCH(QString, link);
        QFETCH(QString, says);
        QString error;
        const std::optional<ScreenPopRequest> r = ScreenPopRequest::fromUrl(link, &error);
        QVERIFY2(!r, qPrintable(r ? r->search : QString()));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void findText()
    {
        QString error;
        std::optional<ScreenPopRequest> r =
            ScreenPopRequest::fromArgument(QStringLiteral("  +1 206-555-0184 "), &error);
        QVERIFY(r);
        QCOMPARE(r->kind, ScreenPopRequest::Kind::Any);
        QCOMPARE(r->search, QStringLiteral("+1 206-555-0184"));
        QVERIFY(!ScreenPopRequest::fromArgument(QStringLiteral("   "), &error));
        QVERIFY(!ScreenPopRequest::fromArgument(QStringLiteral("a\tb"), &error));
        QVERIFY(ScreenPopRequest::fromArgument(QStringLiteral("onbehalf:find?q=x"), &error)); // a link
        // What the running desk refuses from its socket, whatever a client sends.
        QVERIFY(!ScreenPopRequest::decode("find 9 x\n"));
        QVERIFY(!ScreenPopRequest::decode("find 0 %0A\n"));
        QVERIFY(!ScreenPopRequest::decode("delete everything\n"));
        QVERIFY(!ScreenPopRequest::decode(QByteArray()));
    }

    void phoneNumbers()
    {
        QVERIFY(PhoneNumber::looksLikePhone(QStringLiteral("+1 206-555-0184")));
        QVERIFY(PhoneNumber::looksLikePhone(QStringLiteral("2065550184")));
        QVERIFY(PhoneNumber::looksLikePhone(QStringLiteral("(206) 555.0184")));
        QVERIFY(PhoneNumber::looksLikePhone(QStringLiteral("555 0184"))); // seven digits
        QVERIFY(!PhoneNumber::looksLikePhone(QStringLiteral("555-018"))); // six
        QVERIFY(!PhoneNumber::looksLikePhone(QStringLiteral("NW-0001234")));
        QVERIFY(!PhoneNumber::looksLikePhone(QStringLiteral("jane 2065550184")));
        QVERIFY(!PhoneNumber::looksLikePhone(QString()));
        QCOMPARE(PhoneNumber::digits(QStringLiteral("+1 206-555-0184")), QStringLiteral("12065550184"));
        QCOMPARE(PhoneNumber::digits(QStringLiteral("(206) 555.0184")), QStringLiteral("2065550184"));
    }

    void serverNameIsPerSettingsLocation()
    {
        const QString a = SingleInstance::serverName(QStringLiteral("/home/a/.config/Onbehalf/Onbehalf.conf"));
        const QString b = SingleInstance::serverName(QStringLiteral("/home/b/.config/Onbehalf/Onbehalf.conf"));
        QVERIFY(a != b);
        QCOMPARE(SingleInstance::serverName(QStringLiteral("/home/a/.config/Onbehalf/Onbehalf.conf")), a);
        QVERIFY(!a.contains(QLatin1Char('/')));
    }

    // The first claims the name; a second start with the same settings hands its request over
    // (from another thread: the blocking client must not stall the event loop that answers it).
    void secondStartForwards()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("Onbehalf.conf"));
        SingleInstance first(settings);
        QCOMPARE(first.claim(std::nullopt), SingleInstance::Role::Primary);
        // Only this user may connect.
        const QFileInfo socket(QDir::tempPath() + QLatin1Char('/') + first.serverName());
        QVERIFY(socket.exists());
        QCOMPARE(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());

        QSignalSpy asked(&first, &SingleInstance::activationRequested);
        auto forward = [&settings](const std::optional<ScreenPopRequest> &request) {
            std::future<SingleInstance::Role> role = std::async(
                std::launch::async, [&settings, request] { return SingleInstance(settings).claim(request, 5000); });
            (void)QTest::qWaitFor(
                [&role] { return role.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 10000);
            return role.get();
        };
        const ScreenPopRequest phone{ScreenPopRequest::Kind::Phone, QStringLiteral("+1 206-555-0184")};
        QCOMPARE(forward(phone), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<std::optional<ScreenPopRequest>>(), std::optional<ScreenPopRequest>(phone));
        QCOMPARE(forward(std::nullopt), SingleInstance::Role::Forwarded); // just to the front
        QTRY_COMPARE(asked.size(), 2);
        QVERIFY(!asked.at(1).at(0).value<std::optional<ScreenPopRequest>>());

        // Other settings (another HOME): a desk of its own.
        SingleInstance other(dir.filePath(QStringLiteral("other.conf")));
        QCOMPARE(other.claim(std::nullopt, 500), SingleInstance::Role::Primary);
    }

    // A desk that crashed leaves its socket file behind: the next start takes the name over.
    void staleSocketIsTakenOver()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("Onbehalf.conf"));
        const QString path = QDir::tempPath() + QLatin1Char('/') + SingleInstance::serverName(settings);
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // a file nobody listens on
        stale.close();
        SingleInstance next(settings);
        QCOMPARE(next.claim(std::nullopt, 500), SingleInstance::Role::Primary);
    }

    // Garbage on the socket is answered and ignored; nothing reaches the desk.
    void garbageIsIgnored()
    {
        QTemporaryDir dir;
        SingleInstance desk(dir.filePath(QStringLiteral("Onbehalf.conf")));
        QCOMPARE(desk.claim(std::nullopt), SingleInstance::Role::Primary);
        QSignalSpy asked(&desk, &SingleInstance::activationRequested);
        QLocalSocket socket;
        socket.connectToServer(desk.serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("find 1 %0A%0D\n");
        QTRY_VERIFY(socket.canReadLine());
        QCOMPARE(socket.readLine(), QByteArray("ok\n"));
        QTest::qWait(50);
        QCOMPARE(asked.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
