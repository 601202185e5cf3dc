#include "SignedInDesk.h"
#include "search/BuyerUserSearchModel.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// The detail panel's user ID and addresses (issue 12, defect 9), on the real window against the
// real server: the agent finds a buyer user by typing and picks the row with the keyboard or the
// mouse; the panel lists exactly the addresses the buyer user keeps, with their shipping and
// billing marks. The server's admin address routes are checked here too (roles, errors, filters).
class TestDetailPanel : public QObject
{
    Q_OBJECT

private:
    SignedInDesk m_desk;
    QByteArray m_agent;
    QByteArray m_buyer; // Jane Doe's own token (she keeps her addresses through /v1/me/addresses)
    QString m_janeId;

    template <typename T>
    T *w(const char *name) const
    {
        return m_desk.w<T>(name);
    }
    Http http() { return Http(m_desk.server().url()); }

    // Types `text` into the search and picks the single row it finds with a mouse click.
    bool pick(const QString &text)
    {
        auto *edit = w<QLineEdit>("searchEdit");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        auto *view = w<QTableView>("resultsView");
        BuyerUserSearchModel *model = m_desk.window()->searchModel();
        if (!QTest::qWaitFor(
                [&] {
                    return model->search() == text && model->state() == BuyerUserSearchModel::State::Results &&
                           model->rowCount() == 1;
                },
                15000))
            return false;
        const QRect cell = view->visualRect(model->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        return true;
    }

    // The rows of the addresses list once they describe a loaded answer: ID → shown use.
    QMap<QString, QString> shownAddresses()
    {
        auto *list = w<QTreeWidget>("addressesList");
        QMap<QString, QString> out;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            out.insert(item->data(0, Qt::UserRole).toString(), item->text(1));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        SignedInDesk::Options options;
        options.sessions = false;
        const QString error = m_desk.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_agent = http().login(QStringLiteral("agent01"));
        QVERIFY(!m_agent.isEmpty());
        const Http::Response users = http().get(
            QStringLiteral("/v1/buyers/NORTHWIND/users?search=jane%20doe&searchType=AllTermsAnyField"), m_agent);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json()["Items"].size(), size_t(1));
        const json jane = users.json()["Items"][0];
        m_janeId = QString::fromStdString(jane["ID"].get<std::string>());
        m_buyer = http().login(QString::fromStdString(jane["Username"].get<std::string>()));
        QVERIFY(!m_buyer.isEmpty());
    }

    // The panel lists what the buyer user keeps, marks included; a new billing-only address
    // shows up (as billing, not shipping) the next time the agent picks her.
    void addressesOfThePickedUser()
    {
        const Http::Response added = http().post(QStringLiteral("/v1/me/addresses"),
                                                 json{{"ID", "JD-ACCOUNTS"},
                                                      {"AddressName", "Accounts payable"},
                                                      {"Street1", "9 Ledger Street"},
                                                      {"City", "Seattle"},
                                                      {"State", "WA"},
                                                      {"Zip", "98104"},
                                                      {"Country", "US"},
                                                      {"Shipping", false},
                                                      {"Billing", true}},
                                                 m_buyer);
        QCOMPARE(added.status, 201);
        const Http::Response own = http().get(QStringLiteral("/v1/me/addresses?pageSize=100"), m_buyer);
        QCOMPARE(own.status, 200);
        QVERIFY(own.json()["Items"].size() >= 2);

        QVERIFY(pick(QStringLiteral("jane doe")));
        QTRY_COMPARE(w<QLabel>("userIdValue")->text(), m_janeId);
        QMap<QString, QString> expected;
        const json ownItems = own.json()["Items"];
        for (const json &a : ownItems) {
            QStringList uses;
            if (a["Shipping"].get<bool>())
                uses << QStringLiteral("Shipping");
            if (a["Billing"].get<bool>())
                uses << QStringLiteral("Billing");
            expected.insert(QString::fromStdString(a["ID"].get<std::string>()), uses.join(QStringLiteral(" · ")));
        }
        QTRY_COMPARE(shownAddresses(), expected);
        QCOMPARE(expected.value(QStringLiteral("JD-ACCOUNTS")), QStringLiteral("Billing"));

        // Shipping addresses first; the billing-only one last, its text readable and announced.
        auto *list = w<QTreeWidget>("addressesList");
        const QTreeWidgetItem *last = list->topLevelItem(list->topLevelItemCount() - 1);
        QCOMPARE(last->data(0, Qt::UserRole).toString(), QStringLiteral("JD-ACCOUNTS"));
        QVERIFY(last->text(0).contains(QStringLiteral("9 Ledger Street")));
        QVERIFY(last->toolTip(0).contains(QStringLiteral("98104 Seattle WA")));
        QVERIFY(last->data(0, Qt::AccessibleTextRole).toString().contains(QStringLiteral("Accounts payable")));
        QCOMPARE(w<QLabel>("addressesCaption")->buddy(), list);

        // Keyboard: Tab from the results reaches the list (the addresses are not mouse-only).
        QVERIFY(list->focusPolicy() & Qt::TabFocus);

        // Another user: the panel follows, never keeping the previous user's addresses.
        QVERIFY(pick(QStringLiteral("marcus bennett")));
        QTRY_VERIFY(!shownAddresses().isEmpty() && !shownAddresses().contains(QStringLiteral("JD-ACCOUNTS")));
        for (const QString &id : shownAddresses().keys())
            QVERIFY2(!id.startsWith(m_janeId), qPrintable(id));
    }

    // The admin routes behind the panel: AddressReader/AddressAdmin only, OrderCloud errors,
    // the list grammar (ID=a|b), assignments by level.
    void adminAddressRoutes()
    {
        const QString base = QStringLiteral("/v1/buyers/NORTHWIND/addresses");
        // A buyer user's token has no AddressReader: 403 in the Errors envelope.
        Http::Response r = http().get(base + QStringLiteral("/assignments?userID=") + m_janeId, m_buyer);
        QCOMPARE(r.status, 403);
        QVERIFY(!r.errorCode().isEmpty());
        r = http().get(QStringLiteral("/v1/buyers/NOPE/addresses"), m_agent);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NotFound"));
        r = http().get(base + QStringLiteral("/assignments?level=Planet"), m_agent);
        QCOMPARE(r.status, 400);
        r = http().get(base + QStringLiteral("/assignments?isBilling=maybe"), m_agent);
        QCOMPARE(r.status, 400);

        r = http().get(base + QStringLiteral("/assignments?level=User&isBilling=true&isShipping=false&userID=") +
                           m_janeId,
                       m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Items"].size(), size_t(1));
        QCOMPARE(r.json()["Items"][0]["AddressID"].get<std::string>(), std::string("JD-ACCOUNTS"));
        QCOMPARE(r.json()["Items"][0]["UserID"].get<std::string>(), m_janeId.toStdString());
        r = http().get(base + QStringLiteral("/assignments?level=Group&userID=") + m_janeId, m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"]["TotalCount"].get<int>(), 0);

        r = http().get(base + QStringLiteral("?ID=JD-ACCOUNTS|") + m_janeId + QStringLiteral("-SHIP"), m_agent);
        QCOMPARE(r.status, 200);
        QStringList ids;
        const json items = r.json()["Items"];
        for (const json &a : items) {
            ids << QString::fromStdString(a["ID"].get<std::string>());
            QVERIFY(!a.contains("Shipping")); // the admin Address model; the marks are on assignments
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("JD-ACCOUNTS"), m_janeId + QStringLiteral("-SHIP")}));
        r = http().get(base + QStringLiteral("/JD-ACCOUNTS"), m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Street1"].get<std::string>(), std::string("9 Ledger Street"));
        // Another buyer's path does not reach it.
        r = http().get(QStringLiteral("/v1/buyers/CONTOSO/addresses/JD-ACCOUNTS"), m_agent);
        QCOMPARE(r.status, 404);
    }

    // Issue 12 (history): the buyer filter lists every buyer, page by page — not the first 100.
    void historyListsEveryBuyer()
    {
        const QByteArray admin = http().login(QStringLiteral("admin01"));
        QVERIFY(!admin.isEmpty());
        for (int i = 0; i < 120; ++i) {
            const Http::Response r = http().post(
                QStringLiteral("/v1/buyers"),
                json{{"ID", QStringLiteral("EXTRA-%1").arg(i, 3, 10, QLatin1Char('0')).toStdString()},
                     {"Name", QStringLiteral("Extra buyer %1").arg(i, 3, 10, QLatin1Char('0')).toStdString()},
                     {"Active", true}},
                admin);
            QCOMPARE(r.status, 201);
        }
        const Http::Response all = http().get(QStringLiteral("/v1/buyers?pageSize=1"), m_agent);
        const int total = all.json()["Meta"]["TotalCount"].get<int>();
        QVERIFY(total > 100);
        m_desk.window()->activateWindow();
        QApplication::setActiveWindow(m_desk.window());
        QVERIFY(QTest::qWaitForWindowActive(m_desk.window()));
        QTest::keyClick(m_desk.window(), Qt::Key_H, Qt::ControlModifier);
        QWidget *history = nullptr;
        QTRY_VERIFY((history = m_desk.window()->findChild<QWidget *>(QStringLiteral("sessionHistoryWindow"))) &&
                    history->isVisible());
        auto *buyers = history->findChild<QComboBox *>(QStringLiteral("buyerCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(buyers->count(), total + 1, 15000); // "All buyers" and every one
        QVERIFY(buyers->findData(QStringLiteral("EXTRA-119")) > 0);
        history->close();
    }
};

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
