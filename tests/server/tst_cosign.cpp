#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}
} // namespace

// Issue 17 on the server: the session policy, the verification gate and co-sign over the limit —
// refused, approved, declined, cumulative, outgrown — all of it on the session record.
class TestCosign : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent1, m_agent2, m_supervisor, m_admin, m_jane;

    struct Started
    {
        QString id;
        QByteArray buyerToken;
    };

    Started start(const QByteArray &agent)
    {
        const Http::Response r = m_http->post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "NORTHWIND"}, {"UserID", "NW-0002"}, {"ClientID", kClient}, {"Reason", "Phone order"}}, agent);
        if (r.status != 201)
            qWarning("start: %d %s", r.status, r.body.constData());
        return {str(r.json()["Session"]["ID"]), str(r.json()["AccessToken"]["access_token"]).toLatin1()};
    }

    static QString path(const QString &id, const char *tail = "")
    {
        return QStringLiteral("/v1/impersonationsessions/") + id + QString::fromLatin1(tail);
    }

    static QString orderPath(const QString &id, const char *tail = "")
    {
        return QStringLiteral("/v1/orders/Outgoing/") + id + QString::fromLatin1(tail);
    }

    Http::Response putPolicy(const json &policy, const QByteArray &token = {})
    {
        return m_http->put(QStringLiteral("/v1/onbehalf/policy"), policy, token.isEmpty() ? m_supervisor : token);
    }

    // A cart of `quantity` nitrile gloves (L): 10 → 115.00, 50 → 497.50, 1 → 12.90.
    QString cart(const QByteArray &buyer, int quantity)
    {
        const Http::Response created = m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), buyer);
        const QString id = str(created.json()["ID"]);
        const Http::Response line =
            m_http->post(orderPath(id, "/lineitems"), {{"ProductID", "GLV-NIT-L"}, {"Quantity", quantity}}, buyer);
        if (created.status != 201 || line.status != 201)
            qWarning("cart: %d %d %s", created.status, line.status, line.body.constData());
        return id;
    }

    Http::Response submit(const QString &order, const QByteArray &buyer)
    {
        return m_http->post(orderPath(order, "/submit"), json::object(), buyer);
    }

    Http::Response cosign(const QString &session, const QString &order, bool approve, const QByteArray &token,
                          const char *comment = "Checked with the caller's manager")
    {
        return m_http->post(path(session, "/cosign"),
                            {{"OrderID", order.toStdString()}, {"Approve", approve}, {"Comment", comment}}, token);
    }

    json session(const QString &id) { return m_http->get(path(id), m_supervisor).json(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent1 = m_http->login(QStringLiteral("agent01"));
        m_agent2 = m_http->login(QStringLiteral("agent02"));
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_jane = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!m_agent1.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty() && !m_jane.isEmpty());
    }

    void init()
    {
        // Every test starts from no limit and no verification.
        QCOMPARE(putPolicy({{"SessionOrderLimit", nullptr}, {"RequireVerification", false}}).status, 200);
    }

    void policyIsReadByAgentsAndWrittenBySupervisorsAndAdmins()
    {
        const json defaults = m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_agent1).json();
        QVERIFY(defaults["SessionOrderLimit"].is_null());
        QCOMPARE(str(defaults["Currency"]), QStringLiteral("USD"));
        QCOMPARE(defaults["RequireVerification"].get<bool>(), false);
        QCOMPARE(defaults["VerificationChecks"].dump(), json({"Email", "Postcode", "LastOrder"}).dump());
        QCOMPARE(defaults["ScreenLockGraceMinutes"].get<int>(), 0); // the desk ends a session at once

        const json wanted{{"SessionOrderLimit", 1000.5},
                          {"Currency", "USD"},
                          {"RequireVerification", true},
                          {"VerificationChecks", {"Email", "Postcode", "LastOrder", "Date of birth"}}};
        Http::Response r = putPolicy(wanted);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["ModifiedBy"]), QStringLiteral("supervisor01"));
        const json read = m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_agent2).json();
        QCOMPARE(read["SessionOrderLimit"].dump(), std::string("1000.5"));
        QCOMPARE(read["VerificationChecks"].size(), size_t(4));
        QCOMPARE(read["RequireVerification"].get<bool>(), true);
        // The screen-lock pause (the desk applies it) is stored and read back like the rest.
        QCOMPARE(putPolicy({{"ScreenLockGraceMinutes", 15}}).status, 200);
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_agent1).json()["ScreenLockGraceMinutes"].get<int>(),
            15);
        QCOMPARE(putPolicy({{"ScreenLockGraceMinutes", 241}}).status, 400);
        QCOMPARE(putPolicy({{"ScreenLockGraceMinutes", 0}}).status, 200);

        // An ApiClientAdmin writes it too; an agent and a buyer token do not, nor read (the buyer).
        QCOMPARE(putPolicy(wanted, m_admin).status, 200);
        QCOMPARE(str(m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_admin).json()["ModifiedBy"]),
                 QStringLiteral("admin01"));
        QCOMPARE(putPolicy(wanted, m_agent1).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_jane).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/v1/onbehalf/policy"), start(m_agent1).buyerToken).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/v1/onbehalf/policy")).status, 401);
        QCOMPARE(m_http->request("DELETE", QStringLiteral("/v1/onbehalf/policy"), {}, m_supervisor).status, 405);
    }

    void policyRefusesNonsense_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("negative limit") << QByteArray(R"({"SessionOrderLimit":-1})")
                                        << QStringLiteral("Onbehalf.InvalidOrderLimit");
        QTest::newRow("limit as text") << QByteArray(R"({"SessionOrderLimit":"lots"})")
                                       << QStringLiteral("InvalidRequest");
        QTest::newRow("currency") << QByteArray(R"({"Currency":"dollars"})")
                                  << QStringLiteral("Onbehalf.InvalidCurrency");
        QTest::newRow("duplicate check") << QByteArray(R"({"VerificationChecks":["Email","Email"]})")
                                         << QStringLiteral("Onbehalf.InvalidVerificationChecks");
        QTest::newRow("blank check") << QByteArray(R"({"VerificationChecks":[" "]})")
                                     << QStringLiteral("Onbehalf.InvalidVerificationChecks");
        QTest::newRow("grace") << QByteArray(R"({"ScreenLockGraceMinutes":-5})")
                               << QStringLiteral("Onbehalf.InvalidScreenLockGrace");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("InvalidJson");
    }

    void policyRefusesNonsense()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Http::Response r = m_http->request("PUT", QStringLiteral("/v1/onbehalf/policy"), body, m_supervisor);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), error);
        QVERIFY(m_http->get(QStringLiteral("/v1/onbehalf/policy"), m_agent1).json()["SessionOrderLimit"].is_null());
    }

    void verificationGatesOrderCreation()
    {
        QCOMPARE(putPolicy({{"RequireVerification", true}}).status, 200);
        const Started s = start(m_agent1);
        const Http::Response refused =
            m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), s.buyerToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("Onbehalf.VerificationRequired"));
        // Not the buyer's own sign-in: the gate is for sessions.
        QCOMPARE(m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), m_jane).status, 201);
        // A note of another kind is not a verification.
        QCOMPARE(m_http->post(path(s.id, "/notes"), {{"Kind", "Note"}, {"Text", "Caller in a hurry"}}, m_agent1).status,
                 201);
        QCOMPARE(m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), s.buyerToken).status, 403);
        QCOMPARE(
            m_http->post(path(s.id, "/notes"), {{"Kind", "Verification"}, {"Checks", {"Email", "LastOrder"}}}, m_agent1)
                .status,
            201);
        const QString order = cart(s.buyerToken, 1);
        QVERIFY(!order.isEmpty());
        QCOMPARE(submit(order, s.buyerToken).status, 201);

        // A cart made before the policy asked for verification cannot be submitted without one.
        QCOMPARE(putPolicy({{"RequireVerification", false}}).status, 200);
        const Started early = start(m_agent1);
        const QString earlyCart = cart(early.buyerToken, 1);
        QCOMPARE(putPolicy({{"RequireVerification", true}}).status, 200);
        const Http::Response late = submit(earlyCart, early.buyerToken);
        QCOMPARE(late.status, 403);
        QCOMPARE(late.errorCode(), QStringLiteral("Onbehalf.VerificationRequired"));
    }

    void overTheLimitWaitsForCosignThenPasses()
    {
        QCOMPARE(putPolicy({{"SessionOrderLimit", 100}}).status, 200);
        const Started s = start(m_agent1);
        const QString order = cart(s.buyerToken, 10); // 115.00
        Http::Response r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Onbehalf.CoSignRequired"));
        const json data = r.json()["Errors"][0]["Data"];
        QCOMPARE(data["OrderTotal"].dump(), std::string("115"));
        QCOMPARE(data["Limit"].dump(), std::string("100"));
        const QString requestId = str(data["RequestID"]);
        // Asking again does not queue a second request.
        r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(str(r.json()["Errors"][0]["Data"]["RequestID"]), requestId);
        json rec = session(s.id);
        QCOMPARE(rec["CoSignRequests"].size(), size_t(1));
        QCOMPARE(str(rec["CoSignRequests"][0]["Status"]), QStringLiteral("Pending"));
        QCOMPARE(str(rec["CoSignRequests"][0]["RequestedBy"]), QStringLiteral("agent01"));
        QCOMPARE(str(m_http->get(orderPath(order), s.buyerToken).json()["Status"]), QStringLiteral("Unsubmitted"));

        // Agents, the buyer token and the admin cannot decide; the supervisor does.
        QCOMPARE(cosign(s.id, order, true, m_agent1).status, 403);
        QCOMPARE(cosign(s.id, order, true, s.buyerToken).status, 403);
        QCOMPARE(cosign(s.id, order, true, m_admin).status, 403);
        QCOMPARE(cosign(s.id, QStringLiteral("no-such-order"), true, m_supervisor).status, 404);
        const Http::Response missing =
            m_http->post(path(s.id, "/cosign"), {{"OrderID", order.toStdString()}}, m_supervisor);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("Required"));
        r = cosign(s.id, order, true, m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["CoSignRequests"][0]["Status"]), QStringLiteral("Approved"));
        QCOMPARE(str(r.json()["CoSignRequests"][0]["DecidedBy"]), QStringLiteral("supervisor01"));
        QCOMPARE(cosign(s.id, order, false, m_supervisor).status, 409); // decided once

        r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("Open"));
        rec = session(s.id);
        QCOMPARE(rec["SubmittedTotal"].dump(), std::string("115"));
        QCOMPARE(str(rec["CoSignRequests"][0]["Comment"]), QStringLiteral("Checked with the caller's manager"));
    }

    void declinedStaysDeclined()
    {
        QCOMPARE(putPolicy({{"SessionOrderLimit", 100}}).status, 200);
        const Started s = start(m_agent1);
        const QString order = cart(s.buyerToken, 10);
        QCOMPARE(submit(order, s.buyerToken).status, 403);
        QCOMPARE(cosign(s.id, order, false, m_supervisor, "Too much for one call").status, 200);
        const Http::Response r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Onbehalf.CoSignDeclined"));
        QVERIFY(str(r.json()["Errors"][0]["Message"]).contains(QStringLiteral("Too much for one call")));
        QCOMPARE(str(session(s.id)["CoSignRequests"][0]["Status"]), QStringLiteral("Declined"));
        // Brought under the limit, it needs nobody.
        QCOMPARE(
            m_http
                ->patch(orderPath(order, "/lineitems/") +
                            str(m_http->get(orderPath(order, "/lineitems"), s.buyerToken).json()["Items"][0]["ID"]),
                        {{"Quantity", 5}}, s.buyerToken)
                .status,
            200);
        QCOMPARE(submit(order, s.buyerToken).status, 201);
    }

    void cumulativeTotalCounts()
    {
        QCOMPARE(putPolicy({{"SessionOrderLimit", 200}}).status, 200);
        const Started s = start(m_agent1);
        QCOMPARE(submit(cart(s.buyerToken, 10), s.buyerToken).status, 201); // 115.00
        const QString second = cart(s.buyerToken, 10);                      // 115.00 alone, 230.00 together
        const Http::Response r = submit(second, s.buyerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Onbehalf.CoSignRequired"));
        QCOMPARE(r.json()["Errors"][0]["Data"]["SessionTotal"].dump(), std::string("230"));
        // Another session of the same agent starts from zero.
        const Started other = start(m_agent1);
        QCOMPARE(submit(cart(other.buyerToken, 10), other.buyerToken).status, 201);
        // Four eyes: a supervisor cannot approve an order of their own session.
        const Started own = start(m_supervisor);
        const QString big = cart(own.buyerToken, 50);
        QCOMPARE(submit(big, own.buyerToken).status, 403);
        const Http::Response self = cosign(own.id, big, true, m_supervisor);
        QCOMPARE(self.status, 403);
        QCOMPARE(self.errorCode(), QStringLiteral("Onbehalf.CoSignOwnSession"));
    }

    void anOrderThatGrowsAsksAgain()
    {
        QCOMPARE(putPolicy({{"SessionOrderLimit", 100}}).status, 200);
        const Started s = start(m_agent1);
        const QString order = cart(s.buyerToken, 10); // 115.00
        QCOMPARE(submit(order, s.buyerToken).status, 403);
        QCOMPARE(cosign(s.id, order, true, m_supervisor).status, 200);
        // Approved for 115.00; now it is 127.90: a new request, the approval does not stretch.
        QCOMPARE(
            m_http->post(orderPath(order, "/lineitems"), {{"ProductID", "GLV-NIT-L"}, {"Quantity", 1}}, s.buyerToken)
                .status,
            201);
        Http::Response r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()["Errors"][0]["Data"]["OrderTotal"].dump(), std::string("127.9"));
        // Grows again while pending: the pending request is superseded by one for the new total.
        QCOMPARE(
            m_http->post(orderPath(order, "/lineitems"), {{"ProductID", "GLV-NIT-L"}, {"Quantity", 1}}, s.buyerToken)
                .status,
            201);
        r = submit(order, s.buyerToken);
        QCOMPARE(r.status, 403);
        const json requests = session(s.id)["CoSignRequests"];
        QCOMPARE(requests.size(), size_t(3));
        QCOMPARE(str(requests[0]["Status"]), QStringLiteral("Approved"));
        QCOMPARE(str(requests[1]["Status"]), QStringLiteral("Superseded"));
        QCOMPARE(str(requests[2]["Status"]), QStringLiteral("Pending"));
        QCOMPARE(requests[2]["OrderTotal"].dump(), std::string("140.8"));
        // Once the session has ended nobody decides for it.
        QCOMPARE(m_http->post(path(s.id, "/end"), json::object(), m_agent1).status, 200);
        QCOMPARE(cosign(s.id, order, true, m_supervisor).status, 409);
    }

    void limitHoldsTheTotalAsSubmitted()
    {
        // CONTOSO orders go through the checkout integration: at submit it calculates shipping and
        // tax once more, and that total is what the limit is held against.
        QCOMPARE(putPolicy({{"SessionOrderLimit", 40}}).status, 200);
        const Http::Response started = m_http->post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "CONTOSO"}, {"UserID", "CS-0001"}, {"ClientID", kClient}, {"Reason", "Phone order"}},
            m_agent1);
        QCOMPARE(started.status, 201);
        const QByteArray buyer = str(started.json()["AccessToken"]["access_token"]).toLatin1();
        const QString order =
            str(m_http->post(QStringLiteral("/v1/orders/Outgoing"), {{"ShippingAddressID", "CS-0001-WA"}}, buyer)
                    .json()["ID"]);
        QCOMPARE(
            m_http->post(orderPath(order, "/lineitems"), {{"ProductID", "PEN-BLU"}, {"Quantity", 3}}, buyer).status,
            201); // 28.50
        QCOMPARE(m_http->post(orderPath(order, "/estimateshipping"), json::object(), buyer).status, 200);
        const Http::Response selected = m_http->post(
            orderPath(order, "/shipmethods"),
            {{"ShipMethodSelections", {{{"ShipEstimateID", "SHIP-ALL"}, {"ShipMethodID", "Express"}}}}}, buyer);
        QCOMPARE(selected.status, 200); // 28.50 + 24.95 + 2.88 tax = 56.33

        // The stored figure is older than the submit (as if the rates changed since): without
        // shipping and tax it is under the limit.
        {
            const QString url = m_server.databaseUrl();
            QSqlDatabase db;
            if (url.startsWith(QLatin1String("sqlite:"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cosign-total"));
                db.setDatabaseName(url.mid(7));
            } else {
                const QUrl u(url);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cosign-total"));
                db.setHostName(u.host());
                db.setPort(u.port(5432));
                db.setUserName(u.userName());
                db.setPassword(u.password());
                db.setDatabaseName(u.path().mid(1));
            }
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE orders SET shipping_cost = 0, tax_cost = 0, total = subtotal WHERE id = ?"));
            q.addBindValue(order);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cosign-total"));
        QCOMPARE(m_http->get(orderPath(order), buyer).json()["Total"].dump(), std::string("28.5"));

        const Http::Response r = submit(order, buyer);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Onbehalf.CoSignRequired"));
        QCOMPARE(r.json()["Errors"][0]["Data"]["OrderTotal"].dump(), std::string("56.33"));
        const QString id = str(started.json()["Session"]["ID"]);
        QCOMPARE(cosign(id, order, true, m_supervisor).status, 200);
        const Http::Response passed = submit(order, buyer);
        QCOMPARE(passed.status, 201);
        QCOMPARE(passed.json()["Total"].dump(), std::string("56.33"));
    }
};

QTEST_GUILESS_MAIN(TestCosign)
#include "tst_cosign.moc"
