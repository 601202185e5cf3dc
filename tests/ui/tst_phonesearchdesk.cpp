#include "FakeMarketplace.h"
#include "core/api/Discovery.h"
#include "core/net/MarketplaceClient.h"
#include "search/BuyerUserSearchModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

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
};

QTEST_MAIN(TestPhoneSearchDesk)
#include "tst_phonesearchdesk.moc"
