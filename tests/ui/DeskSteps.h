#pragma once

#include "SignedInDesk.h"
#include "TestServer.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <nlohmann/json.hpp>

namespace onbehalf::test {

// The steps the desk GUI tests take as an agent would, on a SignedInDesk against the real server:
// find a user and open the start dialog with Enter, start and end a session, choose a product and
// add it with Enter, and compare the cart on screen with the order's line items on the server.
// A test class derives from it (QTest macros inside report to the running test).
class DeskSteps
{
protected:
    SignedInDesk m_desk;
    QByteArray m_agentToken; // for reading the server's side; set by the test

    MainWindow *window() const { return m_desk.window(); }
    template <typename T>
    T *w(const char *name) const
    {
        T *found = m_desk.w<T>(name);
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    ShopPanel *shop() const { return window()->shopPanel(); }

    QWidget *visibleDialog(const char *name) const
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String(name) && top->isVisible())
                return top;
        }
        return nullptr;
    }

    // The dialog `name` once it shows (nullptr after timeoutMs).
    QWidget *waitForDialog(const char *name, int timeoutMs = 10000) const
    {
        QWidget *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = visibleDialog(name)) != nullptr; }, timeoutMs);
        return dialog;
    }

    // How a desk suite begins: the sandbox's settings cleared, the desk started and signed in,
    // agent01's token for reading the server's side, the window sized and active.
    void startSignedIn(const QSize &size)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(m_desk.start().isEmpty(), "the desk did not start");
        m_agentToken = Http(m_desk.server().url()).login(QStringLiteral("agent01"));
        QVERIFY(!m_agentToken.isEmpty());
        window()->resize(size);
        QApplication::setActiveWindow(window());
    }

    // Types into the buyer-user search, Enter, Enter on the row: the start dialog.
    QWidget *openStartDialog(const QString &search)
    {
        m_desk.w<QTabWidget>("mainTabs")->setCurrentIndex(0);
        auto *edit = w<QLineEdit>("searchEdit");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, search);
        auto *view = w<QTableView>("resultsView");
        // The search names one user: wait until the rows are that answer, not the previous one.
        if (!QTest::qWaitFor([&] { return view->model()->rowCount() == 1 && m_desk.waitForResults(100); }, 10000))
            return nullptr;
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Return);
        return waitForDialog("startSessionDialog", 5000);
    }

    bool startSession(const QString &search = QStringLiteral("jane doe"),
                      const QString &reason = QStringLiteral("Caller reorders supplies"))
    {
        QSignalSpy catalog(shop(), &ShopPanel::catalogShown);
        QWidget *dialog = openStartDialog(search);
        if (!dialog)
            return false;
        auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reasonEdit, reason);
        QTest::keyClick(reasonEdit, Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return m_desk.sessions()->isActive(); }, 15000) ||
            (catalog.isEmpty() && !catalog.wait(15000)))
            return false;
        return activate();
    }

    void endSession()
    {
        if (!m_desk.sessions()->isActive())
            return;
        window()->setConfirmer([](const QString &) { return true; });
        QSignalSpy ended(m_desk.sessions(), &SessionManager::ended);
        QTest::mouseClick(w<QPushButton>("endSessionButton"), Qt::LeftButton);
        QVERIFY(ended.wait(10000));
    }

    // Types a catalog search, Enter, waits for the products, Enter on the first row: the quantity.
    bool chooseProduct(const QString &search, const QString &productId)
    {
        auto *edit = w<QLineEdit>("productSearchEdit");
        auto *products = w<QTableWidget>("productsTable");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QSignalSpy shown(shop(), &ShopPanel::catalogShown);
        QTest::keyClicks(edit, search);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!QTest::qWaitFor(
                [&] {
                    return products->rowCount() > 0 && products->currentRow() >= 0 &&
                           products->item(products->currentRow(), 1)->text() == productId && !shown.isEmpty();
                },
                10000)) {
            qWarning("products: %d, current %d", products->rowCount(), products->currentRow());
            return false;
        }
        QTest::keyClick(products, Qt::Key_Return);
        if (!w<QSpinBox>("quantitySpin")->hasFocus())
            qWarning("focus is on %s",
                     QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "nothing");
        return w<QSpinBox>("quantitySpin")->hasFocus();
    }

    void typeQuantity(const QString &text)
    {
        auto *qty = w<QSpinBox>("quantitySpin");
        qty->setFocus();
        QTest::keyClick(qty, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(qty, text);
    }

    // Keyboard focus needs the window active (the start dialog had it).
    bool activate()
    {
        window()->activateWindow();
        QApplication::setActiveWindow(window());
        return QTest::qWaitForWindowActive(window());
    }

    nlohmann::json serverLines()
    {
        const QString id = shop()->cartOrderId();
        if (id.isEmpty())
            return nlohmann::json::array();
        Http http(m_desk.server().url());
        const auto r =
            http.get(QStringLiteral("/v1/orders/Incoming/") + id + QStringLiteral("/lineitems"), m_agentToken);
        return r.status == 200 ? r.json()["Items"] : nlohmann::json();
    }

    // The cart on screen equals the order's line items on the server (product and quantity).
    void compareCartWithServer()
    {
        auto *cart = w<QTableWidget>("cartTable");
        const nlohmann::json lines = serverLines();
        QVERIFY2(lines.is_array(), "the server did not answer with the line items");
        QCOMPARE(cart->rowCount(), int(lines.size()));
        for (int row = 0; row < cart->rowCount(); ++row) {
            const nlohmann::json &l = lines[size_t(row)];
            QCOMPARE(cart->item(row, 0)->text(), QString::fromStdString(l["Product"]["Name"].get<std::string>()));
            QCOMPARE(cart->item(row, 1)->text(), QLocale().toString(l["Quantity"].get<int>()));
        }
    }

    // Adds with Enter in Quantity and waits until the cart has `rows` lines again from the server.
    void addWithEnter(const QString &search, const QString &productId, int quantity, int rows)
    {
        QVERIFY(chooseProduct(search, productId));
        typeQuantity(QString::number(quantity));
        QSignalSpy shown(shop(), &ShopPanel::cartShown);
        QTest::keyClick(w<QSpinBox>("quantitySpin"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(w<QTableWidget>("cartTable")->rowCount() == rows && !shown.isEmpty(), 10000);
        compareCartWithServer();
    }

    // Nothing reaches the cart for a while (the negative checks); then the cart is compared.
    void expectNoCartChange()
    {
        QSignalSpy shown(shop(), &ShopPanel::cartShown);
        QVERIFY(!shown.wait(700));
        compareCartWithServer();
    }
};

} // namespace onbehalf::test
