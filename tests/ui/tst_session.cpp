#include "KeychainProbe.h"
#include "TestServer.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "desk/SessionBanner.h"
#include "dialogs/SignInDialog.h"
#include "history/SessionHistoryWindow.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// Acting for a buyer end to end: the real desk, the real server, the real keychain.
class TestSession : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<DeskController> m_desk;

    MainWindow *window() const { return m_desk->mainWindow(); }
    template <typename T>
    T *w(const char *name) const
    {
        T *found = window()->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    // Signs in through the dialog as an agent would.
    bool signIn(const QString &username = QStringLiteral("agent01"))
    {
        m_desk = std::make_unique<DeskController>();
        DeskController::Options o;
        o.marketplace = m_server.url().toString();
        o.clientId = QString::fromLatin1(Http::kDemoClientId);
        QSignalSpy shown(m_desk.get(), &DeskController::mainWindowShown);
        m_desk->start(o);
        if (shown.isEmpty()) {
            SignInDialog *d = m_desk->signInDialog();
            if (!d)
                return false;
            auto *user = d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
            auto *pass = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            user->setText(username);
            pass->setText(QString::fromLatin1(Http::kDemoPassword));
            QTest::keyClick(pass, Qt::Key_Return);
            if (!shown.wait(20000))
                return false;
        }
        window()->setConfirmer([](const QString &) { return true; });
        return QTest::qWaitForWindowExposed(window());
    }

    // Finds a user, opens the start dialog with Enter, types the reason, presses Enter.
    QWidget *startSessionFor(const QString &search, const QString &reason)
    {
        auto *edit = w<QLineEdit>("searchEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, search);
        QTest::qWait(250);
        auto *view = w<QTableView>("resultsView");
        if (!QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 10000))
            return nullptr;
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
            return nullptr;
        auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reasonEdit, reason);
        QTest::keyClick(reasonEdit, Qt::Key_Return);
        return dialog;
    }

    void addProduct(const QString &productId, int quantity)
    {
        auto *products = w<QTableWidget>("productsTable");
        QTRY_VERIFY(products->rowCount() > 0);
        for (int row = 0; row < products->rowCount(); ++row) {
            if (products->item(row, 1)->text() == productId)
                products->setCurrentCell(row, 0);
        }
        QCOMPARE(products->item(products->currentRow(), 1)->text(), productId);
        auto *qty = w<QSpinBox>("quantitySpin");
        qty->setValue(quantity);
        QTest::mouseClick(w<QPushButton>("addToCartButton"), Qt::LeftButton);
    }

    json serverSession(const QString &id)
    {
        Http http(m_server.url());
        return http.get(QStringLiteral("/v1/impersonationsessions/") + id, http.login(QStringLiteral("supervisor01")))
            .json();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(SessionJournal().path());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
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

    void actForABuyerAndPlaceAnOrder()
    {
        QVERIFY(signIn());
        QSignalSpy catalog(window()->shopPanel(), &ShopPanel::catalogShown);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(startSessionFor(QStringLiteral("jane doe"), QStringLiteral("Caller reorders gloves and gel")));
        QVERIFY(catalog.wait(10000));
        qInfo("Start → banner and first catalog page: %lld ms (includes typing the reason)", clock.elapsed());

        SessionManager *sessions = m_desk->sessions();
        QVERIFY(sessions->isActive());
        SessionBanner *banner = window()->sessionBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("Acting for Jane Doe (jane.doe) · Northwind Health — since ")),
            qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("idle timeout in ")) &&
                     banner->text().contains(QStringLiteral("access until ")),
                 qPrintable(banner->text()));
        QVERIFY(
            window()->windowTitle().startsWith(QStringLiteral("Acting for Jane Doe (jane.doe) · Northwind Health")));
        const QString sessionId = sessions->session().ID;
        const QString tokenKey = TokenStore::key(m_server.url().toString(), QStringLiteral("agent01"),
                                                 TokenStore::Purpose::ImpersonationToken);
        const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        QString buyerToken;
        if (keychain) {
            QTRY_VERIFY_WITH_TIMEOUT(!keychainSecret(tokenKey).isEmpty(), 10000);
            buyerToken = keychainSecret(tokenKey);
            QCOMPARE(QString::fromStdString(jwtClaims(buyerToken.toUtf8())["obs"].get<std::string>()), sessionId);
        }

        addProduct(QStringLiteral("GLV-NIT-M"), 12); // 12 × 11.50 (price break at 10)
        QTRY_COMPARE(w<QTableWidget>("cartTable")->rowCount(), 1);
        addProduct(QStringLiteral("SAN-GEL-500"), 3); // 3 × 4.75
        QTRY_COMPARE(w<QTableWidget>("cartTable")->rowCount(), 2);
        QTRY_VERIFY(w<QLabel>("totalLabel")->text().contains(QStringLiteral("152.25")));

        QSignalSpy submitted(window()->shopPanel(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        const QString orderId = submitted.first().first().toString();
        const QString confirmation = w<QLabel>("confirmationLabel")->text();
        QVERIFY2(confirmation.contains(orderId) && confirmation.contains(QStringLiteral("152.25")),
                 qPrintable(confirmation));

        QSignalSpy ended(sessions, &SessionManager::ended);
        QTest::mouseClick(w<QPushButton>("endSessionButton"), Qt::LeftButton);
        QVERIFY(ended.wait(10000));
        QVERIFY(!banner->isVisible());
        QVERIFY(!window()->windowTitle().startsWith(QStringLiteral("Acting for")));

        const json record = serverSession(sessionId);
        QCOMPARE(record["Reason"].get<std::string>(), std::string("Caller reorders gloves and gel"));
        QCOMPARE(record["EndCause"].get<std::string>(), std::string("AgentEnded"));
        bool found = false;
        for (const auto &o : record["Orders"]) {
            if (QString::fromStdString(o["ID"].get<std::string>()) == orderId) {
                found = true;
                QCOMPARE(o["Status"].get<std::string>(), std::string("Open"));
            }
        }
        QVERIFY(found);
        if (keychain) {
            QTRY_VERIFY_WITH_TIMEOUT(keychainSecret(tokenKey).isEmpty(), 10000);
            // No token string on disk: settings, journal, caches.
            for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppLocalDataLocation,
                                  QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
                QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    QFile f(it.next());
                    if (f.open(QIODevice::ReadOnly))
                        QVERIFY2(!f.readAll().contains(buyerToken.toUtf8()), qPrintable(f.fileName()));
                }
            }
        }
        // The buyer token died with the session.
        if (!buyerToken.isEmpty())
            QCOMPARE(Http(m_server.url()).get(QStringLiteral("/v1/me"), buyerToken.toUtf8()).status, 401);
    }

    void ctrlHOpensSessionHistory()
    {
        QVERIFY(signIn());
        QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
        SessionHistoryWindow *history = nullptr;
        QTRY_VERIFY([&history] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *h = qobject_cast<SessionHistoryWindow *>(top); h && h->isVisible())
                    history = h;
            }
            return history != nullptr;
        }());
        history->close();
    }

    void refusedForFabrikamBeforeTheReason()
    {
        // The rules refuse Fabrikam: the desk says so before the agent types a reason.
        QVERIFY(signIn());
        auto *edit = w<QLineEdit>("searchEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("FB-0001"));
        auto *view = w<QTableView>("resultsView");
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *why = w<QLabel>("startRefusalLabel");
        QTRY_VERIFY_WITH_TIMEOUT(why->isVisible(), 10000);
        QCOMPARE(why->text(), QStringLiteral("No impersonation rule lets you act for Fabrikam Hotels users."));
        QVERIFY(!w<QPushButton>("startSessionButton")->isEnabled());
        QTest::keyClick(view, Qt::Key_Return);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!(top->objectName() == QLatin1String("startSessionDialog") && top->isVisible()));
        QVERIFY(!m_desk->sessions()->isActive());
    }

    void inactivityEndsTheSession()
    {
        QVERIFY(signIn());
        m_desk->sessions()->setInactivityLimit(3);
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QVERIFY(startSessionFor(QStringLiteral("jane doe"), QStringLiteral("Idle test")));
        QTRY_VERIFY(m_desk->sessions()->isActive());
        const QString id = m_desk->sessions()->session().ID;
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("Inactivity"));
        QCOMPARE(serverSession(id)["EndCause"].get<std::string>(), std::string("Inactivity"));
    }

    void serverDownMidCheckoutKeepsTheCart()
    {
        QVERIFY(signIn());
        QVERIFY(startSessionFor(QStringLiteral("jane doe"), QStringLiteral("Outage test")));
        QTRY_VERIFY(m_desk->sessions()->isActive());
        addProduct(QStringLiteral("GAU-10"), 2);
        QTRY_COMPARE(w<QTableWidget>("cartTable")->rowCount(), 1);
        QVERIFY(m_server.stop());
        addProduct(QStringLiteral("MSK-SURG"), 1);
        auto *error = w<QLabel>("shopErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(QStringLiteral("cannot be reached")), qPrintable(error->text()));
        QCOMPARE(w<QTableWidget>("cartTable")->rowCount(), 1); // nothing lost
        QVERIFY(m_desk->sessions()->isActive());

        QVERIFY(m_server.restart(TestServer::Options{}));
        addProduct(QStringLiteral("MSK-SURG"), 1); // retry works
        QTRY_COMPARE_WITH_TIMEOUT(w<QTableWidget>("cartTable")->rowCount(), 2, 10000);

        // A double click on Submit submits once.
        QSignalSpy submitted(window()->shopPanel(), &ShopPanel::orderSubmitted);
        auto *submit = w<QPushButton>("submitOrderButton");
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        QTest::qWait(500);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!w<QLabel>("shopErrorLabel")->isVisible());
    }

    void crashRecoveryResumesWithTheCart()
    {
        QVERIFY(signIn());
        QVERIFY(startSessionFor(QStringLiteral("jane doe"), QStringLiteral("Crash test")));
        QTRY_VERIFY(m_desk->sessions()->isActive());
        const QString id = m_desk->sessions()->session().ID;
        addProduct(QStringLiteral("THM-DIG"), 2);
        QTRY_COMPARE(w<QTableWidget>("cartTable")->rowCount(), 1);
        const QString cart = window()->shopPanel()->cartOrderId();
        QTRY_COMPARE(m_desk->journal()->find(id)->cartOrderId, cart);

        // The app dies: nothing ends the session (no destructor of ours runs end()).
        m_desk.release()->deleteLater();
        QTest::qWait(100);

        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Resuming needs the impersonation token from the keychain (run through scripts/test.sh)");
        QVERIFY(signIn());
        auto *resume = w<QPushButton>("resumeSessionButton");
        QVERIFY(resume && resume->isVisible());
        QVERIFY(w<QLabel>("recoveryLabel")->text().contains(QStringLiteral("Jane Doe")));
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->sessions()->isActive(), 10000);
        QCOMPARE(m_desk->sessions()->session().ID, id);
        QTRY_COMPARE(window()->shopPanel()->cartOrderId(), cart);
        QTRY_COMPARE(w<QTableWidget>("cartTable")->rowCount(), 1); // the cart is still there

        // Die again, and this time end it from the recovery bar.
        m_desk.release()->deleteLater();
        QTest::qWait(100);
        QVERIFY(signIn());
        QTest::mouseClick(w<QPushButton>("endRecoveredButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverSession(id)["EndCause"].get<std::string>(), std::string("Recovered"), 10000);
    }

    void expiryIsWarnedThenEnds()
    {
        TestServer shortLived;
        TestServer::Options o;
        o.accessTokenLifetime = 4;
        QVERIFY2(shortLived.start(o), qPrintable(shortLived.errorString()));
        m_desk = std::make_unique<DeskController>();
        DeskController::Options options;
        options.marketplace = shortLived.url().toString();
        options.clientId = QString::fromLatin1(Http::kDemoClientId);
        QSignalSpy shown(m_desk.get(), &DeskController::mainWindowShown);
        m_desk->start(options);
        auto *d = m_desk->signInDialog();
        d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("agent02"));
        auto *pass = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        pass->setText(QString::fromLatin1(Http::kDemoPassword));
        QTest::keyClick(pass, Qt::Key_Return);
        QVERIFY(shown.wait(20000));
        QSignalSpy warned(m_desk->sessions(), &SessionManager::expiryWarning);
        QSignalSpy ended(m_desk->sessions(), &SessionManager::ended);
        QVERIFY(startSessionFor(QStringLiteral("jane doe"), QStringLiteral("Expiry test")));
        QTRY_VERIFY(m_desk->sessions()->isActive());
        const QString id = m_desk->sessions()->session().ID;
        QVERIFY(warned.wait(5000));
        QVERIFY(w<QPushButton>("renewSessionButton")->isVisible());
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("Expired"));
        Http http(shortLived.url());
        const json record =
            http.get(QStringLiteral("/v1/impersonationsessions/") + id, http.login(QStringLiteral("supervisor01")))
                .json();
        QCOMPARE(record["EndCause"].get<std::string>(), std::string("Expired"));
        m_desk.reset();
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
