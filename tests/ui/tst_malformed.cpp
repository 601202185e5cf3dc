#include "FakeMarketplace.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "search/BuyerUserSearchModel.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using Answer = FakeMarketplace::Answer;

namespace {

// Every way an answer can be wrong, as a proxy, a broken marketplace or a network cuts it.
struct Bad
{
    const char *name;
    Answer answer;
};

std::vector<Bad> badAnswers()
{
    Answer truncated = Answer::json(200, nlohmann::json{{"Meta", {{"Page", 1}}}, {"Items", nlohmann::json::array()}});
    truncated.dropConnection = true;
    // 24 MB of a JSON array: the desk must neither hang nor die reading it.
    QByteArray huge = "[";
    huge += QByteArray("1234567,").repeated(3 * 1024 * 1024);
    huge += "0]";
    return {
        {"malformed JSON", Answer::raw(200, R"({"Meta": {"Page": 1}, "Items": [{"ID": )", "application/json")},
        {"truncated body", truncated},
        {"wrong types", Answer::json(200, nlohmann::json{{"Meta", "one"},
                                                         {"Items", nlohmann::json{{"ID", 5}}},
                                                         {"access_token", 42},
                                                         {"expires_in", "soon"},
                                                         {"ID", nlohmann::json{{"not", "a string"}}},
                                                         {"LineItems", 7}})},
        {"huge body", Answer::raw(200, huge, "application/json")},
        {"HTML error page", Answer::raw(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                                             "Gateway</h1><p>nginx</p></body></html>")},
        {"HTML with 200", Answer::raw(200, "<!DOCTYPE html><html><body>Sign in to the proxy</body></html>")},
        {"no answer", Answer::hung()},
    };
}

// A message for a person: some words, no JSON or HTML pasted from the answer.
QString why(const Bad &bad, const QString &shown)
{
    return QString::fromLatin1(bad.name) + QStringLiteral(": ") + shown;
}

bool understandable(const QString &text)
{
    return text.size() > 10 && text.size() < 400 && !text.contains(QLatin1Char('{')) &&
           !text.contains(QLatin1Char('<')) && !text.contains(QLatin1String("1234567"));
}

} // namespace

// Issue 12: malformed, truncated, mistyped, huge, HTML and missing answers fed by a loopback fake
// (shaped like real OrderCloud otherwise) to the sign-in, search, session start, shop (catalog,
// add line, submit) and history flows of the real desk, driven with keys and clicks. Each time
// the desk shows an understandable error, keeps what the agent typed (the draft reason, the cart,
// the comments) and keeps running; once the marketplace answers properly the same step works.
class TestMalformed : public QObject
{
    Q_OBJECT

private:
    FakeMarketplace m_fake;
    std::unique_ptr<DeskController> m_desk;

    MainWindow *window() const { return m_desk->mainWindow(); }
    template <typename T>
    T *w(const char *name) const
    {
        return window()->findChild<T *>(QString::fromLatin1(name));
    }
    static QWidget *visibleTop(const char *name)
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String(name) && top->isVisible())
                return top;
        }
        return nullptr;
    }
    bool activate(QWidget *top)
    {
        top->activateWindow();
        QApplication::setActiveWindow(top);
        return QTest::qWaitForWindowActive(top);
    }
    QString cartOrderId() const { return window()->shopPanel()->cartOrderId(); }

    // Catalog search, Enter, Enter on the product's row: the quantity box has focus.
    bool chooseProduct(const QString &search, const QString &productId)
    {
        auto *edit = w<QLineEdit>("productSearchEdit");
        auto *products = w<QTableWidget>("productsTable");
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QSignalSpy shown(window()->shopPanel(), &ShopPanel::catalogShown);
        QTest::keyClicks(edit, search);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!QTest::qWaitFor(
                [&] {
                    return !shown.isEmpty() && products->currentRow() >= 0 &&
                           products->item(products->currentRow(), 1)->text() == productId;
                },
                10000))
            return false;
        QTest::keyClick(products, Qt::Key_Return);
        return w<QSpinBox>("quantitySpin")->hasFocus();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fake.start());
        const QString key = m_fake.url().toString();
        MarketplaceSettings market;
        market.signInClientId = QString::fromLatin1(FakeMarketplace::kClientId);
        market.impersonationClientId = QString::fromLatin1(FakeMarketplace::kStorefrontClientId);
        market.roles = {QStringLiteral("Shopper"), QStringLiteral("MeAdmin")};
        Settings().setMarketplaceSettings(key, market);
        m_desk = std::make_unique<DeskController>();
        m_desk->client()->setTimeout(1500); // "no answer" ends in 1.5 s, not the product's 15 s
        m_desk->start({key, QString::fromLatin1(FakeMarketplace::kClientId), false});
        QTRY_VERIFY(m_desk->signInDialog() && m_desk->signInDialog()->isVisible());
    }

    void cleanupTestCase()
    {
        if (m_desk && m_desk->sessions() && m_desk->sessions()->isActive()) {
            bool ended = false;
            m_desk->sessions()->end(wire::EndCause::AgentEnded, nullptr, [&](const ApiError &) { ended = true; });
            QTRY_VERIFY(ended);
        }
        m_desk.reset();
    }

    void signIn()
    {
        SignInDialog *dialog = m_desk->signInDialog();
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(activate(dialog));
        QTest::mouseClick(user, Qt::LeftButton);
        QTest::keyClicks(user, QString::fromLatin1(FakeMarketplace::kAgent));
        QTest::mouseClick(password, Qt::LeftButton);
        QTest::keyClicks(password, QString::fromLatin1(FakeMarketplace::kPassword));
        for (const Bad &bad : badAnswers()) {
            m_fake.override("POST", QStringLiteral("/oauth/token"), bad.answer, 1);
            error->clear();
            QTest::keyClick(password, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), bad.name, 10000);
            QVERIFY2(understandable(error->text()), qPrintable(why(bad, error->text())));
            QVERIFY(!window());
            QCOMPARE(user->text(), QString::fromLatin1(FakeMarketplace::kAgent)); // nothing typed is lost
            QVERIFY(!password->text().isEmpty());
        }
        m_fake.clearOverrides();
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 10000);
    }

    void search()
    {
        QVERIFY(window());
        QVERIFY(activate(window()));
        auto *edit = w<QLineEdit>("searchEdit");
        auto *state = w<QLabel>("resultsStateLabel");
        BuyerUserSearchModel *model = window()->searchModel();
        int round = 0;
        for (const Bad &bad : badAnswers()) {
            m_fake.override("GET", QStringLiteral("/v1/buyerusers"), bad.answer);
            QTest::mouseClick(edit, Qt::LeftButton);
            edit->selectAll();
            // A different text each round, so each is a new search.
            QTest::keyClicks(edit, QStringLiteral("jane %1").arg(++round));
            QTRY_VERIFY2_WITH_TIMEOUT(model->state() == BuyerUserSearchModel::State::Error, bad.name, 10000);
            QVERIFY2(understandable(state->text()), qPrintable(why(bad, state->text())));
            m_fake.clearOverrides();
        }
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("jane doe"));
        QTRY_VERIFY_WITH_TIMEOUT(model->search() == QLatin1String("jane doe") &&
                                     model->state() == BuyerUserSearchModel::State::Results && model->rowCount() == 1,
                                 10000);
    }

    void startSession()
    {
        auto *edit = w<QLineEdit>("searchEdit");
        auto *view = w<QTableView>("resultsView");
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTop("startSessionDialog")) != nullptr);
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("startErrorLabel"));
        const QString draft = QStringLiteral("Caller reorders gloves for ward 3");
        QTest::keyClicks(reason, draft);
        const QString path =
            QStringLiteral("/v1/buyers/%1/users/%2/accesstoken")
                .arg(QLatin1String(FakeMarketplace::kBuyerId), QLatin1String(FakeMarketplace::kUserId));
        for (const Bad &bad : badAnswers()) {
            m_fake.override("POST", path, bad.answer, 1);
            error->clear();
            QTest::keyClick(reason, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), bad.name, 10000);
            QVERIFY2(understandable(error->text()), qPrintable(why(bad, error->text())));
            QVERIFY(!m_desk->sessions()->isActive());
            QVERIFY(dialog->isVisible());
            QCOMPARE(reason->toPlainText(), draft); // the draft reason is kept
        }
        m_fake.clearOverrides();
        QSignalSpy catalog(window()->shopPanel(), &ShopPanel::catalogShown);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->sessions()->isActive(), 10000);
        QVERIFY(!catalog.isEmpty() || catalog.wait(10000));
        QVERIFY(activate(window()));
    }

    void shop()
    {
        QVERIFY(m_desk->sessions()->isActive());
        auto *error = w<QLabel>("shopErrorLabel");
        auto *cart = w<QTableWidget>("cartTable");

        // Catalog: a broken product list leaves an error, and the next search works.
        for (const Bad &bad : badAnswers()) {
            m_fake.override("GET", QStringLiteral("/v1/me/products"), bad.answer);
            auto *edit = w<QLineEdit>("productSearchEdit");
            QTest::mouseClick(edit, Qt::LeftButton);
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("gadget"));
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && understandable(error->text()),
                                      qPrintable(why(bad, error->text())), 10000);
            m_fake.clearOverrides();
        }

        // One line in the cart, then adding a second fails every way: the cart stays as it was.
        QVERIFY(chooseProduct(QStringLiteral("widget"), QStringLiteral("WIDGET")));
        QTest::keyClick(w<QSpinBox>("quantitySpin"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!cartOrderId().isEmpty() && cart->rowCount() == 1, 10000);
        const QString order = cartOrderId();
        QCOMPARE(m_fake.lineItems(order).size(), size_t(1));
        const QString lines = QStringLiteral("/v1/orders/Outgoing/%1/lineitems").arg(order);
        int round = 0;
        for (const Bad &bad : badAnswers()) {
            // A new search each round (the fake lists every product, the widget first).
            QVERIFY(chooseProduct(QStringLiteral("widget %1").arg(++round), QStringLiteral("WIDGET")));
            m_fake.override("POST", lines, bad.answer, 1);
            error->clear();
            QTest::keyClick(w<QSpinBox>("quantitySpin"), Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && understandable(error->text()),
                                      qPrintable(why(bad, error->text())), 10000);
            // The cart shown is the order's line items (re-read), never a guess.
            QTRY_COMPARE(cart->rowCount(), int(m_fake.lineItems(order).size()));
            QCOMPARE(cartOrderId(), order);
        }
        m_fake.clearOverrides();

        // Submit fails every way: the cart and the comments are kept; then it goes through once.
        auto *comments = w<QLineEdit>("commentsEdit");
        QTest::mouseClick(comments, Qt::LeftButton);
        QTest::keyClicks(comments, QStringLiteral("Leave at dock 2"));
        const int shown = cart->rowCount();
        for (const Bad &bad : badAnswers()) {
            m_fake.override("POST", QStringLiteral("/v1/orders/Outgoing/%1/submit").arg(order), bad.answer, 1);
            error->clear();
            QTest::mouseClick(w<QWidget>("submitOrderButton"), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && understandable(error->text()),
                                      qPrintable(why(bad, error->text())), 10000);
            QCOMPARE(cart->rowCount(), shown);
            QCOMPARE(comments->text(), QStringLiteral("Leave at dock 2"));
            QCOMPARE(cartOrderId(), order);
        }
        m_fake.clearOverrides();
        QTest::mouseClick(w<QWidget>("submitOrderButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w<QWidget>("orderConfirmation")->isVisible(), 10000);
        int submitted = 0;
        for (const nlohmann::json &o : m_fake.orders())
            submitted += o["IsSubmitted"].get<bool>() ? 1 : 0;
        QCOMPARE(submitted, 1);
    }

    void history()
    {
        const QString sessions = QStringLiteral("/v1/impersonationsessions");
        for (const Bad &bad : badAnswers()) {
            m_fake.override("GET", sessions, bad.answer);
            const size_t before = m_fake.callsTo("GET", sessions).size();
            QVERIFY(activate(window()));
            QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
            QWidget *history = nullptr;
            QTRY_VERIFY((history = visibleTop("sessionHistoryWindow")) != nullptr);
            auto *state = history->findChild<QLabel *>(QStringLiteral("stateLabel"));
            QVERIFY(activate(history));
            QTest::keyClick(history, Qt::Key_F5); // the agent refreshes: the list is asked for again
            QTRY_VERIFY(m_fake.callsTo("GET", sessions).size() > before); // asked again, not a stale view
            // Either the error, or (for an answer that reads as "no such route") this desk's journal.
            QTRY_VERIFY2_WITH_TIMEOUT(state->isVisible() && understandable(state->text()),
                                      qPrintable(why(bad, state->text())), 10000);
            QVERIFY(activate(history));
            QTest::keyClick(history, Qt::Key_Escape);
            QTRY_VERIFY(!history->isVisible());
            m_fake.clearOverrides();
        }
        QVERIFY(window()->isVisible());
    }
};

QTEST_MAIN(TestMalformed)
#include "tst_malformed.moc"
