#include "DeskDriver.h"

#include "TestServer.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace onbehalf::test {

QString DeskDriver::signInToDemo(const QString &username, bool remember)
{
    QSignalSpy shown(&m_desk, &DeskController::mainWindowShown);
    if (m_desk.mainWindow() && m_desk.mainWindow()->isVisible())
        return {};
    SignInDialog *dialog = m_desk.signInDialog();
    if (!dialog)
        return QStringLiteral("no sign-in dialog");
    if (!dialog->isDemoSelected())
        return QStringLiteral("the demo marketplace is not selected");
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *rememberCheck = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    if (!user || !pass || !rememberCheck)
        return QStringLiteral("sign-in dialog without its fields");
    user->setText(username);
    rememberCheck->setChecked(remember);
    pass->setFocus();
    QTest::keyClicks(pass, QString::fromLatin1(Http::kDemoPassword));
    QTest::keyClick(pass, Qt::Key_Return);
    if (!shown.wait(60000)) { // includes starting and seeding the demo marketplace
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        return QStringLiteral("not signed in: ") + (error ? error->text() : QString());
    }
    return QTest::qWaitForWindowExposed(m_desk.mainWindow()) ? QString() : QStringLiteral("window not exposed");
}

QString DeskDriver::startSession(const QString &search, const QString &reason)
{
    MainWindow *window = m_desk.mainWindow();
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *view = window->findChild<QTableView *>(QStringLiteral("resultsView"));
    if (!edit || !view)
        return QStringLiteral("no search field or results");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, search);
    if (!QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 15000))
        return QStringLiteral("no buyer user found for ") + search;
    QTest::keyClick(edit, Qt::Key_Return); // to the results
    QTest::keyClick(view, Qt::Key_Return); // act for this user
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
        return QStringLiteral("no start-session dialog");
    auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    if (!reasonEdit)
        return QStringLiteral("no reason field");
    QTest::keyClicks(reasonEdit, reason);
    QTest::keyClick(reasonEdit, Qt::Key_Return);
    SessionManager *sessions = m_desk.sessions();
    return QTest::qWaitFor([sessions] { return sessions->isActive(); }, 15000) ? QString()
                                                                               : QStringLiteral("session not started");
}

QString DeskDriver::addProduct(const QString &productId, int quantity, int lines)
{
    MainWindow *window = m_desk.mainWindow();
    auto *products = window->findChild<QTableWidget *>(QStringLiteral("productsTable"));
    auto *qty = window->findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addToCartButton"));
    auto *cart = window->findChild<QTableWidget *>(QStringLiteral("cartTable"));
    if (!products || !qty || !add || !cart)
        return QStringLiteral("shop widgets missing");
    if (!QTest::qWaitFor([products] { return products->rowCount() > 0; }, 15000))
        return QStringLiteral("empty catalog");
    int found = -1;
    for (int row = 0; row < products->rowCount(); ++row) {
        if (products->item(row, 1) && products->item(row, 1)->text() == productId)
            found = row;
    }
    if (found < 0)
        return QStringLiteral("no product ") + productId;
    products->setCurrentCell(found, 0);
    qty->setValue(quantity);
    QTest::mouseClick(add, Qt::LeftButton);
    return QTest::qWaitFor([cart, lines] { return cart->rowCount() == lines; }, 15000)
               ? QString()
               : QStringLiteral("cart has %1 lines, not %2").arg(cart->rowCount()).arg(lines);
}

} // namespace onbehalf::test
