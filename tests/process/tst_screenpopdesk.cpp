#include "ChildProcess.h"
#include "DeskChild.h"
#include "ProcessProbe.h"
#include "TestServer.h"
#include "core/api/PhoneNumber.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <csignal>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

namespace {

// The real desk with a home of its own, printing what each screen-pop showed.
class Child : public ChildProcess
{
public:
    explicit Child(const QString &home) : ChildProcess(home)
    {
        setEnvironment(QStringLiteral("ONBEHALF_SCREENPOP_PROBE"), QStringLiteral("1"));
    }
    void start(const QStringList &arguments) { ChildProcess::start(QStringLiteral(ONBEHALF_DESK_BIN), arguments); }
};

// "search=… active=1 rows=2 first=jdoe" as a map.
QMap<QString, QString> fields(const QString &line)
{
    QMap<QString, QString> out;
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        out.insert(part.left(eq), QUrl::fromPercentEncoding(part.mid(eq + 1).toUtf8()));
    }
    return out;
}

} // namespace

// Screen-pop with the literal `onbehalf` binary: a first start with --find searches once signed
// in; a second start (--find or an onbehalf: link) hands its search to the running desk, which
// shows it in front, and exits 0; a bad link is refused with a message, the desk untouched.
class TestScreenPopDesk : public QObject
{
    Q_OBJECT

    // The probe's report of the next screen-pop: the search as sent, and the rows it found.
    static QMap<QString, QString> nextPop(Child &desk)
    {
        const QString line = desk.take(QStringLiteral("screen-pop"));
        if (line.isNull())
            qWarning("no screen-pop report; desk stderr: %s", qPrintable(desk.stderrText()));
        return fields(line);
    }

    // A second start of the binary with `arguments`: its exit code (-1 if it hung).
    static int secondStart(const QString &home, const QStringList &arguments, QString *stderrText = nullptr)
    {
        Child second(home);
        second.start(arguments);
        if (!second.process().waitForFinished(20000))
            return -1;
        if (stderrText)
            *stderrText = QString::fromUtf8(second.process().readAllStandardError());
        return second.process().exitStatus() == QProcess::NormalExit ? second.process().exitCode() : -1;
    }

private slots:
    void findOnARunningDesk()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("The remembered sign-in needs the keychain (run through scripts/test.sh).");
        QTemporaryDir home;
        {
            // Signed in once with "remember me", so the binary signs in without the dialog.
            Child first(home.path());
            first.startSelf({QStringLiteral("--desk-child"), QStringLiteral("signin")});
            QVERIFY2(!first.take(QStringLiteral("ready")).isNull(), qPrintable(first.stderrText()));
            ::kill(pid_t(first.process().processId()), SIGTERM);
            QVERIFY(first.process().waitForFinished(15000));
        }

        // A first start with --find: the search is there once signed in.
        Child desk(home.path());
        desk.start({QStringLiteral("--demo"), QStringLiteral("--find"), QStringLiteral("jane doe")});
        QVERIFY(desk.process().waitForStarted(10000));
        QMap<QString, QString> pop = nextPop(desk);
        QCOMPARE(pop.value(QStringLiteral("search")), QStringLiteral("jane doe"));
        QCOMPARE(pop.value(QStringLiteral("rows")), QStringLiteral("1"));
        QCOMPARE(pop.value(QStringLiteral("active")), QStringLiteral("1"));
        const QString username = pop.value(QStringLiteral("first"));
        QVERIFY(!username.isEmpty() && username != QLatin1String("-"));

        // The caller's details as the marketplace has them.
        qint64 server = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (server = ProcessProbe::children(desk.process().processId(), QStringLiteral("onbehalf-server")).value(0)) >
                    0 &&
                ProcessProbe::listeningPort(server) > 0,
            30000);
        Http http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ProcessProbe::listeningPort(server))));
        const json users =
            http.get(QStringLiteral("/v1/buyerusers?search=") + username + QStringLiteral("&searchOn=Username"),
                     http.login(QStringLiteral("agent02")))
                .json();
        QCOMPARE(users["Items"].size(), size_t(1));
        const QString email = QString::fromStdString(users["Items"][0]["Email"].get<std::string>());

        // A second start with a link: it exits 0 at once, the running desk searches.
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?email=") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(email))}),
                 0);
        pop = nextPop(desk);
        QCOMPARE(pop.value(QStringLiteral("search")), email);
        QCOMPARE(pop.value(QStringLiteral("first")), username);
        QCOMPARE(pop.value(QStringLiteral("active")), QStringLiteral("1"));

        // The caller's number as a phone system passes it (digits with +), found in any formatting.
        const QString phone = QString::fromStdString(users["Items"][0]["Phone"].get<std::string>());
        const QString dialled = QLatin1Char('+') + PhoneNumber::digits(phone);
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?phone=") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(dialled))}),
                 0);
        pop = nextPop(desk);
        QCOMPARE(pop.value(QStringLiteral("search")), dialled);
        QVERIFY2(pop.value(QStringLiteral("rows")).toInt() >= 1, qPrintable(phone));

        // --find on the second start, and a link by username.
        QCOMPARE(secondStart(home.path(), {QStringLiteral("--find"), QStringLiteral("whitaker")}), 0);
        pop = nextPop(desk);
        QCOMPARE(pop.value(QStringLiteral("search")), QStringLiteral("whitaker"));
        QVERIFY(pop.value(QStringLiteral("rows")).toInt() >= 1);
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?username=") + username}), 0);
        QCOMPARE(nextPop(desk).value(QStringLiteral("first")), username);

        // A bad link: a clear message, exit code 2, and the running desk hears nothing of it.
        QString says;
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?fax=2065550184")}, &says), 2);
        QVERIFY2(says.contains(QLatin1String("fax")), qPrintable(says));
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?phone=abc")}, &says), 2);
        QVERIFY2(says.contains(QLatin1String("abc")), qPrintable(says));               // in the desk's language
        QCOMPARE(secondStart(home.path(), {QStringLiteral("onbehalf:find?q=ok")}), 0); // still listening
        QCOMPARE(nextPop(desk).value(QStringLiteral("search")), QStringLiteral("ok"));

        ::kill(pid_t(desk.process().processId()), SIGTERM);
        QVERIFY(desk.process().waitForFinished(15000));
        QCOMPARE(desk.process().exitCode(), 0);
    }
};

int main(int argc, char *argv[])
{
    const int child = runChildMode(argc, argv);
    if (child >= 0)
        return child;
    QApplication app(argc, argv);
    TestScreenPopDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenpopdesk.moc"
