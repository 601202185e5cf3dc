#include "RouteHidingProxy.h"
#include "TestServer.h"
#include "core/api/Discovery.h"
#include "core/platform/ScreenLockGuard.h"
#include "core/platform/Settings.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// Ends on screen lock: the real desk (DeskController, as main.cpp wires it) against the real
// server; the lock is the screen saver's ActiveChanged signal, sent on the test's private session
// bus (scripts/test.sh runs one), exactly as a desktop's screen saver sends it.
class TestScreenLock : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<DeskController> m_desk;
    QDateTime m_now = QDateTime::currentDateTimeUtc(); // the guard's clock in the pause tests

    MainWindow *window() const { return m_desk->mainWindow(); }

    bool signIn(const QString &username, const QUrl &marketplace = {})
    {
        m_desk = std::make_unique<DeskController>();
        m_desk->endSessionOnScreenLock();
        DeskController::Options o;
        o.marketplace = marketplace.isEmpty() ? m_server.url().toString() : marketplace.toString();
        o.clientId = QString::fromLatin1(Http::kDemoClientId);
        QSignalSpy shown(m_desk.get(), &DeskController::mainWindowShown);
        m_desk->start(o);
        if (shown.isEmpty()) {
            SignInDialog *d = m_desk->signInDialog();
            if (!d)
                return false;
            d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(username);
            auto *pass = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            pass->setText(QString::fromLatin1(Http::kDemoPassword));
            QTest::keyClick(pass, Qt::Key_Return);
            if (!shown.wait(20000))
                return false;
        }
        window()->setConfirmer([](const QString &) { return true; });
        return QTest::qWaitForWindowExposed(window());
    }

    // Finds the user, Enter to the results, Enter to the start dialog, the reason, Enter.
    bool startSession(const QString &search)
    {
        auto *edit = window()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *view = window()->findChild<QTableView *>(QStringLiteral("resultsView"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, search);
        if (!QTest::qWaitFor([view] { return view->model()->rowCount() == 1; }, 10000))
            return false;
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&dialog] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top->objectName() == QLatin1String("startSessionDialog") && top->isVisible())
                        dialog = top;
                }
                return dialog != nullptr;
            },
            5000);
        if (!dialog)
            return false;
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("Caller asks about an order"));
        QTest::keyClick(reason, Qt::Key_Return);
        return QTest::qWaitFor([this] { return m_desk->sessions()->isActive(); }, 15000);
    }

    // What a screen saver sends when it turns on or off (from a connection of its own).
    // (KDE sends it on /ScreenSaver, GNOME as org.gnome.ScreenSaver.)
    static bool screenSaver(bool active, const QString &path = QStringLiteral("/org/freedesktop/ScreenSaver"),
                            const QString &interface = QStringLiteral("org.freedesktop.ScreenSaver"))
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("screensaver"));
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
        signal << active;
        return bus.send(signal);
    }

    json serverRecord(const QString &id)
    {
        Http http(m_server.url());
        return http.get(QStringLiteral("/v1/impersonationsessions/") + id, http.login(QStringLiteral("supervisor01")))
            .json();
    }

    // The marketplace's policy, as a supervisor sets it (PUT replaces it: the rest stays default).
    bool putGrace(int minutes)
    {
        Http http(m_server.url());
        return http.put(QStringLiteral("/v1/onbehalf/policy"), json{{"ScreenLockGraceMinutes", minutes}},
                        http.login(QStringLiteral("supervisor01")))
                   .status == 200;
    }

    void useFakeClock()
    {
        m_desk->screenLock()->setClock([this] { return m_now; });
        m_desk->screenLock()->setCheckInterval(20);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No session bus to send the screen saver's signal on (run through scripts/test.sh).");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanup()
    {
        QVERIFY(putGrace(0));
        Settings().setValue(SettingKeys::ScreenLockGraceMinutes, 0);
        QVERIFY(screenSaver(false));
        QTest::qWait(50);
        m_desk.reset();
    }

    // The screen locks: the session ends at once, recorded by the server as ScreenLocked.
    void lockEndsTheSession()
    {
        QVERIFY(signIn(QStringLiteral("agent01")));
        QVERIFY(startSession(QStringLiteral("jane doe")));
        const QString id = m_desk->sessions()->session().ID;
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QVERIFY(screenSaver(true));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("ScreenLocked"));
        QVERIFY(!m_desk->sessions()->isActive());
        const json record = serverRecord(id);
        QCOMPARE(record["EndCause"].get<std::string>(), std::string("ScreenLocked"));
        QCOMPARE(record["EndedBy"].get<std::string>(), std::string("agent01"));
        QVERIFY(!record["DateEnded"].is_null());
    }

    // Pause (the policy's ScreenLockGraceMinutes, read from the server): unlocked within the grace
    // period, nothing happens, however long the clock runs on afterwards; locked again and still
    // locked after the grace period, the session ends.
    void pauseKeepsTheSessionUntilTheGraceRunsOut()
    {
        QVERIFY(putGrace(5));
        QVERIFY(signIn(QStringLiteral("agent02")));
        useFakeClock();
        QVERIFY(startSession(QStringLiteral("jane doe")));
        QTRY_COMPARE(m_desk->screenLock()->graceMinutes(), 5);
        const QString id = m_desk->sessions()->session().ID;
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);

        QVERIFY(screenSaver(true));
        QTRY_VERIFY(m_desk->screenLock()->isLocked());
        m_now = m_now.addSecs(4 * 60 + 59);
        QTest::qWait(200); // ten checks
        QVERIFY(ended.isEmpty());
        QVERIFY(m_desk->sessions()->isActive());
        QVERIFY(screenSaver(false));
        QTRY_VERIFY(!m_desk->screenLock()->isLocked());
        m_now = m_now.addSecs(60 * 60);
        QTest::qWait(200);
        QVERIFY(ended.isEmpty());
        QCOMPARE(serverRecord(id)["DateEnded"].is_null(), true);

        QVERIFY(screenSaver(true));
        QTRY_VERIFY(m_desk->screenLock()->isLocked());
        QTest::qWait(100);
        QVERIFY(ended.isEmpty()); // the grace starts at this lock, not the first one
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("ScreenLocked"));
        QCOMPARE(serverRecord(id)["EndCause"].get<std::string>(), std::string("ScreenLocked"));
    }

    // Locked with no session open: nothing to end, and a session started after unlocking is
    // left alone.
    void lockWithoutSessionDoesNothing()
    {
        QVERIFY(signIn(QStringLiteral("agent03")));
        QVERIFY(screenSaver(true));
        QTRY_VERIFY(m_desk->screenLock()->isLocked());
        QVERIFY(screenSaver(false));
        QTRY_VERIFY(!m_desk->screenLock()->isLocked());
        QVERIFY(startSession(QStringLiteral("jane doe")));
        QTest::qWait(200);
        QVERIFY(m_desk->sessions()->isActive());
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QVERIFY(screenSaver(true, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("ScreenLocked"));
        QVERIFY(screenSaver(false, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")));
    }

    // Without the sessions extension (plain OrderCloud): the local preference is the grace period,
    // and the desk's own journal records the end.
    void lockEndsAJournalSession()
    {
        RouteHidingProxy plain(m_server.url(), "/v1/impersonationsessions");
        QVERIFY(putGrace(30)); // not this marketplace's policy: it has none
        Settings().setValue(SettingKeys::ScreenLockGraceMinutes, 2);
        QVERIFY(signIn(QStringLiteral("agent01"), plain.url()));
        useFakeClock();
        QVERIFY(startSession(QStringLiteral("jane doe")));
        QCOMPARE(m_desk->sessions()->discovery()->sessionsExtension(), Discovery::Extension::Absent);
        QCOMPARE(m_desk->screenLock()->graceMinutes(), 2);
        const QString id = m_desk->sessions()->session().ID;
        QVERIFY(m_desk->journal()->find(id));
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QVERIFY(screenSaver(true, QStringLiteral("/ScreenSaver")));
        QTRY_VERIFY(m_desk->screenLock()->isLocked());
        QTest::qWait(100);
        QVERIFY(ended.isEmpty());
        m_now = m_now.addSecs(2 * 60);
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("ScreenLocked"));
        QVERIFY(screenSaver(false, QStringLiteral("/ScreenSaver")));
        const std::optional<JournalEntry> entry = m_desk->journal()->find(id);
        QVERIFY(entry);
        QVERIFY(entry->EndCause == wire::EndCause::ScreenLocked);
        QVERIFY(entry->DateEnded.has_value());
    }
};

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
