// The whole desk, as an agent uses it, against a marketplace shaped like real OrderCloud (Locale
// objects, money with many decimals, no sessions extension, a storefront client named in the
// ImpersonationConfig): sign in through the dialog, set the marketplace up in "Marketplace
// settings…", find the caller, act for them, shop, submit, end — and the buyer's own tokens are
// never revoked. Driven with keys and clicks on the real windows (issue 13's acceptance).

#include "FakeMarketplace.h"
#include "common/MessageBox.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <cmath>
#include <memory>

using namespace onbehalf;
using onbehalf::test::FakeMarketplace;

class TestRealMarketplace : public QObject
{
    Q_OBJECT

private:
    FakeMarketplace m_fake;
    std::unique_ptr<DeskController> m_desk;

    static QWidget *visibleTopLevel(const char *name)
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String(name) && top->isVisible())
                return top;
        }
        return nullptr;
    }

    template <typename T>
    static T *in(QWidget *parent, const char *name)
    {
        T *found = parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    MainWindow *window() const { return m_desk->mainWindow(); }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // Buyer-token calls after the token was dropped, and any DELETE /v1/me/tokens with it.
    void expectTheBuyerUnharmed(const QByteArray &buyerToken, size_t callsWhenEnded)
    {
        for (const FakeMarketplace::Call &call : m_fake.calls()) {
            QVERIFY2(!(call.method == "DELETE" && call.path.startsWith(QStringLiteral("/v1/me/tokens")) &&
                       m_fake.isBuyerToken(call.bearer)),
                     "DELETE /v1/me/tokens with a buyer token revokes the real buyer's own sign-ins");
        }
        for (size_t i = callsWhenEnded; i < m_fake.calls().size(); ++i) {
            const FakeMarketplace::Call &call = m_fake.calls()[i];
            QVERIFY2(call.bearer != buyerToken,
                     qPrintable(QStringLiteral("the buyer token was used after the session ended: %1 %2")
                                    .arg(QString::fromLatin1(call.method), call.path)));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fake.start());
    }

    void cleanupTestCase()
    {
        MessageBox::clearNextAnswer();
        m_desk.reset();
    }

    void signInActShopSubmitAndEnd()
    {
        m_desk = std::make_unique<DeskController>();
        DeskController::Options options;
        options.marketplace = m_fake.url().toString();
        options.clientId = QString::fromLatin1(FakeMarketplace::kClientId);
        m_desk->start(options);
        SignInDialog *signIn = m_desk->signInDialog();
        QVERIFY(signIn);
        QVERIFY(QTest::qWaitForWindowExposed(signIn));

        // Marketplace settings…: the storefront client the ImpersonationConfig names, its roles.
        QTest::mouseClick(in<QPushButton>(signIn, "marketplaceSettingsButton"), Qt::LeftButton);
        QWidget *settings = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (settings = visibleTopLevel("marketplaceSettingsDialog")) != nullptr; },
                                5000));
        typeInto(in<QLineEdit>(settings, "impersonationClientEdit"),
                 QString::fromLatin1(FakeMarketplace::kStorefrontClientId));
        typeInto(in<QLineEdit>(settings, "rolesEdit"), QStringLiteral("Shopper, MeAdmin"));
        typeInto(in<QLineEdit>(settings, "customRolesEdit"), QStringLiteral("CallCenterOrder"));
        QTest::keyClick(in<QLineEdit>(settings, "customRolesEdit"), Qt::Key_Return);
        QTRY_VERIFY(!settings->isVisible());

        // Sign in as a person does: username, password, Enter.
        QSignalSpy shown(m_desk.get(), &DeskController::mainWindowShown);
        typeInto(in<QLineEdit>(signIn, "usernameEdit"), QString::fromLatin1(FakeMarketplace::kAgent));
        typeInto(in<QLineEdit>(signIn, "passwordEdit"), QString::fromLatin1(FakeMarketplace::kPassword));
        QTest::keyClick(in<QLineEdit>(signIn, "passwordEdit"), Qt::Key_Return);
        QVERIFY(shown.wait(20000));
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        // No sessions extension here: the desk says where the audit record is kept.
        QTRY_COMPARE_WITH_TIMEOUT(in<QLabel>(window(), "auditLabel")->text(), QStringLiteral("Audit: this computer"),
                                  10000);

        // Find the caller (a user whose Locale is an object) and act for them.
        auto *search = in<QLineEdit>(window(), "searchEdit");
        auto *results = in<QTableView>(window(), "resultsView");
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("jane doe"));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 10000);
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(results, Qt::Key_Return);
        QWidget *start = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (start = visibleTopLevel("startSessionDialog")) != nullptr; }, 5000));
        auto *reason = in<QPlainTextEdit>(start, "reasonEdit");
        QTest::keyClicks(reason, QStringLiteral("Caller reorders widgets"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->sessions()->isActive(), 15000);
        QCOMPARE(m_fake.buyerTokens().size(), 1);
        const QByteArray buyerToken = m_fake.buyerTokens().front();
        const auto asked = m_fake.callsTo("POST", QStringLiteral("/v1/buyers/ACME/users/acme-jane/accesstoken"));
        QCOMPARE(asked.size(), size_t(1));
        QVERIFY(asked.front().json()["ClientID"] == FakeMarketplace::kStorefrontClientId);
        QVERIFY(asked.front().json()["CustomRoles"] == nlohmann::json({"CallCenterOrder"}));
        QVERIFY(in<QWidget>(window(), "sessionBanner")->isVisible());

        // Shop a product priced with six decimals: 3 × 12.345678 shows as 37.04 (two currency digits).
        window()->activateWindow();
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        auto *productSearch = in<QLineEdit>(window(), "productSearchEdit");
        auto *products = in<QTableWidget>(window(), "productsTable");
        QTest::mouseClick(productSearch, Qt::LeftButton);
        QTest::keyClicks(productSearch, QStringLiteral("widget"));
        QTest::keyClick(productSearch, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(products->rowCount() >= 1 && products->currentRow() >= 0 &&
                                     products->item(products->currentRow(), 1)->text() == QStringLiteral("WIDGET"),
                                 10000);
        QTest::keyClick(products, Qt::Key_Return);
        auto *quantity = in<QSpinBox>(window(), "quantitySpin");
        QTRY_VERIFY(quantity->hasFocus());
        QTest::keyClick(quantity, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(quantity, QStringLiteral("3"));
        QTest::keyClick(quantity, Qt::Key_Return);
        auto *cart = in<QTableWidget>(window(), "cartTable");
        QTRY_COMPARE_WITH_TIMEOUT(cart->rowCount(), 1, 10000);
        QVERIFY(m_fake.orders().size() == 1);
        const QString orderId = QString::fromStdString(m_fake.orders().front()["ID"].get<std::string>());
        QCOMPARE(m_fake.lineItems(orderId).size(), size_t(1));
        QCOMPARE(m_fake.lineItems(orderId).front()["Quantity"].get<int>(), 3);
        // The totals come with the order, read after the lines: subtotal 37.037034, and the total
        // with the marketplace's many-decimal tax and shipping, both shown with the currency's digits.
        auto *subtotal = in<QLabel>(window(), "subtotalLabel");
        QTRY_VERIFY_WITH_TIMEOUT(subtotal->text().contains(QLocale().toString(37.04, 'f', 2)), 10000);
        const double serverTotal = m_fake.orders().front()["Total"].get<double>();
        QVERIFY(serverTotal > 37.04);
        QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(window(), "totalLabel")
                                     ->text()
                                     .contains(QLocale().toString(std::round(serverTotal * 100) / 100, 'f', 2)),
                                 10000);

        // Submit: the answer (an Order with a Locale object in FromUser) is understood, once.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy recentShown(window()->shopPanel(), &ShopPanel::recentOrdersShown);
        QTest::mouseClick(in<QPushButton>(window(), "submitOrderButton"), Qt::LeftButton);
        auto *confirmation = in<QLabel>(window(), "confirmationLabel");
        QTRY_VERIFY_WITH_TIMEOUT(confirmation->isVisible() && confirmation->text().contains(QStringLiteral("placed")),
                                 10000);
        QCOMPARE(m_fake.orders().front()["Status"].get<std::string>(), std::string("Open"));
        QCOMPARE(
            m_fake.callsTo("POST", QStringLiteral("/v1/orders/Outgoing/") + orderId + QStringLiteral("/submit")).size(),
            size_t(1));

        // The submit's follow-up (the caller's recent orders) has been answered: every buyer-token
        // call from here on would be one made after the end.
        QTRY_VERIFY_WITH_TIMEOUT(!recentShown.isEmpty(), 10000);

        // End with the keyboard: the token is dropped here, the buyer's own sign-ins stay.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000); // without the extension it ends at once
        QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("AgentEnded"));
        const size_t callsWhenEnded = m_fake.calls().size();
        QTRY_VERIFY(!in<QWidget>(window(), "sessionBanner")->isVisible());
        // The desk keeps working for the next caller, without the buyer's token.
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("li"));
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.calls().size() > callsWhenEnded, 10000);
        expectTheBuyerUnharmed(buyerToken, callsWhenEnded);
    }
};

QTEST_MAIN(TestRealMarketplace)
#include "tst_realmarketplace.moc"
