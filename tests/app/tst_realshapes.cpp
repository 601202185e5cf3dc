#include "FakeMarketplace.h"
#include "core/api/BuyerShop.h"
#include "core/api/Discovery.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

// The desk's core against a marketplace that answers exactly like real OrderCloud and has no
// sessions extension: sign in, find a user with a Locale object, start a session with the plain
// accesstoken call (the configured storefront client, roles and custom roles), shop with
// many-decimal prices, submit, end — and never revoke the buyer's own tokens.
class TestRealShapes : public QObject
{
    Q_OBJECT

private:
    template <typename T, typename Call>
    static Result<T> wait(Call call)
    {
        Result<T> out;
        bool done = false;
        call([&](Result<T> r) {
            out = std::move(r);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = ApiError::timeout();
        return out;
    }

    static ApiError waitError(const std::function<void(std::function<void(const ApiError &)>)> &call)
    {
        ApiError out = ApiError::timeout();
        bool done = false;
        call([&](const ApiError &e) {
            out = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return ApiError::timeout();
        return out;
    }

    FakeMarketplace m_fake;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_fake.start()); }

    void signInShopSubmitAndEndWithoutHarmingTheBuyer()
    {
        MarketplaceClient client;
        client.setBaseUrl(m_fake.url());
        client.setClientId(QString::fromLatin1(FakeMarketplace::kClientId));
        TokenStore tokens;
        tokens.setKeychainEnabled(false);
        SessionJournal journal(m_dir.filePath(QStringLiteral("journal.json")));
        SessionManager sessions(&client, &tokens, &journal);
        sessions.setImpersonationOptions({QString::fromLatin1(FakeMarketplace::kStorefrontClientId),
                                          {QStringLiteral("Shopper"), QStringLiteral("MeAdmin")},
                                          {QStringLiteral("CallCenterOrder")}});

        auto token = wait<wire::AccessToken>([&](auto done) {
            client.signIn(QString::fromLatin1(FakeMarketplace::kAgent), QString::fromLatin1(FakeMarketplace::kPassword),
                          nullptr, done);
        });
        QVERIFY2(token.ok(), qPrintable(token.error.detail()));
        sessions.setMarketplace(m_fake.url().toString(), QString::fromLatin1(FakeMarketplace::kAgent));

        // /me and the user search carry Locale objects, unknown fields and null-heavy records.
        auto me = wait<wire::MeUser>([&](auto done) { client.me(nullptr, done); });
        QVERIFY2(me.ok(), qPrintable(me.error.detail()));
        BuyerUserQuery query;
        query.buyerId = QString::fromLatin1(FakeMarketplace::kBuyerId);
        query.search = QStringLiteral("jane doe");
        auto users = wait<wire::ListPage<wire::User>>([&](auto done) { client.listBuyerUsers(query, nullptr, done); });
        QVERIFY2(users.ok(), qPrintable(users.error.detail()));
        QCOMPARE(users.value.items.size(), size_t(1));
        const wire::User jane = users.value.items.front();
        QCOMPARE(jane.ID, QString::fromLatin1(FakeMarketplace::kUserId));

        // Start: the probe finds no extension (once), the plain accesstoken call follows.
        SessionRequest request;
        request.buyerId = query.buyerId;
        request.buyerName = QStringLiteral("Acme Corporation");
        request.userId = jane.ID;
        request.username = jane.Username;
        request.userFullName = jane.fullName();
        request.reason = QStringLiteral("Caller reorders widgets");
        ApiError started = waitError([&](auto done) { sessions.start(request, nullptr, done); });
        QVERIFY2(!started.isError(), qPrintable(started.detail() + started.message()));
        QVERIFY(sessions.isActive());
        QVERIFY(!sessions.session().serverRecorded);
        QCOMPARE(sessions.discovery()->sessionsExtension(), Discovery::Extension::Absent);
        const auto accesstoken = m_fake.callsTo("POST", QStringLiteral("/v1/buyers/ACME/users/acme-jane/accesstoken"));
        QCOMPARE(accesstoken.size(), size_t(1));
        const nlohmann::json asked = accesstoken.front().json();
        QVERIFY(asked["ClientID"] == FakeMarketplace::kStorefrontClientId);
        QVERIFY(asked["Roles"] == nlohmann::json({"Shopper", "MeAdmin"}));
        QVERIFY(asked["CustomRoles"] == nlohmann::json({"CallCenterOrder"}));
        QCOMPARE(m_fake.buyerTokens().size(), 1);
        const QByteArray buyerToken = m_fake.buyerTokens().front();

        // Shop with many-decimal prices, submit.
        BuyerShop shop(&client);
        auto products = wait<wire::ListPage<wire::BuyerProduct>>(
            [&](auto done) { shop.products(QString(), 1, 20, nullptr, done); });
        QVERIFY2(products.ok(), qPrintable(products.error.detail()));
        QCOMPARE(products.value.items.size(), size_t(3));
        auto cart = wait<wire::Order>([&](auto done) { shop.createCart(nlohmann::json::object(), nullptr, done); });
        QVERIFY2(cart.ok(), qPrintable(cart.error.detail()));
        auto line = wait<wire::LineItem>(
            [&](auto done) { shop.addLine(cart.value.ID, QStringLiteral("WIDGET"), 3, nullptr, done); });
        QVERIFY2(line.ok(), qPrintable(line.error.detail()));
        auto lines =
            wait<wire::ListPage<wire::LineItem>>([&](auto done) { shop.lineItems(cart.value.ID, nullptr, done); });
        QVERIFY2(lines.ok(), qPrintable(lines.error.detail()));
        QCOMPARE(lines.value.items.size(), size_t(1));
        auto submitted = wait<wire::Order>([&](auto done) { shop.submit(cart.value.ID, nullptr, done); });
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.detail()));
        QCOMPARE(submitted.value.Status, QStringLiteral("Open"));
        QVERIFY(m_fake.orders().front()["Status"] == "Open");

        // End: the token is dropped here, the buyer's tokens are left alone.
        QSignalSpy ended(&sessions, &SessionManager::ended);
        ApiError end = waitError([&](auto done) { sessions.end(wire::EndCause::AgentEnded, nullptr, done); });
        QVERIFY(!end.isError());
        QCOMPARE(ended.count(), 1);
        QVERIFY(!client.hasBuyerToken());
        QVERIFY(!journal.find(sessions.session().ID)->isOpen());
        for (const auto &call : m_fake.callsTo("DELETE", QStringLiteral("/v1/me/tokens")))
            QVERIFY2(call.bearer != buyerToken, "DELETE /v1/me/tokens with the buyer's token");
        for (const auto &call : m_fake.calls())
            QVERIFY2(!(call.method == "DELETE" && m_fake.isBuyerToken(call.bearer) &&
                       call.path.contains(QLatin1String("tokens"))),
                     qPrintable(call.path));

        // A second session in the same sign-in does not ask about the extension again.
        const size_t probes = m_fake.callsTo("GET", QStringLiteral("/v1/impersonationsessions")).size();
        QCOMPARE(probes, size_t(1));
        started = waitError([&](auto done) { sessions.start(request, nullptr, done); });
        QVERIFY(!started.isError());
        QCOMPARE(m_fake.callsTo("GET", QStringLiteral("/v1/impersonationsessions")).size(), probes);
        QCOMPARE(m_fake.callsTo("POST", QStringLiteral("/v1/impersonationsessions")).size(), size_t(0));
        end = waitError([&](auto done) { sessions.end(wire::EndCause::SignedOut, nullptr, done); });
        QVERIFY(!end.isError());
    }

    void aMissingObjectDoesNotFlipTheProbe()
    {
        MarketplaceClient client;
        client.setBaseUrl(m_fake.url());
        client.setClientId(QString::fromLatin1(FakeMarketplace::kClientId));
        Discovery discovery(&client);
        auto token = wait<wire::AccessToken>([&](auto done) {
            client.signIn(QString::fromLatin1(FakeMarketplace::kAgent), QString::fromLatin1(FakeMarketplace::kPassword),
                          nullptr, done);
        });
        QVERIFY(token.ok());
        // The sessions list answers 200 here (as with the extension); a user lookup 404s.
        m_fake.override("GET", QStringLiteral("/v1/impersonationsessions"),
                        FakeMarketplace::Answer::json(200, nlohmann::json{{"Meta", nlohmann::json::object()},
                                                                          {"Items", nlohmann::json::array()}}));
        auto user = wait<wire::User>(
            [&](auto done) { client.buyerUser(QStringLiteral("ACME"), QStringLiteral("nobody"), nullptr, done); });
        QCOMPARE(user.error.status(), 404);
        auto e = wait<Discovery::Extension>([&](auto done) { discovery.probeSessionsExtension(nullptr, done); });
        QCOMPARE(e.value, Discovery::Extension::Present);
        // Another sign-in asks again.
        m_fake.clearOverrides();
        token = wait<wire::AccessToken>([&](auto done) {
            client.signIn(QString::fromLatin1(FakeMarketplace::kAgent), QString::fromLatin1(FakeMarketplace::kPassword),
                          nullptr, done);
        });
        QCOMPARE(discovery.sessionsExtension(), Discovery::Extension::Unknown);
        e = wait<Discovery::Extension>([&](auto done) { discovery.probeSessionsExtension(nullptr, done); });
        QCOMPARE(e.value, Discovery::Extension::Absent);
    }

    void rotatedRefreshTokensAreAnnounced()
    {
        MarketplaceClient client;
        client.setBaseUrl(m_fake.url());
        client.setClientId(QString::fromLatin1(FakeMarketplace::kClientId));
        auto token = wait<wire::AccessToken>([&](auto done) {
            client.signIn(QString::fromLatin1(FakeMarketplace::kAgent), QString::fromLatin1(FakeMarketplace::kPassword),
                          nullptr, done);
        });
        QVERIFY(token.ok());
        QSignalSpy rotated(&client, &MarketplaceClient::refreshTokenRotated);
        const QString first = client.refreshToken();
        // The access token is refused once: the client refreshes and retries.
        m_fake.override(
            "GET", QStringLiteral("/v1/me"),
            FakeMarketplace::Answer::json(401, nlohmann::json{{"Errors", {{{"ErrorCode", "InvalidToken"}}}}}), 1);
        auto me = wait<wire::MeUser>([&](auto done) { client.me(nullptr, done); });
        QVERIFY2(me.ok(), qPrintable(me.error.detail()));
        QCOMPARE(rotated.count(), 1);
        QCOMPARE(rotated.at(0).at(0).toString(), client.refreshToken());
        QVERIFY(client.refreshToken() != first);
        QCOMPARE(QByteArray(client.refreshToken().toUtf8()), m_fake.refreshTokens().last());
    }
};

QTEST_GUILESS_MAIN(TestRealShapes)
#include "tst_realshapes.moc"
