#include "DeskSteps.h"
#include "SignedInDesk.h"
#include "common/ReadAloud.h"
#include "core/api/ApprovalsApi.h"
#include "core/api/IncrementorsApi.h"
#include "core/api/SessionNotesApi.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/session/SessionManager.h"
#include "shop/Money.h"
#include "shop/ShopPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// Issue 16, the desk: the caller's storefront cart offered first, shipping and totals before
// submit on a marketplace whose checkout prices them, the honest outcome (placed, waiting for
// approval, declined) and readable order numbers — driven with keys and clicks on the real window
// against the real server; what the window shows is compared with what the server holds.
class TestB2bDesk : public QObject, protected DeskSteps
{
    Q_OBJECT

    static constexpr int kWait = 15000;
    QString m_approvedId;
    QString m_declinedId;

    QString marketplaceKey() { return m_desk.server().url().toString(); }

    json serverOrder(const QString &id)
    {
        Http http(m_desk.server().url());
        const auto r = http.get(QStringLiteral("/v1/orders/Incoming/") + id, m_agentToken);
        return r.status == 200 ? r.json() : json();
    }

    // Keyboard only: Down/Up in the ship-to combo until it shows the address.
    bool chooseAddress(const QString &addressId)
    {
        auto *combo = w<QComboBox>("addressCombo");
        const int target = combo->findData(addressId);
        if (target < 0)
            return false;
        combo->setFocus();
        for (int i = 0; i < combo->count() && combo->currentIndex() != target; ++i)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        return combo->currentData().toString() == addressId;
    }

    // The buyer's recent orders table: the status shown for an order.
    QString recentStatus(const QString &orderId) const
    {
        auto *table = m_desk.w<QTableWidget>("buyerOrdersTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->text() == orderId)
                return table->item(row, 1)->text();
        }
        return QString();
    }

    // The session's call record as the marketplace keeps it (the sessions extension).
    QStringList sessionNotes()
    {
        QStringList texts;
        bool done = false;
        SessionNotesApi(m_desk.client())
            .list(m_desk.sessions()->session().ID, this, [&](Result<wire::ListPage<wire::CallNote>> r) {
                for (const wire::CallNote &n : r.value.items) {
                    if (n.Kind == QLatin1String("Note"))
                        texts << n.Text;
                }
                done = true;
            });
        (void)QTest::qWaitFor([&] { return done; }, kWait);
        return texts;
    }

    // The approver signs in with the password grant, as a buyer user, and decides.
    bool decide(const QString &orderId, bool approve, const QString &comment)
    {
        MarketplaceClient approver;
        approver.setBaseUrl(m_desk.server().url());
        approver.setClientId(QString::fromLatin1(Http::kDemoClientId));
        bool signedIn = false, done = false;
        approver.signIn(QStringLiteral("maria.gonzalez"), QString::fromLatin1(Http::kDemoPassword), this,
                        [&](Result<wire::AccessToken> r) {
                            signedIn = r.ok();
                            done = true;
                        });
        if (!QTest::qWaitFor([&] { return done; }, kWait) || !signedIn)
            return false;
        wire::OrderApprovalInfo info;
        info.Comments = comment;
        QString status;
        done = false;
        auto answer = [&](Result<wire::Order> r) {
            status = r.ok() ? r.value.Status : r.error.message();
            done = true;
        };
        if (approve)
            ApprovalsApi(&approver).approve(orderId, info, this, answer);
        else
            ApprovalsApi(&approver).decline(orderId, info, this, answer);
        if (!QTest::qWaitFor([&] { return done; }, kWait))
            return false;
        return status == (approve ? QLatin1String("Open") : QLatin1String("Declined"));
    }

    // Sam Rivera's order over 500.00 (10 × 45.00 + 3 × 24.00 = 522.00) shipped to Washington,
    // Express chosen with the keyboard; the totals on screen are the server's, then submitted.
    QString submitContosoOrderWithExpress()
    {
        addWithEnter(QStringLiteral("SCI-KIT"), QStringLiteral("SCI-KIT"), 10, 1);
        addWithEnter(QStringLiteral("PPR-A4"), QStringLiteral("PPR-A4"), 3, 2);
        const QString id = shop()->cartOrderId();
        auto *submit = w<QPushButton>("submitOrderButton");
        // The cheapest method is pre-selected (Standard, free above 250.00). The methods are shown
        // anew with every answer: look them up each time.
        auto method = [this](const char *name) { return m_desk.w<QRadioButton>(name); };
        auto checked = [&](const char *name) { return method(name) && method(name)->isChecked(); };
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(checked("shipMethod_Standard") && submit->isEnabled(), kWait);
            QVERIFY(method("shipMethod_Express") && method("shipMethod_Express")->isVisible());
            const QString standardName = method("shipMethod_Standard")->accessibleName();
            const QString expressName = method("shipMethod_Express")->accessibleName();
            QVERIFY2(standardName.contains(QStringLiteral("free")), qPrintable(standardName));
            QVERIFY2(expressName.contains(QStringLiteral("$24.95")) && expressName.contains(QStringLiteral("2 days")),
                     qPrintable(expressName));
            // Alt+G reaches the shipping methods; Down chooses Express.
            QTest::keyClick(window(), Qt::Key_G, Qt::AltModifier);
            QTRY_VERIFY(method("shipMethod_Standard")->hasFocus());
            QTest::keyClick(method("shipMethod_Standard"), Qt::Key_Down);
            QTRY_VERIFY2_WITH_TIMEOUT(
                checked("shipMethod_Express") && submit->isEnabled() &&
                    w<QLabel>("totalLabel")->text() == QStringLiteral("$599.67"),
                qPrintable(QStringLiteral("express %1, submit %2, total %3, focus %4, error %5")
                               .arg(checked("shipMethod_Express"))
                               .arg(submit->isEnabled())
                               .arg(w<QLabel>("totalLabel")->text(),
                                    QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
                                    w<QLabel>("shopErrorLabel")->text())),
                kWait);
            // The keyboard focus stays on the chosen method.
            QVERIFY(method("shipMethod_Express")->hasFocus());
        }();
        if (QTest::currentTestFailed())
            return QString();
        // The read-back equals the order as the server calculated it.
        const json order = serverOrder(id);
        [&] {
            QVERIFY2(order.is_object(), "the server did not answer with the order");
            const auto o = order.get<wire::Order>();
            QCOMPARE(o.Total.toString(), QStringLiteral("599.67")); // 522.00 + 24.95 + 10.1 % of 522.00
            QCOMPARE(w<QLabel>("subtotalLabel")->text(), formatMoney(o.Subtotal, o.Currency));
            QCOMPARE(w<QLabel>("shippingCostLabel")->text(), formatMoney(o.ShippingCost, o.Currency));
            QCOMPARE(w<QLabel>("taxLabel")->text(), formatMoney(o.TaxCost, o.Currency));
            QCOMPARE(w<QLabel>("totalLabel")->text(), formatMoney(o.Total, o.Currency));
            QVERIFY(w<QLabel>("shippingCostLabel")->isVisible() && w<QLabel>("taxLabel")->isVisible());
        }();
        if (QTest::currentTestFailed())
            return QString();
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::keyClick(window(), Qt::Key_B, Qt::AltModifier); // Su&bmit order
        if (!submitted.wait(kWait)) {
            qWarning("not submitted: %s (submit enabled: %d)", qPrintable(w<QLabel>("shopErrorLabel")->text()),
                     int(submit->isEnabled()));
            return QString();
        }
        return submitted.first().first().toString();
    }

private slots:
    void initTestCase() { startSignedIn(QSize(1440, 900)); }

    void init()
    {
        window()->setConfirmer([](const QString &) { return true; });
        QVERIFY(activate());
    }

    void cleanup() { endSession(); }

    void cleanupTestCase() { m_desk.closeWindow(); }

    // The counter the desk numbers orders with, and the IDs it builds (unit and API).
    void orderNumbersFromTheIncrementor()
    {
        QCOMPARE(IncrementorsApi::orderIdTemplate(QStringLiteral("OB"), QStringLiteral("orderIncrementor")),
                 QStringLiteral("OB-{orderIncrementor}"));
        QCOMPARE(IncrementorsApi::orderIdTemplate(QString(), QStringLiteral("orderIncrementor")),
                 QStringLiteral("{orderIncrementor}"));
        QVERIFY(IncrementorsApi::orderIdTemplate(QStringLiteral("OB"), QString()).isEmpty());
        QVERIFY(ReadAloud::isReadableNumber(QStringLiteral("OB-000123")));
        QVERIFY(!ReadAloud::isReadableNumber(QStringLiteral("oTLtFrf74kdU")));
        QCOMPARE(ReadAloud::orderNumber(QStringLiteral("OB-000123")), QStringLiteral("OB-000123"));
        QCOMPARE(ReadAloud::orderNumber(QStringLiteral("oTLtFrf74kdU")), QStringLiteral("oTLt Frf7 4kdU"));
        QCOMPARE(ReadAloud::orderNumberSpelled(QStringLiteral("OB-0123")),
                 QStringLiteral("capital O, capital B · dash · zero, one, two, three"));
        QVERIFY(MarketplaceSettings::isValidOrderNumberPrefix(QStringLiteral("OB")));
        QVERIFY(!MarketplaceSettings::isValidOrderNumberPrefix(QStringLiteral("O B")));
        QVERIFY(!MarketplaceSettings::isValidIncrementorId(QStringLiteral("{x}")));

        bool done = false;
        Result<wire::Incrementor> found, missing;
        IncrementorsApi(m_desk.client()).incrementor(QStringLiteral("orderIncrementor"), this, [&](auto r) {
            found = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QVERIFY2(found.ok(), qPrintable(found.error.message()));
        QCOMPARE(found.value.LeftPaddingCount, 6);
        done = false;
        IncrementorsApi(m_desk.client()).incrementor(QStringLiteral("noSuchCounter"), this, [&](auto r) {
            missing = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(missing.error.status(), 404);
    }

    // jane.doe's storefront cart is offered with its lines and continued; nothing extra for a
    // marketplace part that needs no ship method (NORTHWIND).
    void callersCartOfferedAndContinued()
    {
        QVERIFY(startSession(QStringLiteral("jane doe")));
        auto *bar = w<QWidget>("existingCartBar");
        auto *lines = w<QListWidget>("existingCartLines");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && lines->count() > 0, kWait);
        Http http(m_desk.server().url());
        const json serverLines =
            http.get(QStringLiteral("/v1/orders/Incoming/SF-NW-0001-CART/lineitems"), m_agentToken).json()["Items"];
        QCOMPARE(lines->count(), int(serverLines.size()));
        QCOMPARE(lines->count(), 2);
        for (int i = 0; i < lines->count(); ++i)
            QVERIFY(lines->item(i)->text().contains(
                QString::fromStdString(serverLines[size_t(i)]["Product"]["Name"].get<std::string>())));
        QVERIFY(w<QLabel>("existingCartLabel")->text().contains(QStringLiteral("SF-NW-0001-CART")));
        QVERIFY(w<QTableWidget>("cartTable")->rowCount() == 0); // never merged silently

        QSignalSpy shown(shop(), &ShopPanel::cartShown);
        QTest::keyClick(window(), Qt::Key_C, Qt::AltModifier); // &Continue the caller's cart
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && w<QTableWidget>("cartTable")->rowCount() == 2, kWait);
        QCOMPARE(shop()->cartOrderId(), QStringLiteral("SF-NW-0001-CART"));
        compareCartWithServer();
        QVERIFY(!bar->isVisible());
        // The choice is in the session's call record (a Note) and on the order.
        QVERIFY(m_desk.sessions()->session().serverRecorded);
        QTRY_VERIFY_WITH_TIMEOUT(
            sessionNotes().contains(QStringLiteral("Continued the caller's cart SF-NW-0001-CART.")), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            serverOrder(QStringLiteral("SF-NW-0001-CART"))["xp"]["CallerCart"]["Choice"] == "Continued", kWait);
        // NORTHWIND: no ship methods, no shipping or tax rows.
        QTest::qWait(300);
        QVERIFY(!w<QWidget>("shippingOptions")->isVisible());
        QVERIFY(!w<QLabel>("shippingCostLabel")->isVisible());
        QVERIFY(w<QPushButton>("submitOrderButton")->isEnabled());
    }

    // CONTOSO over 500.00 with Express: the totals shown equal the server's, the confirmation says
    // it waits for Contoso's approvers, the approver approves, the recent orders show it approved.
    void overTheLimitWaitsForApprovalThenApproved()
    {
        QVERIFY(startSession(QStringLiteral("sam rivera"), QStringLiteral("Caller orders lab supplies")));
        QVERIFY(chooseAddress(QStringLiteral("CS-0001-WA")));
        const QString id = submitContosoOrderWithExpress();
        QVERIFY(!id.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^OB-[0-9]{6}$")).match(id).hasMatch(), qPrintable(id));
        auto *confirmation = w<QLabel>("confirmationLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            confirmation->text().startsWith(
                QStringLiteral("Submitted — waiting for approval by Approvers of Contoso Schools. Order %1").arg(id)),
            kWait);
        QCOMPARE(w<QLabel>("orderNumberLabel")->text(), id);
        QVERIFY(serverOrder(id)["Status"] == "AwaitingApproval");
        QTRY_COMPARE_WITH_TIMEOUT(recentStatus(id), QStringLiteral("Awaiting approval by Approvers"), kWait);

        QVERIFY(decide(id, true, QStringLiteral("Fine for the lab")));
        QSignalSpy refreshed(shop(), &ShopPanel::recentOrdersShown);
        QTest::keyClick(window(), Qt::Key_U, Qt::AltModifier); // &Update statuses
        QVERIFY(refreshed.wait(kWait));
        QCOMPARE(recentStatus(id), QStringLiteral("Approved — Open"));
        m_approvedId = id;
    }

    // A declined order says so with the approver's comment.
    void declinedShowsTheComment()
    {
        QVERIFY(startSession(QStringLiteral("sam rivera"), QStringLiteral("Caller orders lab supplies")));
        QVERIFY(chooseAddress(QStringLiteral("CS-0001-WA")));
        const QString id = submitContosoOrderWithExpress();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(recentStatus(id), QStringLiteral("Awaiting approval by Approvers"), kWait);
        QVERIFY(decide(id, false, QStringLiteral("Over this term's budget")));
        QSignalSpy refreshed(shop(), &ShopPanel::recentOrdersShown);
        QTest::keyClick(window(), Qt::Key_U, Qt::AltModifier);
        QVERIFY(refreshed.wait(kWait));
        QCOMPARE(recentStatus(id), QStringLiteral("Declined: Over this term's budget"));
        m_declinedId = id;
    }

    // The history's orders say the same: approved, or declined with the approver's comment.
    void historyShowsTheApprovalState()
    {
        QVERIFY(!m_approvedId.isEmpty() && !m_declinedId.isEmpty());
        QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier); // Session history
        QWidget *history = nullptr;
        QTRY_VERIFY((history = visibleDialog("sessionHistoryWindow")) != nullptr);
        QApplication::setActiveWindow(history);
        QVERIFY(QTest::qWaitForWindowActive(history));
        QTest::keyClick(history, Qt::Key_D, Qt::AltModifier); // Or&ders
        auto *tree = history->findChild<QTreeWidget *>(QStringLiteral("ordersTree"));
        QVERIFY(tree);
        auto status = [tree](const QString &id) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->text(0) == id)
                    return tree->topLevelItem(i)->text(3);
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(m_approvedId), QStringLiteral("Approved — Open"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_declinedId), QStringLiteral("Declined: Over this term's budget"), kWait);
        history->close();
    }

    // Without the incrementor the desk falls back to the marketplace's generated ID (read out in
    // groups); a separate order leaves the caller's cart as it is, and says so.
    void separateOrderWithGeneratedNumber()
    {
        MarketplaceSettings settings = m_desk.settings()->marketplaceSettings(marketplaceKey());
        const MarketplaceSettings saved = settings;
        settings.orderIncrementorId = QStringLiteral("noSuchCounter");
        m_desk.settings()->setMarketplaceSettings(marketplaceKey(), settings);
        QVERIFY(startSession(QStringLiteral("jane doe")));
        QTRY_VERIFY_WITH_TIMEOUT(w<QWidget>("existingCartBar")->isVisible(), kWait);
        QTest::keyClick(window(), Qt::Key_T, Qt::AltModifier); // Start a separa&te order
        QTRY_VERIFY(!w<QWidget>("existingCartBar")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(sessionNotes().filter(QStringLiteral("separate order")).size() == 1, kWait);
        addWithEnter(QStringLiteral("GAU-10"), QStringLiteral("GAU-10"), 2, 1);
        const QString id = shop()->cartOrderId();
        QVERIFY(!id.isEmpty() && id != QStringLiteral("SF-NW-0001-CART"));
        QVERIFY2(!id.startsWith(QStringLiteral("OB-")), qPrintable(id));
        QVERIFY(serverOrder(id)["xp"]["CallerCart"]["LeftCartID"] == "SF-NW-0001-CART");
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(kWait));
        QCOMPARE(w<QLabel>("orderNumberLabel")->text(), ReadAloud::grouped(id));
        QVERIFY(w<QLabel>("confirmationLabel")->text().startsWith(QStringLiteral("Order %1 placed").arg(id)));
        // The caller's cart is still there, unchanged.
        QVERIFY(serverOrder(QStringLiteral("SF-NW-0001-CART"))["Status"] == "Unsubmitted");
        m_desk.settings()->setMarketplaceSettings(marketplaceKey(), saved);
    }
};

QTEST_MAIN(TestB2bDesk)
#include "tst_b2bdesk.moc"
