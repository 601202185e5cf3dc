#include "FakeMarketplace.h"
#include "SignedInDesk.h"
#include "core/api/Discovery.h"
#include "core/api/PhoneNumber.h"
#include "core/net/MarketplaceClient.h"
#include "core/session/SessionManager.h"
#include "search/BuyerUserSearchModel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// Phone search on the desk: a number in any formatting finds its user. Onbehalf's server gets the
// digits (it matches them by their ending, index-served); a plain OrderCloud marketplace gets the
// text as typed; both with searchOn=Phone only. Anything else is searched as before.
class TestPhoneSearchDesk : public QObject
{
    Q_OBJECT

private:
    // The users the search shows (usernames), once it answered.
    static QStringList shown(BuyerUserSearchModel *model)
    {
        QStringList usernames;
        for (int row = 0; row < model->rowCount(); ++row)
            usernames << model->userAt(row)->Username;
        return usernames;
    }

    static bool answered(BuyerUserSearchModel *model, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([model] { return model->state() != BuyerUserSearchModel::State::Searching; }, timeoutMs);
    }

private slots:
    // Plain OrderCloud (no sessions extension): the number as typed, on Phone alone.
    void plainOrderCloudGetsTheTextAsTyped()
    {
        FakeMarketplace fake;
        QVERIFY(fake.start());
        MarketplaceClient client;
        client.setBaseUrl(fake.url());
        client.setClientId(QString::fromLatin1(FakeMarketplace::kClientId));
        bool signedIn = false;
        client.signIn(QString::fromLatin1(FakeMarketplace::kAgent), QString::fromLatin1(FakeMarketplace::kPassword),
                      nullptr, [&signedIn](Result<wire::AccessToken> r) { signedIn = r.ok(); });
        QTRY_VERIFY(signedIn);
        Discovery discovery(&client);
        BuyerUserSearchModel model(&client);
        model.setDiscovery(&discovery);
        model.setBuyers({{QString::fromLatin1(FakeMarketplace::kBuyerId), QStringLiteral("Acme")}});

        model.setQuery(QStringLiteral("+1 (206) 555-0184"), QString(), false);
        QVERIFY(answered(&model));
        // Asked which marketplace this is first (the number waited for the answer).
        QCOMPARE(discovery.sessionsExtension(), Discovery::Extension::Absent);
        std::vector<FakeMarketplace::Call> calls = fake.callsTo("GET", QStringLiteral("/v1/buyerusers"));
        QCOMPARE(calls.size(), size_t(1));
        QCOMPARE(calls.back().query.queryItemValue(QStringLiteral("searchOn")), QStringLiteral("Phone"));
        QCOMPARE(calls.back().query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
                 QStringLiteral("+1 (206) 555-0184"));

        // Words are searched on the usual fields.
        model.setQuery(QStringLiteral("jane"), QString(), false);
        QVERIFY(answered(&model));
        calls = fake.callsTo("GET", QStringLiteral("/v1/buyerusers"));
        QCOMPARE(calls.back().query.queryItemValue(QStringLiteral("searchOn")),
                 QStringLiteral("ID,Username,FirstName,LastName,Email"));
        QVERIFY(shown(&model).size() >= 1);
        // Six digits are not a phone number.
        model.setQuery(QStringLiteral("555-018"), QString(), false);
        QVERIFY(answered(&model));
        QVERIFY(fake.callsTo("GET", QStringLiteral("/v1/buyerusers"))
                    .back()
                    .query.queryItemValue(QStringLiteral("searchOn")) != QLatin1String("Phone"));
    }

    // Onbehalf's server: the agent types the caller's number as the phone system shows it, or
    // just its digits without the country code; both find the caller, in the desk's own window.
    void onbehalfServerFindsTheNumberInAnyFormatting()
    {
        SignedInDesk desk;
        QString error = desk.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        desk.window()->searchModel()->setDiscovery(desk.sessions()->discovery());
        QVERIFY(desk.waitForResults());

        Http http(desk.server().url());
        const QByteArray agent = http.login(QStringLiteral("agent02"));
        const json jane =
            http.get(QStringLiteral("/v1/buyerusers?search=jane%20doe&searchType=AllTermsAnyField"), agent).json();
        QCOMPARE(jane["Items"].size(), size_t(1));
        const QString username = QString::fromStdString(jane["Items"][0]["Username"].get<std::string>());
        const QString phone = QString::fromStdString(jane["Items"][0]["Phone"].get<std::string>());
        QVERIFY2(phone.startsWith(QLatin1String("+1 ")), qPrintable(phone)); // e.g. "+1 206-555-0184"
        const QString national = PhoneNumber::digits(phone).mid(1);          // "2065550184"

        auto *edit = desk.w<QLineEdit>("searchEdit");
        BuyerUserSearchModel *model = desk.window()->searchModel();
        for (const QString &typed :
             {phone, national,
              QStringLiteral("(%1) %2.%3").arg(national.left(3), national.mid(3, 3), national.mid(6))}) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, typed);
            QTRY_VERIFY_WITH_TIMEOUT(model->search() == typed.simplified() && answered(model, 100), 10000);
            QVERIFY2(shown(model).contains(username),
                     qPrintable(typed + QStringLiteral(": ") + shown(model).join(QLatin1Char(','))));
            for (int row = 0; row < model->rowCount(); ++row) // nobody else's number ends that way
                QVERIFY(PhoneNumber::digits(model->userAt(row)->Phone.value_or(QString())).endsWith(national));
        }
    }
};

QTEST_MAIN(TestPhoneSearchDesk)
#include "tst_phonesearchdesk.moc"
