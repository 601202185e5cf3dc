#include "DeskSteps.h"
#include "SignedInDesk.h"
#include "common/Announce.h"
#include "common/MessageBox.h"
#include "common/ReadAloud.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "desk/SessionBanner.h"
#include "shop/ShopPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

namespace {

// Accessibility events sent while a test step runs: (object, event type).
QList<QPair<QObject *, QAccessible::Event>> g_events;
bool announced(QObject *object)
{
    for (const auto &e : g_events) {
        if (e.first == object && (e.second == QAccessible::NameChanged || e.second == QAccessible::DescriptionChanged ||
                                  e.second == QAccessible::Alert || e.second == QAccessible::ValueChanged))
            return true;
    }
    return false;
}
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
    };
    const double la = lum(a.toRgb()), lb = lum(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

// The agent-facing defects of issue 12, each driven as an agent would (keys, clicks, menus,
// focus, tab switches) on the real window against the real server. After every cart step the
// cart on screen is compared with the order's line items on the server.
class TestDeskDefects : public QObject, protected DeskSteps
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startSignedIn(QSize(1440, 900));
        if (QTest::currentTestFailed())
            return;
        Announce::setObserver([](QObject *o, QAccessible::Event type) { g_events.append({o, type}); });
    }

    void init()
    {
        g_events.clear();
        MessageBox::clearNextAnswer();
        window()->setConfirmer([](const QString &) { return true; });
        QVERIFY(activate());
    }

    void cleanup()
    {
        MessageBox::clearNextAnswer();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String("startSessionDialog") && top->isVisible())
                top->close();
        }
        endSession();
    }

    void cleanupTestCase()
    {
        Announce::setObserver({});
        m_desk.closeWindow();
    }

    // 1. Lines only on an explicit action; a new session starts clean with the catalog search focused.
    void defect1_noLinesTheAgentDidNotAskFor()
    {
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("GLV-NIT-M"), QStringLiteral("GLV-NIT-M"), 12, 1);
        // Focus is in Quantity; open the menu bar with the mouse, then with Alt+F, close with Escape.
        auto *qty = w<QSpinBox>("quantitySpin");
        qty->setFocus();
        QVERIFY(qty->hasFocus());
        QMenuBar *bar = window()->menuBar();
        QMenu *fileMenu = window()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileMenu->menuAction()).center());
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_Escape);
        QTest::keyClick(bar, Qt::Key_Escape);
        expectNoCartChange();
        QVERIFY(activate());
        qty->setFocus();
        QVERIFY(qty->hasFocus());
        QTest::keyClick(window(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_Escape);
        QTest::keyClick(bar, Qt::Key_Escape);
        // Tab away from the quantity: focus loss adds nothing either.
        qty->setFocus();
        QTest::keyClick(qty, Qt::Key_Tab);
        expectNoCartChange();
        QCOMPARE(int(serverLines().size()), 1);
        QCOMPARE(serverLines()[0]["Quantity"].get<int>(), 12);

        // The next session: catalog search focused, quantity back to 1, no search text.
        endSession();
        QVERIFY(startSession());
        QTRY_VERIFY(w<QLineEdit>("productSearchEdit")->hasFocus());
        QCOMPARE(w<QLineEdit>("productSearchEdit")->text(), QString());
        QCOMPARE(w<QSpinBox>("quantitySpin")->value(), 1);
        QCOMPARE(w<QTableWidget>("cartTable")->rowCount(), 0);
        // Typing a product name and Enter searches; it adds nothing.
        QSignalSpy shown(shop(), &ShopPanel::catalogShown);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("gel"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        expectNoCartChange();
        QVERIFY(shop()->cartOrderId().isEmpty());
    }

    // 2. The price-break line and minimum follow the current product after a catalog search.
    void defect2_productFactsFollowTheSelection()
    {
        QVERIFY(startSession());
        auto *info = w<QLabel>("productInfoLabel");
        QVERIFY(chooseProduct(QStringLiteral("bandage"), QStringLiteral("BND-ELA")));
        QVERIFY2(info->text().contains(QStringLiteral("Elastic bandage")) &&
                     info->text().contains(QStringLiteral("10")),
                 qPrintable(info->text()));
        QVERIFY(chooseProduct(QStringLiteral("sanitiser gel 500"), QStringLiteral("SAN-GEL-500")));
        QVERIFY2(info->text().contains(QStringLiteral("Hand sanitiser gel 500 ml")) &&
                     info->text().contains(QStringLiteral("24+")) && !info->text().contains(QStringLiteral("Minimum")),
                 qPrintable(info->text()));
        // Nothing found: nothing described.
        auto *edit = w<QLineEdit>("productSearchEdit");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QSignalSpy shown(shop(), &ShopPanel::catalogShown);
        QTest::keyClicks(edit, QStringLiteral("no such product at all"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        QTRY_COMPARE(w<QTableWidget>("productsTable")->rowCount(), 0);
        QCOMPARE(info->text(), QString());
        QVERIFY(!info->isVisible());
    }

    // 3. A quantity under the minimum is explained inline and never changed silently.
    void defect3_quantityUnderMinimumIsExplained()
    {
        QVERIFY(startSession());
        QVERIFY(chooseProduct(QStringLiteral("bandage"), QStringLiteral("BND-ELA")));
        typeQuantity(QStringLiteral("5"));
        auto *qty = w<QSpinBox>("quantitySpin");
        auto *problem = w<QLabel>("quantityProblemLabel");
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Minimum 10 for this product"));
        QTest::keyClick(qty, Qt::Key_Return);
        QCOMPARE(qty->value(), 5);
        QCOMPARE(qty->text(), QStringLiteral("5"));
        QTest::mouseClick(w<QPushButton>("addToCartButton"), Qt::LeftButton);
        QCOMPARE(qty->value(), 5);
        expectNoCartChange();
        QVERIFY(shop()->cartOrderId().isEmpty());
        // The agent chooses 10: added as typed.
        typeQuantity(QStringLiteral("10"));
        QTRY_VERIFY(!problem->isVisible());
        QSignalSpy shown(shop(), &ShopPanel::cartShown);
        QTest::keyClick(qty, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(w<QTableWidget>("cartTable")->rowCount() == 1 && !shown.isEmpty(), 10000);
        compareCartWithServer();
        QCOMPARE(serverLines()[0]["Quantity"].get<int>(), 10);
    }

    // 4. Ctrl+F focuses the search of the visible tab.
    void defect4_ctrlFSearchesTheVisibleTab()
    {
        QVERIFY(startSession());
        auto *tabs = w<QTabWidget>("mainTabs");
        QCOMPARE(tabs->currentWidget(), shop());
        QTest::mouseClick(w<QWidget>("cartTable")->focusProxy() ? w<QWidget>("cartTable")->focusProxy()
                                                                : w<QWidget>("cartTable"),
                          Qt::LeftButton);
        const QString buyerSearch = w<QLineEdit>("searchEdit")->text();
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w<QLineEdit>("productSearchEdit")->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("gel"));
        QCOMPARE(w<QLineEdit>("productSearchEdit")->text(), QStringLiteral("gel"));
        QCOMPARE(w<QLineEdit>("searchEdit")->text(), buyerSearch);
        // On the first tab (switched with its Alt key), Ctrl+F is the buyer-user search.
        QTest::keyClick(window(), Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w<QLineEdit>("searchEdit")->hasFocus());
    }

    // 5. Sign-out, quit and end-session ask the same question, with line count and total.
    void defect5_leavingACartAlwaysAsks()
    {
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("SAN-GEL-500"), QStringLiteral("SAN-GEL-500"), 3, 1);
        QTRY_VERIFY(w<QLabel>("totalLabel")->text().contains(QStringLiteral("14.25")));
        window()->setConfirmer({}); // the real question, through the MessageBox seam
        MessageBox::setNextAnswer(QMessageBox::No);
        QSignalSpy signOut(window(), &MainWindow::signOutRequested);
        QSignalSpy quit(window(), &MainWindow::quitRequested);
        QMenu *fileMenu = window()->findChild<QMenu *>(QStringLiteral("fileMenu"));

        int asked = MessageBox::questionsAsked();
        QVERIFY(activate());
        QTest::keyClick(window(), Qt::Key_F, Qt::AltModifier); // File › Sign out
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_O);
        QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
        const QString question = MessageBox::lastQuestion();
        QVERIFY2(question.contains(QStringLiteral("1 line")) && question.contains(QStringLiteral("$14.25")),
                 qPrintable(question));
        QCOMPARE(signOut.count(), 0);

        asked = MessageBox::questionsAsked();
        QTest::keyClick(window(), Qt::Key_Q, Qt::ControlModifier); // Quit
        QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
        QCOMPARE(MessageBox::lastQuestion(), question);
        QCOMPARE(quit.count(), 0);

        asked = MessageBox::questionsAsked();
        QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // End session
        QTRY_COMPARE(MessageBox::questionsAsked(), asked + 1);
        QCOMPARE(MessageBox::lastQuestion(), question);
        QVERIFY(m_desk.sessions()->isActive());
        compareCartWithServer();

        // Yes: sign-out goes ahead.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(activate());
        QTest::keyClick(window(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_O);
        QTRY_COMPARE(signOut.count(), 1);
    }

    // 6. "Act for this user…" is disabled, with the reason beside it, for refused and inactive users.
    void defect6_actForIsDisabledWithTheReason()
    {
        auto *activeOnly = w<QCheckBox>("activeOnlyCheck");
        if (activeOnly->isChecked())
            QTest::mouseClick(activeOnly, Qt::LeftButton, {}, QPoint(5, activeOnly->height() / 2));
        QVERIFY(!activeOnly->isChecked());
        auto *button = w<QPushButton>("startSessionButton");
        auto *why = w<QLabel>("startRefusalLabel");
        QVERIFY(why);
        auto select = [this](const QString &search) {
            auto *edit = w<QLineEdit>("searchEdit");
            QTest::mouseClick(edit, Qt::LeftButton);
            edit->selectAll();
            QTest::keyClicks(edit, search);
            auto *view = w<QTableView>("resultsView");
            QVERIFY(
                QTest::qWaitFor([&] { return view->model()->rowCount() == 1 && m_desk.waitForResults(100); }, 10000));
            QTest::keyClick(edit, Qt::Key_Return);
        };
        select(QStringLiteral("NW-0007")); // inactive
        QTRY_VERIFY(why->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY2(why->text().contains(QStringLiteral("switched off")), qPrintable(why->text()));
        QTest::keyClick(w<QTableView>("resultsView"), Qt::Key_Return); // Enter does not open the dialog either
        QVERIFY(!visibleDialog("startSessionDialog"));

        select(QStringLiteral("FB-0001")); // the rules refuse Fabrikam
        QTRY_VERIFY_WITH_TIMEOUT(why->isVisible() && why->text().contains(QStringLiteral("Fabrikam")), 10000);
        QVERIFY(!button->isEnabled());
        QTest::keyClick(w<QTableView>("resultsView"), Qt::Key_Return);
        QVERIFY(!visibleDialog("startSessionDialog"));

        select(QStringLiteral("NW-0001")); // allowed
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(!why->isVisible());
    }

    // 7. The order number is selectable, copyable, grouped and spelled for reading aloud.
    void defect7_orderNumberCanBeReadOut()
    {
        QCOMPARE(ReadAloud::spelled(QStringLiteral("O0lI1")),
                 QStringLiteral("capital O, zero, lower-case l, capital I · one"));
        QCOMPARE(ReadAloud::grouped(QStringLiteral("oTLtFrf74kdU")), QStringLiteral("oTLt Frf7 4kdU"));
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("GAU-10"), QStringLiteral("GAU-10"), 2, 1);
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        const QString id = submitted.first().first().toString();
        auto *number = w<QLabel>("orderNumberLabel");
        QVERIFY(number && number->isVisible());
        QCOMPARE(number->text(), ReadAloud::orderNumber(id)); // grouped by four unless readable (OB-000123)
        QVERIFY(number->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(number->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(w<QLabel>("orderNumberSpelledLabel")->text().contains(ReadAloud::orderNumberSpelled(id)));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(w<QPushButton>("copyOrderNumberButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
        compareCartWithServer(); // the cart is empty again
    }

    // 8. Stale and misleading messages.
    void defect8_noStaleMessages()
    {
        // The empty reason says why Start is disabled.
        QWidget *dialog = openStartDialog(QStringLiteral("jane doe"));
        QVERIFY(dialog);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startSessionConfirmButton"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("reasonCountLabel"));
        QVERIFY(!start->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("reason")) && hint->text().contains(QStringLiteral("required")),
                 qPrintable(hint->text()));
        auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QSignalSpy catalog(shop(), &ShopPanel::catalogShown);
        QTest::keyClicks(reasonEdit, QStringLiteral("Stale messages"));
        QVERIFY(start->isEnabled());
        QTest::keyClick(reasonEdit, Qt::Key_Return);
        QTRY_VERIFY(m_desk.sessions()->isActive());
        QVERIFY(!catalog.isEmpty() || catalog.wait(10000));
        QVERIFY(activate());

        // The banner shows both ends: idle timeout and access until (QLocale time).
        SessionBanner *banner = window()->sessionBanner();
        const QString until =
            QLocale().toString(m_desk.sessions()->session().TokenExpires.toLocalTime().time(), QLocale::ShortFormat);
        QTRY_VERIFY(banner->text().contains(QStringLiteral("idle timeout in 15 min")) ||
                    banner->text().contains(QStringLiteral("idle timeout in 14 min")));
        QVERIFY2(banner->text().contains(QStringLiteral("access until ") + until), qPrintable(banner->text()));

        // The red error bar goes away after a later success.
        addWithEnter(QStringLiteral("GAU-10"), QStringLiteral("GAU-10"), 2, 1);
        auto *cart = w<QTableWidget>("cartTable");
        cart->setFocus();
        cart->setCurrentCell(0, 1);
        QTest::keyClick(cart, Qt::Key_0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *error = w<QLabel>("shopErrorLabel");
        QTRY_VERIFY(error->isVisible());
        addWithEnter(QStringLiteral("ALC-WIPE"), QStringLiteral("ALC-WIPE"), 1, 2);
        QTRY_VERIFY(!error->isVisible());

        // Comments are cleared after an order.
        auto *comments = w<QLineEdit>("commentsEdit");
        QTest::mouseClick(comments, Qt::LeftButton);
        QTest::keyClicks(comments, QStringLiteral("Leave at reception"));
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        QTRY_COMPARE(comments->text(), QString());

        // "The session has ended." does not stay into the next session.
        endSession();
        QCOMPARE(window()->statusBar()->currentMessage(), QStringLiteral("The session has ended."));
        QVERIFY(startSession());
        QVERIFY(!window()->statusBar()->currentMessage().contains(QStringLiteral("ended")));
        endSession();

        // Never "1 buyer user(s) found" next to "No buyer users match".
        auto *edit = w<QLineEdit>("searchEdit");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("NW-0001"));
        QTRY_VERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("found")));
        QTest::keyClicks(edit, QStringLiteral("zzz"));
        auto *state = w<QLabel>("resultsStateLabel");
        QTRY_VERIFY(state->isVisible() && state->text().startsWith(QStringLiteral("No buyer users match")));
        QVERIFY2(!window()->statusBar()->currentMessage().contains(QStringLiteral("found")),
                 qPrintable(window()->statusBar()->currentMessage()));
    }

    // 9. Layout at 1440x900 and 1024x700; the chosen row highlighted; user ID; recovery prompt.
    void defect9_layoutFitsAndShows()
    {
        QVERIFY(startSession());
        addWithEnter(QStringLiteral("GAU-10"), QStringLiteral("GAU-10"), 1, 1);
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        auto *orders = w<QTableWidget>("buyerOrdersTable");
        QTRY_VERIFY(orders->rowCount() > 0);
        auto fits = [](QAbstractItemView *view, QHeaderView *h, std::initializer_list<int> columns) {
            for (int c : columns) {
                const int right = h->sectionViewportPosition(c) + h->sectionSize(c);
                if (h->sectionViewportPosition(c) < 0 || right > view->viewport()->width() + 1) {
                    qWarning("column %d ends at %d of %d", c, right, view->viewport()->width());
                    return false;
                }
            }
            return true;
        };
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            window()->resize(size);
            QTRY_VERIFY(fits(orders, orders->horizontalHeader(), {1, 2, 3}));
        }
        endSession();

        auto *view = w<QTableView>("resultsView");
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            window()->resize(size);
            QWidget *dialog = openStartDialog(QStringLiteral("jane doe"));
            QVERIFY(dialog);
            // The row chosen with Enter is highlighted, also while the dialog has the focus.
            const QModelIndex current = view->currentIndex();
            QVERIFY(view->selectionModel()->isRowSelected(current.row(), {}));
            QCOMPARE(view->palette().color(QPalette::Inactive, QPalette::Highlight),
                     view->palette().color(QPalette::Active, QPalette::Highlight));
            dialog->close();
            QTRY_VERIFY(fits(view, view->horizontalHeader(), {3, 4})); // Buyer, Active
            QCOMPARE(w<QLabel>("userIdValue")->text(), QStringLiteral("NW-0001"));
            auto *recent = w<QTreeWidget>("recentOrdersList");
            QTRY_VERIFY(recent->topLevelItemCount() > 0);
            QTRY_VERIFY(fits(recent, recent->header(), {1, 2}));
        }

        // A session the desk lost is offered in a clear, high-contrast prompt.
        JournalEntry lost;
        lost.ID = QStringLiteral("local-layout-test");
        lost.marketplace = m_desk.server().url().toString();
        lost.AgentUsername = QStringLiteral("agent01");
        lost.UserFullName = QStringLiteral("Jane Doe");
        lost.Username = QStringLiteral("jane.doe");
        lost.BuyerName = QStringLiteral("Northwind Health");
        lost.DateStarted = QDateTime::currentDateTimeUtc().addSecs(-600);
        lost.TokenExpires = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_desk.journal()->upsert(lost));
        window()->offerRecovery();
        auto *prompt = w<QFrame>("recoveryBar");
        QTRY_VERIFY(prompt->isVisible());
        QVERIFY(prompt->autoFillBackground());
        QVERIFY(contrast(prompt->palette().color(QPalette::Window), prompt->palette().color(QPalette::WindowText)) >=
                7.0);
        QVERIFY(announced(w<QLabel>("recoveryLabel")));
        QVERIFY(
            m_desk.journal()->markEnded(lost.ID, wire::EndCause::Recovered, QDateTime::currentDateTimeUtc(), false));
        window()->offerRecovery();
        QVERIFY(!prompt->isVisible());
        window()->resize(1440, 900);
    }

    // 11. What the agent reads is exposed with its current text and announced when it changes.
    void defect11_messagesReachScreenReaders()
    {
        QVERIFY(startSession());
        auto *info = w<QLabel>("productInfoLabel");
        QVERIFY(chooseProduct(QStringLiteral("bandage"), QStringLiteral("BND-ELA")));
        QCOMPARE(accessibleName(info), info->text());
        QVERIFY(announced(info));
        typeQuantity(QStringLiteral("3"));
        auto *problem = w<QLabel>("quantityProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(accessibleName(problem), problem->text());
        QVERIFY(announced(problem));
        typeQuantity(QStringLiteral("10"));
        g_events.clear();
        addWithEnter(QStringLiteral("bandage"), QStringLiteral("BND-ELA"), 10, 1);
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        auto *confirmation = w<QLabel>("confirmationLabel");
        QVERIFY(confirmation->text().contains(submitted.first().first().toString()));
        QCOMPARE(accessibleName(confirmation), confirmation->text());
        QVERIFY(announced(confirmation));
        SessionBanner *banner = window()->sessionBanner();
        QAccessibleInterface *bannerIface = QAccessible::queryAccessibleInterface(banner);
        QCOMPARE(bannerIface->text(QAccessible::Description), banner->text());
        endSession();

        // The empty state of the buyer-user search.
        g_events.clear();
        auto *edit = w<QLineEdit>("searchEdit");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("no such user qqq"));
        auto *state = w<QLabel>("resultsStateLabel");
        QTRY_VERIFY(state->isVisible() && state->text().startsWith(QStringLiteral("No buyer users match")));
        QCOMPARE(accessibleName(state), state->text());
        QVERIFY(announced(state));
    }
    // 12. (Mnemonics: tst_mnemonics walks every window in English, German and Spanish.)
};

QTEST_MAIN(TestDeskDefects)
#include "tst_deskdefects.moc"
