#include "RouteHidingProxy.h"
#include "SignedInDesk.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "search/BuyerUserSearchModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace onbehalf;
using namespace onbehalf::test;

// Buyer-user search as the agent uses it: typing, filters, paging, keyboard, details.
class TestSearch : public QObject
{
    Q_OBJECT

private:
    SignedInDesk m_desk;

    template <typename T>
    T *w(const char *name) const
    {
        return m_desk.w<T>(name);
    }
    BuyerUserSearchModel *model() const { return m_desk.window()->searchModel(); }
    bool waitForResults() { return m_desk.waitForResults(); }

    // Until the search for exactly `text` has answered (typing fast, earlier letters' searches
    // may answer first).
    bool waitForResultsOf(const QString &text)
    {
        return QTest::qWaitFor(
            [this, text] {
                const auto s = model()->state();
                return model()->search() == text.simplified() &&
                       (s == BuyerUserSearchModel::State::Results || s == BuyerUserSearchModel::State::Empty ||
                        s == BuyerUserSearchModel::State::Error);
            },
            15000);
    }

    void type(const QString &text)
    {
        QLineEdit *search = w<QLineEdit>("searchEdit");
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, text);
        QVERIFY(waitForResultsOf(text));
    }

    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        SignedInDesk::Options options;
        options.sessions = false;
        QString error = m_desk.signIn(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_desk.settings()->setValue(SettingKeys::ActiveOnly, true);
        error = m_desk.openWindow();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(waitForResults());
        QTRY_VERIFY(w<QComboBox>("buyerFilterCombo")->count() == 4); // all + three buyers
    }

    void searchFieldHasFocus()
    {
        QTRY_COMPARE(QApplication::focusWidget(), w<QWidget>("searchEdit"));
        // Ctrl+F comes back to it from anywhere.
        w<QTableView>("resultsView")->setFocus();
        QTest::keyClick(m_desk.window(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w<QWidget>("searchEdit"));
    }

    void searchAsYouType()
    {
        type(QStringLiteral("jane"));
        QVERIFY(model()->rowCount() >= 2);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString all =
                (cell(row, 0) + QLatin1Char(' ') + cell(row, 1) + QLatin1Char(' ') + cell(row, 2) + QLatin1Char(' ') +
                 model()->index(row, 0).data(BuyerUserSearchModel::UserIdRole).toString())
                    .toLower();
            QVERIFY2(all.contains(QStringLiteral("jane")), qPrintable(all));
        }
        // Text inside an e-mail, text of an ID, and several words narrow further (one request each,
        // across every buyer).
        type(QStringLiteral("doe@north"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, BuyerUserSearchModel::UsernameColumn), QStringLiteral("jane.doe"));
        type(QStringLiteral("NW-000"));
        QCOMPARE(model()->rowCount(), 8); // NW-0001 … NW-0009 without the inactive NW-0007
        type(QStringLiteral("jane doe"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, BuyerUserSearchModel::UsernameColumn), QStringLiteral("jane.doe"));
    }

    void emptyStateIsExplained()
    {
        type(QStringLiteral("zzzqqq"));
        QCOMPARE(model()->rowCount(), 0);
        QLabel *state = w<QLabel>("resultsStateLabel");
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("zzzqqq")));
    }

    void buyerFilterAndActiveToggle()
    {
        type(QString());
        QComboBox *buyers = w<QComboBox>("buyerFilterCombo");
        buyers->setCurrentIndex(buyers->findData(QStringLiteral("CONTOSO")));
        QVERIFY(waitForResults());
        QTRY_VERIFY(model()->totalCount() > 0);
        const int activeContoso = model()->totalCount();
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(cell(row, BuyerUserSearchModel::BuyerColumn), QStringLiteral("Contoso Schools"));
        w<QCheckBox>("activeOnlyCheck")->setChecked(false);
        QVERIFY(waitForResults());
        QTRY_COMPARE(model()->totalCount(), activeContoso + 2); // two inactive users per buyer
        w<QCheckBox>("activeOnlyCheck")->setChecked(true);
        buyers->setCurrentIndex(0);
        QVERIFY(waitForResults());
    }

    void lazyPagingPastTheFirstPage()
    {
        model()->setPageSize(10);
        QTableView *view = w<QTableView>("resultsView");
        view->scrollToTop();
        // Typing a letter and taking it back searches everything again, now in pages of 10.
        type(QStringLiteral("a"));
        QTest::keyClick(w<QLineEdit>("searchEdit"), Qt::Key_Backspace);
        QVERIFY(waitForResultsOf(QString()));
        QTRY_VERIFY(model()->rowCount() >= 10);
        QTest::qWait(300);
        const int total = model()->totalCount();
        QVERIFY(total > 60);
        // Only what fills the view has been loaded, a page at a time.
        QVERIFY2(model()->rowCount() < total, qPrintable(QStringLiteral("%1 rows, viewport %2 px, row %3 px")
                                                             .arg(model()->rowCount())
                                                             .arg(view->viewport()->height())
                                                             .arg(view->rowHeight(0))));
        // Scrolling to the end asks for more, page after page, until everything is there.
        for (int i = 0; i < 40 && model()->rowCount() < total; ++i) {
            view->scrollToBottom();
            QTest::qWait(50);
        }
        QCOMPARE(model()->rowCount(), total);
        // One list across every buyer (GET /v1/buyerusers), in name order, each row naming its buyer.
        QCOMPARE(model()->acrossBuyers(), BuyerUserSearchModel::AcrossBuyers::Present);
        QSet<QString> buyers;
        for (int row = 0; row < model()->rowCount(); ++row) {
            buyers.insert(cell(row, BuyerUserSearchModel::BuyerColumn));
            if (row == 0)
                continue;
            const wire::User *a = model()->userAt(row - 1), *b = model()->userAt(row);
            const QByteArray ka = (a->LastName + QChar(1) + a->FirstName).toUtf8();
            const QByteArray kb = (b->LastName + QChar(1) + b->FirstName).toUtf8();
            QVERIFY2(ka <= kb, qPrintable(a->ID + QStringLiteral(" before ") + b->ID));
        }
        QCOMPARE(buyers.size(), 3);
        QVERIFY(!buyers.contains(QString()));
        model()->setPageSize(50);
    }

    // A marketplace without GET /v1/buyerusers: the model finds out from the first answer, searches
    // buyer by buyer from then on, and asks again only after the next sign-in.
    void fanOutWhereTheMarketplaceHasNoBuyerUsersRoute()
    {
        RouteHidingProxy proxy(m_desk.server().url(), "/v1/buyerusers");
        MarketplaceClient client;
        client.setBaseUrl(proxy.url());
        client.setClientId(QString::fromLatin1(Http::kDemoClientId));
        bool signedIn = false;
        client.signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr,
                      [&](Result<wire::AccessToken> r) { signedIn = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 15000);
        BuyerUserSearchModel fanOut(&client);
        const std::vector<BuyerUserSearchModel::Buyer> buyers{
            {QStringLiteral("NORTHWIND"), QStringLiteral("Northwind")},
            {QStringLiteral("CONTOSO"), QStringLiteral("Contoso")},
            {QStringLiteral("FABRIKAM"), QStringLiteral("Fabrikam")}};
        fanOut.setBuyers(buyers);
        auto settled = [&] {
            return fanOut.state() == BuyerUserSearchModel::State::Results && fanOut.totalCount() >= 0;
        };
        fanOut.setQuery(QStringLiteral("a"), QString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
        QCOMPARE(fanOut.acrossBuyers(), BuyerUserSearchModel::AcrossBuyers::Absent);
        QCOMPARE(proxy.refused(), 1);
        QVERIFY(fanOut.totalCount() > 60); // every buyer's users
        fanOut.setQuery(QStringLiteral("doe@north"), QString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
        QCOMPARE(fanOut.rowCount(), 1);
        QCOMPARE(fanOut.userAt(0)->Username, QStringLiteral("jane.doe"));
        QCOMPARE(fanOut.index(0, BuyerUserSearchModel::BuyerColumn).data().toString(), QStringLiteral("Northwind"));
        QCOMPARE(proxy.refused(), 1); // remembered
        fanOut.setBuyers(buyers);     // a new sign-in asks again
        fanOut.setQuery(QStringLiteral("jane"), QString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
        QCOMPARE(proxy.refused(), 2);
        QVERIFY(fanOut.rowCount() >= 2);
    }

    void keyboardAndDetailPanel()
    {
        type(QStringLiteral("jane doe"));
        QLineEdit *search = w<QLineEdit>("searchEdit");
        QTest::keyClick(search, Qt::Key_Return); // Enter goes to the results
        QTableView *view = w<QTableView>("resultsView");
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex().row(), 0);
        QTRY_COMPARE(w<QLabel>("companyValue")->text(), QStringLiteral("Northwind Health"));
        QCOMPARE(w<QLabel>("emailValue")->text(), QStringLiteral("jane.doe@northwind.example"));
        QVERIFY(!w<QLabel>("phoneValue")->text().isEmpty());
        QTRY_VERIFY(w<QLabel>("groupsValue")->text() != QStringLiteral("Loading…"));
        QVERIFY(!w<QLabel>("groupsValue")->text().isEmpty());
        QTRY_COMPARE(w<QLabel>("eligibilityValue")->text(), QStringLiteral("Yes"));
        QTRY_VERIFY(w<QTreeWidget>("recentOrdersList")->topLevelItemCount() > 0);

        // A FABRIKAM user: the rules say no, in words.
        type(QStringLiteral("FB-0001"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(w<QLabel>("eligibilityValue")->text().startsWith(QStringLiteral("No")));
        QVERIFY2(w<QLabel>("eligibilityValue")->text().contains(QStringLiteral("Fabrikam Hotels")),
                 qPrintable(w<QLabel>("eligibilityValue")->text()));

        // Arrow keys move through the results and the panel follows.
        type(QStringLiteral("jane"));
        QTest::keyClick(search, Qt::Key_Return);
        const QString first = w<QLabel>("nameValue")->text();
        QTest::keyClick(view, Qt::Key_Down);
        QTRY_VERIFY(w<QLabel>("nameValue")->text() != first);
    }

    void enterBeforeTheRowsArrive()
    {
        // Typed and Enter at once: the results take the focus at once and their first row is
        // selected when it arrives, so a second Enter acts on it.
        QLineEdit *search = w<QLineEdit>("searchEdit");
        search->setFocus();
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, QStringLiteral("jane doe"));
        QTest::keyClick(search, Qt::Key_Return);
        QTableView *view = w<QTableView>("resultsView");
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(model()->rowCount(), 0); // the search for "jane doe" has just started
        QVERIFY(waitForResultsOf(QStringLiteral("jane doe")));
        QTRY_COMPARE(view->currentIndex().row(), 0);
        QTRY_COMPARE(w<QLabel>("emailValue")->text(), QStringLiteral("jane.doe@northwind.example"));
    }

    void noKeychainIsSaidOnceInTheWindow()
    {
        QLabel *warning = w<QLabel>("keychainWarning");
        QVERIFY(!warning->isVisible());
        m_desk.tokens()->setKeychainEnabled(false); // as when no Secret Service answers
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("memory only")));
        // The desk keeps working.
        type(QStringLiteral("jane doe"));
        QCOMPARE(model()->rowCount(), 1);
    }

    void serverDownIsExplained()
    {
        QVERIFY(m_desk.server().stop());
        type(QStringLiteral("sam"));
        QCOMPARE(model()->state(), BuyerUserSearchModel::State::Error);
        QVERIFY(w<QLabel>("resultsStateLabel")->text().contains(QStringLiteral("cannot be reached")));
        QCOMPARE(w<QLineEdit>("searchEdit")->text(), QStringLiteral("sam")); // what was typed stays
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
