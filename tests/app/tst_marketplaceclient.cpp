#include "TestServer.h"
#include "core/net/MarketplaceClient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace onbehalf;
using namespace onbehalf::test;

// The client's contract: typed results, plain-words errors, central token handling, refresh once.
class TestMarketplaceClient : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    template <typename T, typename Call>
    static Result<T> wait(Call call)
    {
        Result<T> out;
        bool done = false;
        call([&](Result<T> r) {
            out = std::move(r);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            out.error = ApiError::timeout();
        return out;
    }

    static std::unique_ptr<MarketplaceClient> client(const QUrl &url)
    {
        auto c = std::make_unique<MarketplaceClient>();
        c->setBaseUrl(url);
        c->setClientId(QString::fromLatin1(Http::kDemoClientId));
        return c;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void signInAndTypedCalls()
    {
        auto c = client(m_server.url());
        auto token = wait<wire::AccessToken>([&](auto done) {
            c->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
        });
        QVERIFY2(token.ok(), qPrintable(token.error.message()));
        QVERIFY(c->isSignedIn());
        QVERIFY(!c->refreshToken().isEmpty());
        auto me = wait<wire::MeUser>([&](auto done) { c->me(nullptr, done); });
        QCOMPARE(me.value.Username, QStringLiteral("agent01"));
        auto buyers = wait<wire::ListPage<wire::Buyer>>([&](auto done) { c->listBuyers(nullptr, done); });
        QCOMPARE(buyers.value.items.size(), size_t(3));
        BuyerUserQuery q;
        q.buyerId = QStringLiteral("NORTHWIND");
        q.search = QStringLiteral("jane do"); // words match inside fields: a lone "d" is in every "northwind"
        auto users = wait<wire::ListPage<wire::User>>([&](auto done) { c->listBuyerUsers(q, nullptr, done); });
        QCOMPARE(users.value.meta.TotalCount, 1);
        QCOMPARE(users.value.items.front().Username, QStringLiteral("jane.doe"));
        auto groups = wait<QStringList>([&](auto done) {
            c->userGroupNames(QStringLiteral("NORTHWIND"), QStringLiteral("NW-0001"), nullptr, done);
        });
        QVERIFY(!groups.value.isEmpty());
        auto allowed = wait<ImpersonationEligibility>([&](auto done) {
            c->impersonationEligibility(QStringLiteral("NORTHWIND"), QStringLiteral("NW-0001"), nullptr, done);
        });
        QCOMPARE(allowed.value.state, ImpersonationEligibility::State::Allowed);
        auto refused = wait<ImpersonationEligibility>([&](auto done) {
            c->impersonationEligibility(QStringLiteral("FABRIKAM"), QStringLiteral("FB-0001"), nullptr, done);
        });
        QCOMPARE(refused.value.state, ImpersonationEligibility::State::NotAllowed);
        QCOMPARE(refused.value.message,
                 QStringLiteral("No impersonation rule lets you act for Fabrikam Hotels users."));
    }

    void errorsInPlainWords()
    {
        auto c = client(m_server.url());
        auto bad = wait<wire::AccessToken>(
            [&](auto done) { c->signIn(QStringLiteral("agent01"), QStringLiteral("Wrong#12345"), nullptr, done); });
        QCOMPARE(bad.error.status(), 400);
        QCOMPARE(bad.error.errorCode(), QStringLiteral("Auth.InvalidUsernameOrPassword"));
        QVERIFY(bad.error.message().contains(QStringLiteral("not right")));
        QVERIFY(!c->isSignedIn());
        // Not signed in: the marketplace says 401 and the message says what to do.
        auto me = wait<wire::MeUser>([&](auto done) { c->me(nullptr, done); });
        QCOMPARE(me.error.status(), 401);
        QVERIFY(me.error.message().contains(QStringLiteral("sign in")));
    }

    void expiredAgentTokenIsRefreshedOnce()
    {
        TestServer shortLived;
        TestServer::Options o;
        o.accessTokenLifetime = 2;
        QVERIFY(shortLived.start(o));
        auto c = client(shortLived.url());
        QSignalSpy changed(c.get(), &MarketplaceClient::agentTokenChanged);
        QVERIFY(wait<wire::AccessToken>([&](auto done) {
                    c->signIn(QStringLiteral("agent02"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
                }).ok());
        QTest::qWait(2500);
        // Three calls at once with an expired token: one refresh, all three succeed.
        int ok = 0;
        for (int i = 0; i < 3; ++i)
            c->me(nullptr, [&ok](Result<wire::MeUser> r) { ok += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 3, 10000);
        QCOMPARE(changed.size(), 2); // sign-in, then exactly one refresh
    }

    void refusedRefreshMeansSignInAgain()
    {
        TestServer shortLived;
        TestServer::Options o;
        o.accessTokenLifetime = 2;
        QVERIFY(shortLived.start(o));
        auto c = client(shortLived.url());
        QVERIFY(wait<wire::AccessToken>([&](auto done) {
                    c->signIn(QStringLiteral("agent03"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
                }).ok());
        // The refresh token is revoked elsewhere (sign-out on another desk).
        Http http(shortLived.url());
        QCOMPARE(http.del(QStringLiteral("/v1/me/tokens"), http.login(QStringLiteral("agent03"))).status, 204);
        QTest::qWait(2500);
        QSignalSpy expired(c.get(), &MarketplaceClient::signInExpired);
        auto me = wait<wire::MeUser>([&](auto done) { c->me(nullptr, done); });
        QCOMPARE(me.error.status(), 401);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!c->isSignedIn());
    }

    void slowAndMissingServers()
    {
        // A server that accepts and never answers: the per-request timeout turns it into words.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        c->setTimeout(500);
        QElapsedTimer t;
        t.start();
        auto slow = wait<wire::AccessToken>([&](auto done) {
            c->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
        });
        QCOMPARE(slow.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(slow.error.isTransient());

        const quint16 port = silent.serverPort();
        silent.close();
        auto down = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        auto r = wait<wire::AccessToken>([&](auto done) {
            down->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
        });
        QCOMPARE(r.error.kind(), ApiError::Kind::Unreachable);
        QVERIFY(r.error.message().contains(QStringLiteral("cannot be reached")));
    }

    // A runaway answer (declared too large, or streamed without end) is cut off at ApiJob's limit
    // with words for the agent: the desk neither reads it whole nor waits for its end.
    void oversizedAnswersAreCutOff()
    {
        for (const bool declared : {true, false}) {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            qint64 written = 0;
            QTimer pump;
            pump.setInterval(1);
            QPointer<QTcpSocket> peer;
            connect(&server, &QTcpServer::newConnection, this, [&] {
                peer = server.nextPendingConnection();
                connect(peer, &QTcpSocket::readyRead, this, [&, declared] {
                    peer->readAll();
                    if (pump.isActive())
                        return;
                    peer->write(declared ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                      "Content-Length: 104857600\r\n\r\n")
                                         : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\n"));
                    pump.start();
                });
            });
            const QByteArray chunk(256 * 1024, ' ');
            connect(&pump, &QTimer::timeout, this, [&, declared] {
                // Like a slow proxy: a little at a time, never more than the peer takes.
                if (!peer || peer->state() != QAbstractSocket::ConnectedState || peer->bytesToWrite() > 1024 * 1024 ||
                    written > 200 * 1024 * 1024)
                    return;
                peer->write(declared ? chunk : QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                written += chunk.size();
            });
            auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
            auto r = wait<wire::AccessToken>([&](auto done) {
                c->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
            });
            pump.stop();
            QVERIFY(!r.ok());
            QCOMPARE(r.error.errorCode(), QStringLiteral("AnswerTooLarge"));
            QVERIFY2(r.error.message().contains(QStringLiteral("larger than")), qPrintable(r.error.message()));
            // Declared: refused from the head. Streamed: stopped once the limit is passed (plus what
            // the socket buffers held), long before the 200 MB on offer.
            QVERIFY2(written < (declared ? 8 : 40) * 1024 * 1024, qPrintable(QString::number(written)));
        }
    }

    void callbacksNeverReachADeadContext()
    {
        auto c = client(m_server.url());
        bool called = false;
        {
            QObject context;
            c->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), &context,
                      [&called](Result<wire::AccessToken>) { called = true; });
        }
        QTest::qWait(1500);
        QVERIFY(!called);
    }

    void requestsCarryRequestIdsAndNeverTheBuyerTokenByAccident()
    {
        auto c = client(m_server.url());
        QVERIFY(wait<wire::AccessToken>([&](auto done) {
                    c->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr, done);
                }).ok());
        // No buyer token set: an "as the buyer" call goes out without one and is refused.
        auto r = wait<nlohmann::json>([&](auto done) {
            c->get(QStringLiteral("/v1/me/products"), MarketplaceClient::Token::Buyer, nullptr, done);
        });
        QCOMPARE(r.error.status(), 401);
        QPointer<ApiJob> job =
            c->get(QStringLiteral("/v1/me"), MarketplaceClient::Token::Agent, nullptr, [](Result<nlohmann::json>) {});
        QVERIFY(job);
        QCOMPARE(QUuid::fromString(job->requestId()).isNull(), false);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceClient)
#include "tst_marketplaceclient.moc"
