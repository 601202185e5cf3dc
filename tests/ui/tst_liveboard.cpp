#include "DeskSteps.h"
#include "SignedInDesk.h"
#include "board/CoSignModel.h"
#include "board/LiveBoardModel.h"
#include "board/LiveBoardWindow.h"
#include "core/net/MarketplaceClient.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// The supervisor's live board against the real server: the agent's session appears with who,
// for whom and its orders; the supervisor force-ends it from the board with a comment, and the
// agent's desk (a second window in this process) shows who ended it and why within 2 seconds,
// drops the buyer token and leaves the cart on the server for the next session.
class TestLiveBoard : public QObject, public DeskSteps
{
    Q_OBJECT

private:
    std::unique_ptr<MarketplaceClient> m_supervisor;

private slots:
    void initTestCase()
    {
        startSignedIn(QSize(1280, 860));
        if (QTest::currentTestFailed())
            return;
        m_supervisor = std::make_unique<MarketplaceClient>();
        m_supervisor->setBaseUrl(m_desk.server().url());
        m_supervisor->setClientId(QString::fromLatin1(Http::kDemoClientId));
        bool signedIn = false;
        m_supervisor->signIn(QStringLiteral("supervisor01"), QString::fromLatin1(Http::kDemoPassword), nullptr,
                             [&](Result<wire::AccessToken> r) { signedIn = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10000);
    }

    void boardIsForSupervisorsOnly()
    {
        // agent01 is no supervisor: the window learnt it from /me, so Ctrl+L stays hidden and does nothing.
        auto *action = window()->findChild<QAction *>(QStringLiteral("liveBoardAction"));
        QVERIFY(action);
        QTest::qWait(300); // the /me answer
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        window()->showLiveBoard();
        QVERIFY(!window()->liveBoard());
    }

    void supervisorOpensTheBoardWithCtrlL()
    {
        SignedInDesk supervisorDesk;
        SignedInDesk::Options options;
        options.username = QStringLiteral("supervisor01");
        QVERIFY2(supervisorDesk.start(options).isEmpty(), "the supervisor's desk did not start");
        MainWindow *desk = supervisorDesk.window();
        auto *action = desk->findChild<QAction *>(QStringLiteral("liveBoardAction"));
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() && action->isEnabled(), 10000);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QApplication::setActiveWindow(desk);
        QVERIFY(QTest::qWaitForWindowActive(desk));
        QTest::keyClick(desk, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(desk->liveBoard() && desk->liveBoard()->isVisible());
        QSignalSpy refreshed(desk->liveBoard(), &LiveBoardWindow::refreshed);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(desk->liveBoard()
                    ->findChild<QLabel *>(QStringLiteral("boardStatus"))
                    ->text()
                    .contains(QStringLiteral("active session")));
    }

    void orderOverTheLimitWaitsForCoSignThenGoesThrough()
    {
        Http http(m_desk.server().url());
        const QByteArray supervisorToken = http.login(QStringLiteral("supervisor01"));
        QCOMPARE(http.put(QStringLiteral("/v1/onbehalf/policy"), {{"SessionOrderLimit", 50}, {"Currency", "USD"}},
                          supervisorToken)
                     .status,
                 200);
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("nitrile"), QStringLiteral("GLV-NIT-L"), 5, 1); // 5 × 12.90 = 64.50
        const QString cartId = shop()->cartOrderId();

        // The agent submits: refused for now, and the desk says it waits for a supervisor.
        QSignalSpy awaited(shop(), &ShopPanel::coSignAwaited);
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(awaited.wait(10000));
        QCOMPARE(awaited.first().first().toString(), cartId);
        const QString waiting = w<QLabel>("shopErrorLabel")->text();
        QVERIFY2(waiting.startsWith(QStringLiteral("Waiting for a supervisor to co-sign (limit $50.00")),
                 qPrintable(waiting));

        // The supervisor approves it on the board with a comment.
        LiveBoardWindow board(m_supervisor.get());
        QAbstractItemModelTester coSignTester(board.coSignModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setPollInterval(250);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        CoSignModel *requests = board.coSignModel();
        QTRY_VERIFY_WITH_TIMEOUT(requests->rowCount() == 1, 10000);
        QCOMPARE(requests->index(0, CoSignModel::OrderColumn).data().toString(), cartId);
        QCOMPARE(requests->index(0, CoSignModel::AgentColumn).data().toString(), QStringLiteral("agent01"));
        QCOMPARE(requests->index(0, CoSignModel::OrderTotalColumn).data().toString(), QStringLiteral("$64.50"));
        auto *view = board.findChild<QTableView *>(QStringLiteral("boardCoSignView"));
        QApplication::setActiveWindow(&board);
        view->setFocus();
        view->setCurrentIndex(requests->index(0, 0));
        QTest::keyClicks(board.findChild<QLineEdit *>(QStringLiteral("coSignComment")),
                         QStringLiteral("Known customer, fine"));
        auto *approve = board.findChild<QPushButton *>(QStringLiteral("approveButton"));
        QTRY_VERIFY(approve->isEnabled());
        QSignalSpy finished(&board, &LiveBoardWindow::actionFinished);
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);

        // The agent's desk notices and submits the same order again: it goes through.
        QVERIFY(submitted.wait(10000));
        QCOMPARE(submitted.first().first().toString(), cartId);
        const json order = http.get(QStringLiteral("/v1/orders/Incoming/") + cartId, m_agentToken).json();
        QCOMPARE(QString::fromStdString(order.value("Status", "")), QStringLiteral("Open"));
        const json record =
            http.get(QStringLiteral("/v1/impersonationsessions/") + m_desk.sessions()->session().ID, m_agentToken)
                .json();
        QCOMPARE(QString::fromStdString(record["CoSignRequests"][0].value("Status", "")), QStringLiteral("Approved"));
        QCOMPARE(QString::fromStdString(record["CoSignRequests"][0].value("Comment", "")),
                 QStringLiteral("Known customer, fine"));
        QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 0, 5000);
        endSession();
        QCOMPARE(http.put(QStringLiteral("/v1/onbehalf/policy"), json::object(), supervisorToken).status, 200);
    }

    void supervisorForceEndIsSeenByTheAgentWithin2s()
    {
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("nitrile"), QStringLiteral("GLV-NIT-L"), 2, 1);
        const QString sessionId = m_desk.sessions()->session().ID;
        const QString cartId = shop()->cartOrderId();
        QVERIFY(!cartId.isEmpty());

        LiveBoardWindow board(m_supervisor.get());
        QAbstractItemModelTester sessionsTester(board.sessionsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coSignTester(board.coSignModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setPollInterval(250);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        LiveBoardModel *model = board.sessionsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(sessionId) >= 0, 10000);
        const int row = model->rowOf(sessionId);
        QCOMPARE(model->index(row, LiveBoardModel::AgentColumn).data().toString(), QStringLiteral("agent01"));
        QVERIFY(model->index(row, LiveBoardModel::ActingForColumn).data().toString().contains(QStringLiteral("Jane")));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, LiveBoardModel::OrdersColumn).data().toString(),
                                  QLocale().toString(1), 10000);
        QVERIFY(!model->index(row, LiveBoardModel::TotalColumn).data().toString().isEmpty());
        QVERIFY(!model->index(row, LiveBoardModel::IdleColumn).data().toString().isEmpty());

        // Keyboard: the row, then Force end… and a comment, Enter.
        auto *view = board.findChild<QTableView *>(QStringLiteral("boardSessionsView"));
        QApplication::setActiveWindow(&board);
        view->setFocus();
        view->setCurrentIndex(model->index(row, 0));
        auto *forceEnd = board.findChild<QPushButton *>(QStringLiteral("forceEndButton"));
        QTRY_VERIFY(forceEnd->isEnabled());
        QTest::mouseClick(forceEnd, Qt::LeftButton);
        QWidget *dialog = waitForDialog("forceEndDialog", 5000);
        QVERIFY(dialog);
        auto *comment = dialog->findChild<QPlainTextEdit *>(QStringLiteral("forceEndComment"));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("forceEndOk"))->isEnabled()); // a comment first
        const QString why = QStringLiteral("Order needs a second approval, call back tomorrow");
        QTest::keyClicks(comment, why);
        QSignalSpy finished(&board, &LiveBoardWindow::actionFinished);
        QSignalSpy ended(m_desk.sessions(), &SessionManager::ended);
        // From the supervisor's Enter to the agent's desk showing it: the request and the watch.
        QElapsedTimer sinceEnter;
        sinceEnter.start();
        QTest::keyClick(comment, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 5000);
        QVERIFY2(sinceEnter.elapsed() < 2000, qPrintable(QString::number(sinceEnter.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(ended.first().first().toString(), QStringLiteral("Revoked"));
        QCOMPARE(window()->statusBar()->currentMessage(),
                 QStringLiteral("Your supervisor supervisor01 ended this session: ") + why);
        QVERIFY(!m_desk.client()->hasBuyerToken());
        QVERIFY(!m_desk.sessions()->isActive());

        // The server names who and why; the cart is still the buyer's unsubmitted order.
        Http http(m_desk.server().url());
        const json record = http.get(QStringLiteral("/v1/impersonationsessions/") + sessionId, m_agentToken).json();
        QCOMPARE(QString::fromStdString(record.value("EndCause", "")), QStringLiteral("Revoked"));
        QCOMPARE(QString::fromStdString(record.value("EndedBy", "")), QStringLiteral("supervisor01"));
        QCOMPARE(QString::fromStdString(record.value("EndComment", "")), why);
        const json order = http.get(QStringLiteral("/v1/orders/Incoming/") + cartId, m_agentToken).json();
        QCOMPARE(QString::fromStdString(order.value("Status", "")), QStringLiteral("Unsubmitted"));

        // The board drops the ended session on its next poll.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(sessionId) < 0, 5000);
    }
};

QTEST_MAIN(TestLiveBoard)
#include "tst_liveboard.moc"
