#include "TestServer.h"
#include "core/api/PolicyApi.h"
#include "core/api/ReceiptApi.h"
#include "core/api/SessionBoardApi.h"
#include "core/api/SessionsApi.h"

#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

// The typed calls behind the live board, the policy and the receipt, against the real server: a
// supervisor lists the active sessions, decides a co-sign and force-ends a session with a comment;
// the policy round-trips; the receipt comes as a record and as the server's text and HTML.
class TestSessionBoardApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<MarketplaceClient> m_agent, m_supervisor;

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

    std::unique_ptr<MarketplaceClient> signIn(const QString &username)
    {
        auto c = std::make_unique<MarketplaceClient>();
        c->setBaseUrl(m_server.url());
        c->setClientId(QString::fromLatin1(Http::kDemoClientId));
        const auto r = wait<wire::AccessToken>(
            [&](auto done) { c->signIn(username, QString::fromLatin1(Http::kDemoPassword), nullptr, done); });
        if (!r.ok())
            qWarning("sign-in %s: %s", qPrintable(username), qPrintable(r.error.message()));
        return c;
    }

    wire::SessionGrant startSession()
    {
        SessionsApi sessions(m_agent.get());
        wire::SessionStart s;
        s.BuyerID = QStringLiteral("NORTHWIND");
        s.UserID = QStringLiteral("NW-0002");
        s.ClientID = QString::fromLatin1(Http::kDemoClientId);
        s.note.Reason = QStringLiteral("Caller asked for help");
        return wait<wire::SessionGrant>([&](auto done) { sessions.start(s, nullptr, done); }).value;
    }

    // An order of `quantity` gloves (12.90 each) submitted with the buyer token; the submit's answer.
    Http::Response submitOrder(const QByteArray &buyer, int quantity)
    {
        Http http(m_server.url());
        const QString id = QString::fromStdString(
            http.post(QStringLiteral("/v1/orders/Outgoing"), nlohmann::json::object(), buyer).json().value("ID", ""));
        http.post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems"),
                  {{"ProductID", "GLV-NIT-L"}, {"Quantity", quantity}}, buyer);
        return http.post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/submit"),
                         nlohmann::json::object(), buyer);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = signIn(QStringLiteral("agent01"));
        m_supervisor = signIn(QStringLiteral("supervisor01"));
        QVERIFY(m_agent->isSignedIn() && m_supervisor->isSignedIn());
    }

    void policyRoundTrips()
    {
        PolicyApi policy(m_supervisor.get());
        wire::OnbehalfPolicy p;
        p.SessionOrderLimit = wire::Amount::fromDecimal(5000, 2); // 50.00
        p.RequireWrapUp = true;
        p.VerificationChecks = {QStringLiteral("Email"), QStringLiteral("Badge number")};
        auto put = wait<wire::OnbehalfPolicy>([&](auto done) { policy.put(p, nullptr, done); });
        QVERIFY2(put.ok(), qPrintable(put.error.message()));
        QCOMPARE(put.value.ModifiedBy, std::optional<QString>(QStringLiteral("supervisor01")));
        // An agent reads what the supervisor wrote.
        PolicyApi agentView(m_agent.get());
        auto got = wait<wire::OnbehalfPolicy>([&](auto done) { agentView.get(nullptr, done); });
        QVERIFY2(got.ok(), qPrintable(got.error.message()));
        QCOMPARE(got.value.SessionOrderLimit, p.SessionOrderLimit);
        QVERIFY(got.value.RequireWrapUp);
        QCOMPARE(got.value.VerificationChecks, p.VerificationChecks);
        // ... and may not write it.
        auto refused = wait<wire::OnbehalfPolicy>([&](auto done) { agentView.put(p, nullptr, done); });
        QCOMPARE(refused.error.status(), 403);
    }

    void boardListsDecidesAndForceEnds()
    {
        const wire::SessionGrant grant = startSession();
        QVERIFY(!grant.Session.ID.isEmpty());
        const QByteArray buyer = grant.Token.access_token.toLatin1();
        // 5 × 12.90 = 64.50 is over the 50.00 set above: a pending co-sign request.
        const Http::Response refused = submitOrder(buyer, 5);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("Onbehalf.CoSignRequired"));

        SessionBoardApi board(m_supervisor.get());
        auto active =
            wait<wire::ListPage<wire::ImpersonationSession>>([&](auto done) { board.activeSessions(nullptr, done); });
        QVERIFY2(active.ok(), qPrintable(active.error.message()));
        const auto found = std::find_if(active.value.items.begin(), active.value.items.end(),
                                        [&](const auto &s) { return s.ID == grant.Session.ID; });
        QVERIFY(found != active.value.items.end());
        for (const auto &s : active.value.items)
            QVERIFY(s.isActive());
        const std::vector<PendingCoSign> pending = SessionBoardApi::pendingCoSigns(active.value.items);
        QCOMPARE(pending.size(), size_t(1));
        QCOMPARE(pending[0].session.ID, grant.Session.ID);
        QCOMPARE(pending[0].request.OrderTotal, wire::Amount::fromDecimal(6450, 2));

        auto decided = wait<wire::ImpersonationSession>([&](auto done) {
            board.decideCoSign(grant.Session.ID, pending[0].request.OrderID, false, QStringLiteral("Too much"), nullptr,
                               done);
        });
        QVERIFY2(decided.ok(), qPrintable(decided.error.message()));
        QCOMPARE(decided.value.CoSignRequests.back().Status, QStringLiteral("Declined"));
        QCOMPARE(decided.value.CoSignRequests.back().Comment, std::optional<QString>(QStringLiteral("Too much")));

        auto ended = wait<wire::ImpersonationSession>([&](auto done) {
            board.forceEnd(grant.Session.ID, QStringLiteral("  Please call the customer back  "), nullptr, done);
        });
        QVERIFY2(ended.ok(), qPrintable(ended.error.message()));
        QCOMPARE(ended.value.EndCause, std::optional<wire::EndCause>(wire::EndCause::Revoked));
        QCOMPARE(ended.value.EndedBy, std::optional<QString>(QStringLiteral("supervisor01")));
        QCOMPARE(ended.value.EndComment, std::optional<QString>(QStringLiteral("Please call the customer back")));
        // An agent cannot force-end (Revoked is a supervisor's).
        const wire::SessionGrant other = startSession();
        SessionBoardApi agentBoard(m_agent.get());
        auto notAllowed = wait<wire::ImpersonationSession>(
            [&](auto done) { agentBoard.forceEnd(other.Session.ID, QStringLiteral("x"), nullptr, done); });
        QVERIFY(notAllowed.error.status() == 400 || notAllowed.error.status() == 403);
    }

    void receiptAsRecordTextAndHtml()
    {
        PolicyApi policy(m_supervisor.get());
        const wire::OnbehalfPolicy noLimit;
        const auto reset = wait<wire::OnbehalfPolicy>([&](auto done) { policy.put(noLimit, nullptr, done); });
        QVERIFY(reset.ok());
        const wire::SessionGrant grant = startSession();
        QCOMPARE(submitOrder(grant.Token.access_token.toLatin1(), 2).status, 201);
        ReceiptApi receipts(m_agent.get());
        auto record = wait<wire::SessionReceipt>([&](auto done) { receipts.receipt(grant.Session.ID, nullptr, done); });
        QVERIFY2(record.ok(), qPrintable(record.error.message()));
        QCOMPARE(record.value.AgentName, QStringLiteral("Alex Morgan"));
        QCOMPARE(record.value.Orders.size(), size_t(1));
        QCOMPARE(record.value.Total, wire::Amount::fromDecimal(2580, 2));
        auto text = wait<QString>(
            [&](auto done) { receipts.document(grant.Session.ID, ReceiptApi::Format::Text, nullptr, done); });
        QVERIFY2(text.ok(), qPrintable(text.error.message()));
        QVERIFY2(text.value.contains(QStringLiteral("Alex Morgan")) && text.value.contains(record.value.Orders[0].ID),
                 qPrintable(text.value));
        QVERIFY(!text.value.contains(QStringLiteral("<")));
        auto html = wait<QString>(
            [&](auto done) { receipts.document(grant.Session.ID, ReceiptApi::Format::Html, nullptr, done); });
        QVERIFY2(html.ok(), qPrintable(html.error.message()));
        QVERIFY(html.value.contains(QStringLiteral("<")) && html.value.contains(QStringLiteral("Alex Morgan")));
        // A typed call still refuses a document where it expects a record.
        auto wrong = wait<wire::SessionReceipt>([&](auto done) {
            m_agent->request("GET", ReceiptApi::receiptPath(grant.Session.ID) + QStringLiteral("?format=text"), nullptr,
                             MarketplaceClient::Token::Agent, nullptr, [done](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::SessionReceipt>(r));
                             });
        });
        QCOMPARE(wrong.error.kind(), ApiError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestSessionBoardApi)
#include "tst_sessionboardapi.moc"
