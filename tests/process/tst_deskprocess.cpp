#include "ChildProcess.h"
#include "DeskChild.h"
#include "DeskDriver.h"
#include "ProcessProbe.h"
#include "TestServer.h"
#include "XDisplay.h"
#include "core/api/BuyerShop.h"
#include "core/platform/DemoServer.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

namespace {

using Child = ChildProcess;

// The demo marketplace's database the desk run under `home` keeps (DemoServer::dataFolder()).
QString demoFolder(const QString &home)
{
    return home + QStringLiteral("/xdg_data_home/Onbehalf/Onbehalf/demo-marketplace");
}

// onbehalf-server on an existing database, for reading what the desk left there.
class ServerOn
{
public:
    bool start(const QString &database)
    {
        m_process.start(TestServer::serverBinary(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--database"), database, QStringLiteral("--seed"),
                                                     QStringLiteral("none"), QStringLiteral("--exit-with-stdin")});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains('\n') && clock.elapsed() < 30000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        const QByteArray prefix("listening on ");
        if (!out.startsWith(prefix))
            return false;
        m_url = QUrl(QString::fromUtf8(out.mid(prefix.size()).trimmed()));
        return true;
    }
    ~ServerOn()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QUrl url() const { return m_url; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace

// The desk process cleans up after itself: its embedded demo server never outlives it, a
// terminated desk ends the session it had open, and a server that dies is started again
// without losing the cart or placing an order twice.
class TestDeskProcess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeskController> m_desk;

    template <typename T>
    T *w(const char *name) const
    {
        return m_desk->mainWindow()->findChild<T *>(QString::fromLatin1(name));
    }

    // The session's orders that were placed (no longer unsubmitted), read as the supervisor.
    QStringList placedOrders(const QUrl &server, const QString &sessionId)
    {
        Http http(server);
        const json record = http.get(QStringLiteral("/v1/impersonationsessions/") + sessionId,
                                     http.login(QStringLiteral("supervisor01")))
                                .json();
        QStringList placed;
        if (record.contains("Orders") && record["Orders"].is_array()) {
            for (const auto &o : record["Orders"]) {
                if (o.value("Status", std::string()) != "Unsubmitted")
                    placed.append(QString::fromStdString(o.value("ID", std::string())));
            }
        }
        return placed;
    }

    void waitForRestart(DemoServer *demo)
    {
        QSignalSpy restarted(demo, &DemoServer::restarted);
        QVERIFY(restarted.wait(60000));
        QVERIFY(demo->isRunning());
        QVERIFY2(m_desk->mainWindow()->statusBar()->currentMessage().contains(
                     QStringLiteral("Reconnected to the demo marketplace")),
                 qPrintable(m_desk->mainWindow()->statusBar()->currentMessage()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(SessionJournal().path());
        QVERIFY2(QFileInfo(TestServer::serverBinary()).isExecutable(), "set ONBEHALF_SERVER_BIN");
    }

    void cleanup()
    {
        if (m_desk && m_desk->sessions()->isActive()) {
            QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
            m_desk->sessions()->end(wire::EndCause::AgentEnded);
            ended.wait(10000);
        }
        m_desk.reset();
    }

    // The portable part: the server ends, cleanly, when the pipe from its parent closes.
    void serverEndsWhenItsInputCloses()
    {
        QTemporaryDir dir;
        ServerOn server;
        QVERIFY(server.start(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("m.sqlite"))));
        QElapsedTimer clock;
        clock.start();
        server.process().closeWriteChannel();
        QVERIFY(server.process().waitForFinished(2000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        qInfo("server gone %lld ms after its input closed", clock.elapsed());
    }

    // Linux's part: a guarded child gets SIGTERM when its parent dies, even a child that never
    // reads its input.
    void guardedChildDiesWithItsParent()
    {
        QTemporaryDir home;
        Child guard(home.path());
        guard.startSelf({QStringLiteral("--guard-child"), QStringLiteral("/bin/sleep"), QStringLiteral("600")});
        const qint64 sleeper = guard.value(QStringLiteral("child-pid"), 20000).toLongLong();
        QVERIFY2(sleeper > 0, qPrintable(guard.failure()));
        QVERIFY(ProcessProbe::isAlive(sleeper));
        ::kill(pid_t(guard.pid()), SIGKILL);
        QVERIFY(ProcessProbe::waitGone(sleeper, 2000));
    }

    // The real desk binary, signed in to the demo marketplace (remembered from a first run), is
    // killed with -9: its server is gone within 2 s.
    void killedDeskTakesItsServerAlong()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("The remembered sign-in needs the keychain (run through scripts/test.sh).");
        QTemporaryDir home;
        {
            // A first run signs in and remembers it; SIGTERM then ends it and its server.
            Child first(home.path());
            first.startSelf({QStringLiteral("--desk-child"), QStringLiteral("signin")});
            const qint64 server = first.value(QStringLiteral("server-pid")).toLongLong();
            QVERIFY2(server > 0 && !first.value(QStringLiteral("ready")).isNull(), qPrintable(first.failure()));
            ::kill(pid_t(first.pid()), SIGTERM);
            QVERIFY(first.process().waitForFinished(15000));
            QCOMPARE(first.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(first.process().exitCode(), 0);
            QVERIFY(ProcessProbe::waitGone(server, 2000));
        }
        const QFileInfo folder(demoFolder(home.path()));
        QVERIFY(folder.isDir());
        QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                         QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());

        Child desk(home.path());
        desk.start(QStringLiteral(ONBEHALF_DESK_BIN), {QStringLiteral("--demo")});
        QVERIFY(desk.process().waitForStarted(10000));
        qint64 server = 0;
        const bool serving = QTest::qWaitFor(
            [&] {
                const QList<qint64> servers = ProcessProbe::children(desk.pid(), QStringLiteral("onbehalf-server"));
                server = servers.isEmpty() ? 0 : servers.first();
                return server > 0 && ProcessProbe::listeningPort(server) > 0;
            },
            60000);
        QVERIFY2(serving, qPrintable(QStringLiteral("the desk did not start its demo marketplace from the remembered "
                                                    "sign-in (server %1); desk stderr: %2")
                                         .arg(server)
                                         .arg(QString::fromUtf8(desk.process().readAllStandardError().right(2000)))));
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(desk.pid()), SIGKILL);
        QVERIFY2(ProcessProbe::waitGone(server, 2000), "the demo server outlived the killed desk by 2 s");
        qInfo("demo server gone %lld ms after kill -9 of the desk", clock.elapsed());
    }

    // SIGTERM/SIGHUP (SignedOut) or Ctrl+C (AgentEnded) during a session: the session is recorded
    // as ended with that cause before the desk exits, and the server is gone.
    void terminatedDeskEndsItsSession_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("cause");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SignedOut");
        QTest::newRow("SIGHUP") << int(SIGHUP) << QStringLiteral("SignedOut");
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << QStringLiteral("AgentEnded");
    }

    void terminatedDeskEndsItsSession()
    {
        QFETCH(int, signal);
        QFETCH(QString, cause);
        QTemporaryDir home;
        Child desk(home.path());
        desk.startSelf({QStringLiteral("--desk-child"), QStringLiteral("session")});
        const qint64 server = desk.value(QStringLiteral("server-pid")).toLongLong();
        const QString session = desk.value(QStringLiteral("session"));
        QVERIFY2(server > 0 && !session.isEmpty(), qPrintable(desk.failure()));
        QVERIFY(!desk.value(QStringLiteral("ready")).isNull());

        ::kill(pid_t(desk.pid()), signal);
        QVERIFY(desk.process().waitForFinished(15000));
        QCOMPARE(desk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.process().exitCode(), 0);
        QVERIFY(ProcessProbe::waitGone(server, 2000));

        ServerOn reader;
        QVERIFY(reader.start(QStringLiteral("sqlite:") + demoFolder(home.path()) + QStringLiteral("/market.sqlite")));
        Http http(reader.url());
        const Http::Response r = http.get(QStringLiteral("/v1/impersonationsessions/") + session,
                                          http.login(QStringLiteral("supervisor01")));
        QCOMPARE(r.status, 200);
        const json record = r.json();
        QCOMPARE(QString::fromStdString(record.value("EndCause", std::string())), cause);
        QVERIFY(record.contains("DateEnded") && !record["DateEnded"].is_null());
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // The buyer token left the keychain with the session.
            TokenStore keychain;
            auto found = std::make_shared<int>(-1);
            keychain.read(TokenStore::key(QStringLiteral("demo"), QStringLiteral("agent01"),
                                          TokenStore::Purpose::ImpersonationToken),
                          this, [found](bool f, const QString &) { *found = f ? 1 : 0; });
            QTRY_VERIFY_WITH_TIMEOUT(*found >= 0, 10000);
            QCOMPARE(*found, 0);
        }
    }

    // The same with the literal `onbehalf` binary, as an agent runs it: on a virtual X display,
    // signed in from the remembered sign-in (a first run left it in the keychain), the agent types
    // the search, opens the start dialog with Enter, types the reason (real key events, XTEST).
    // SIGTERM: the session is recorded as ended with SignedOut, and the server is gone.
    void literalDeskEndsItsSessionOnSigterm()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("The remembered sign-in needs the keychain (run through scripts/test.sh).");
        if (!XDisplay::available())
            QSKIP("Xvfb and xdotool are missing (scripts/deps.sh installs them).");
        QTemporaryDir home;
        {
            Child first(home.path());
            first.startSelf({QStringLiteral("--desk-child"), QStringLiteral("signin")});
            QVERIFY2(!first.value(QStringLiteral("ready")).isNull(), qPrintable(first.failure()));
            ::kill(pid_t(first.pid()), SIGTERM);
            QVERIFY(first.process().waitForFinished(15000));
        }
        XDisplay x;
        QVERIFY2(x.start(), qPrintable(x.errorString()));
        Child desk(home.path());
        desk.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        desk.setEnvironment(QStringLiteral("DISPLAY"), x.display());
        desk.start(QStringLiteral(ONBEHALF_DESK_BIN), {QStringLiteral("--demo")});
        QVERIFY(desk.process().waitForStarted(10000));
        const qulonglong main = x.waitForWindow(QStringLiteral("^Onbehalf"), 60000);
        QVERIFY2(main, qPrintable(QString::fromUtf8(desk.process().readAllStandardError().right(2000))));
        qint64 server = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (server = ProcessProbe::children(desk.pid(), QStringLiteral("onbehalf-server")).value(0)) > 0 &&
                ProcessProbe::listeningPort(server) > 0,
            30000);
        Http http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ProcessProbe::listeningPort(server))));
        const QByteArray supervisor = http.login(QStringLiteral("supervisor01"));
        auto active = [&] {
            const Http::Response r = http.get(QStringLiteral("/v1/impersonationsessions?Status=Active"), supervisor);
            return r.status == 200 && r.json()["Items"].size() == 1
                       ? QString::fromStdString(r.json()["Items"][0]["ID"].get<std::string>())
                       : QString();
        };
        QVERIFY(active().isEmpty());

        // The search answers in its own time: type, then Enter (first row) and Enter (open the
        // start dialog) until the dialog is up.
        qulonglong dialog = 0;
        for (int attempt = 0; attempt < 10 && !dialog; ++attempt) {
            QVERIFY(x.focus(main));
            QVERIFY(x.key(QStringLiteral("ctrl+f ctrl+a")));
            QVERIFY(x.type(QStringLiteral("jane doe")));
            dialog = x.waitForWindow(QStringLiteral("Start acting for a buyer"), 1500); // the results come
            if (!dialog) {
                QVERIFY(x.key(QStringLiteral("Return Return")));
                dialog = x.waitForWindow(QStringLiteral("Start acting for a buyer"), 3000);
            }
        }
        QVERIFY2(dialog, "the start dialog never opened");
        QVERIFY(x.focus(dialog));
        QVERIFY(x.type(QStringLiteral("Caller reorders gloves")));
        QVERIFY(x.key(QStringLiteral("Return")));
        QString session;
        QTRY_VERIFY_WITH_TIMEOUT(!(session = active()).isEmpty(), 20000);
        QVERIFY(x.waitForWindow(QStringLiteral("Jane Doe"), 10000)); // the title says who the agent acts for

        ::kill(pid_t(desk.pid()), SIGTERM);
        QVERIFY(desk.process().waitForFinished(15000));
        QCOMPARE(desk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.process().exitCode(), 0);
        QVERIFY(ProcessProbe::waitGone(server, 2000));
        ServerOn reader;
        QVERIFY(reader.start(QStringLiteral("sqlite:") + demoFolder(home.path()) + QStringLiteral("/market.sqlite")));
        Http after(reader.url());
        const Http::Response r = after.get(QStringLiteral("/v1/impersonationsessions/") + session,
                                           after.login(QStringLiteral("supervisor01")));
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromStdString(r.json().value("EndCause", std::string())), QStringLiteral("SignedOut"));
        QVERIFY(!r.json()["DateEnded"].is_null());
    }

    // A server that no longer answers must not keep a terminated desk alive: it ends within the
    // bounds (5 s for the session's end, 2 s to close, 3 s for the server), the server is gone,
    // and the journal still holds the session, so the next start offers to recover it.
    void terminatedDeskWithAStuckServerStillEnds()
    {
        QTemporaryDir home;
        Child desk(home.path());
        desk.startSelf({QStringLiteral("--desk-child"), QStringLiteral("session")});
        const qint64 server = desk.value(QStringLiteral("server-pid")).toLongLong();
        const QString session = desk.value(QStringLiteral("session"));
        QVERIFY2(server > 0 && !session.isEmpty(), qPrintable(desk.failure()));
        QVERIFY(!desk.value(QStringLiteral("ready")).isNull());

        ::kill(pid_t(server), SIGSTOP);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(desk.pid()), SIGTERM);
        QVERIFY(desk.process().waitForFinished(20000));
        QCOMPARE(desk.process().exitStatus(), QProcess::NormalExit);
        QVERIFY(ProcessProbe::waitGone(server, 2000));
        qInfo("desk and stuck server gone %lld ms after SIGTERM", clock.elapsed());

        const SessionJournal journal(home.path() +
                                     QStringLiteral("/xdg_data_home/Onbehalf/Onbehalf/session-journal.json"));
        bool open = false;
        for (const JournalEntry &e : journal.entries()) {
            if (e.ID == session)
                open = e.isOpen();
        }
        QVERIFY2(open, qPrintable(journal.path()));
    }

    // The embedded server dies twice while the agent submits: the desk starts it again, the
    // cart is kept, and each retried submit places exactly one order.
    void restartedServerPlacesEachOrderOnce()
    {
        m_desk = std::make_unique<DeskController>();
        DeskController::Options options;
        options.demo = true;
        m_desk->start(options);
        DeskDriver driver(*m_desk);
        QString error = driver.signInToDemo(QStringLiteral("agent01"), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_desk->mainWindow()->setConfirmer([](const QString &) { return true; });
        error = driver.startSession(QStringLiteral("jane doe"), QStringLiteral("Process test: server restarts"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString sessionId = m_desk->sessions()->session().ID;
        DemoServer *demo = m_desk->demoServer();
        ShopPanel *shop = m_desk->mainWindow()->shopPanel();
        auto *submit = w<QPushButton>("submitOrderButton");
        auto *cart = w<QTableWidget>("cartTable");

        // 1. The submit is in flight when the server dies: it never got there. The agent sees
        // the error, the cart is kept, and the retry places the order.
        error = driver.addProduct(QStringLiteral("GLV-NIT-M"), 12, 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString firstCart = shop->cartOrderId();
        const qint64 firstServer = demo->processId();
        ::kill(pid_t(firstServer), SIGSTOP);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::qWait(200); // the request leaves for a server that does not answer
        ::kill(pid_t(firstServer), SIGKILL);
        waitForRestart(demo);
        QVERIFY(demo->processId() != firstServer);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 20000);
        QCOMPARE(shop->cartOrderId(), firstCart);
        QCOMPARE(cart->rowCount(), 1);
        QSignalSpy submitted(shop, &ShopPanel::orderSubmitted);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(submitted.wait(20000));
        QCOMPARE(submitted.takeFirst().first().toString(), firstCart);
        QCOMPARE(placedOrders(demo->url(), sessionId), QStringList{firstCart});

        // 2. The submit got through but its answer was lost with the server: the retry reads the
        // order, reports it placed, and sends nothing again.
        error = driver.addProduct(QStringLiteral("SAN-GEL-500"), 3, 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString secondCart = shop->cartOrderId();
        QVERIFY(!secondCart.isEmpty() && secondCart != firstCart);
        BuyerShop behindTheDesk(m_desk->client());
        bool placed = false;
        behindTheDesk.submit(secondCart, this, [&placed](Result<wire::Order> r) { placed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(placed, 10000);
        ::kill(pid_t(demo->processId()), SIGKILL);
        waitForRestart(demo);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 20000);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(submitted.wait(20000));
        QCOMPARE(submitted.takeFirst().first().toString(), secondCart);
        QVERIFY(!w<QLabel>("shopErrorLabel")->isVisible());
        QVERIFY(w<QLabel>("confirmationLabel")->text().contains(secondCart));
        QStringList orders = placedOrders(demo->url(), sessionId);
        orders.sort();
        QStringList expected{firstCart, secondCart};
        expected.sort();
        QCOMPARE(orders, expected);
    }
};

int main(int argc, char *argv[])
{
    const int child = runChildMode(argc, argv);
    if (child >= 0)
        return child;
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestDeskProcess test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_deskprocess.moc"
