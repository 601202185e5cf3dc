#include "TestServer.h"

#include <QDate>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;

QString s(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}
} // namespace

// A buyer shopping and ordering — with its own token and with an agent's impersonation token.
class TestOrders : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent, m_imp, m_jane;
    QString m_session;

    QString newOrder(const QByteArray &token, const json &body = json::object())
    {
        const Http::Response r = m_http->post(QStringLiteral("/v1/orders/Outgoing"), body, token);
        if (r.status != 201)
            qWarning("create order: %d %s", r.status, r.body.constData());
        return r.status == 201 ? s(r.json()["ID"]) : QString();
    }

    Http::Response addLine(const QString &order, const char *product, int quantity, const QByteArray &token)
    {
        return m_http->post(QStringLiteral("/v1/orders/Outgoing/") + order + QStringLiteral("/lineitems"),
                            {{"ProductID", product}, {"Quantity", quantity}}, token);
    }

    json order(const QString &id, const QByteArray &token)
    {
        return m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, token).json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_jane = m_http->login(QStringLiteral("jane.doe"));
        const Http::Response r = m_http->post(QStringLiteral("/v1/impersonationsessions"),
                                              {{"BuyerID", "NORTHWIND"},
                                               {"UserID", "NW-0001"},
                                               {"ClientID", kClient},
                                               {"Reason", "Caller reorders ward supplies"},
                                               {"CaseNumber", "CASE-1001"}},
                                              m_agent);
        QCOMPARE(r.status, 201);
        m_session = s(r.json()["Session"]["ID"]);
        m_imp = QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>());
    }

    void buyerSeesOnlyItsCatalog()
    {
        const json page = m_http->get(QStringLiteral("/v1/me/products?pageSize=100"), m_imp).json();
        QVERIFY(page["Meta"]["TotalCount"].get<int>() >= 15);
        QStringList ids;
        for (const auto &p : page["Items"]) {
            ids << s(p["ID"]);
            QVERIFY2(p["PriceSchedule"].is_object(), p.dump().c_str());
        }
        QVERIFY(ids.contains(QStringLiteral("GLV-NIT-M")));
        QVERIFY(!ids.contains(QStringLiteral("PCL-HB"))); // a Contoso-only product
        QCOMPARE(m_http->get(QStringLiteral("/v1/me/products/PCL-HB"), m_imp).status, 404);
        const json gloves = m_http->get(QStringLiteral("/v1/me/products/GLV-NIT-M"), m_imp).json();
        QCOMPARE(gloves["PriceSchedule"]["PriceBreaks"].size(), size_t(3));
        QCOMPARE(gloves["PriceSchedule"]["MaxQuantity"].get<int>(), 200);

        // Any word of the name is searchable, as agents type it.
        const json found = m_http->get(QStringLiteral("/v1/me/products?search=glov"), m_imp).json();
        QCOMPARE(found["Meta"]["TotalCount"].get<int>(), 2);
        // An admin token has no "me" products.
        QCOMPARE(m_http->get(QStringLiteral("/v1/me/products"), m_agent).status, 403);
    }

    void pricesComeFromBreaks_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("subtotal");
        QTest::newRow("below first break") << 9 << QStringLiteral("12.9") << QStringLiteral("116.1");
        QTest::newRow("at a break") << 10 << QStringLiteral("11.5") << QStringLiteral("115");
        QTest::newRow("between breaks") << 49 << QStringLiteral("11.5") << QStringLiteral("563.5");
        QTest::newRow("top break") << 50 << QStringLiteral("9.95") << QStringLiteral("497.5");
    }

    void pricesComeFromBreaks()
    {
        QFETCH(int, quantity);
        QFETCH(QString, unit);
        QFETCH(QString, subtotal);
        const QString id = newOrder(m_imp);
        const Http::Response r = addLine(id, "GLV-NIT-L", quantity, m_imp);
        QCOMPARE(r.status, 201);
        // Compared as JSON text: exact decimals, no binary floating point residue.
        QCOMPARE(QString::fromStdString(r.json()["UnitPrice"].dump()), unit);
        QCOMPARE(QString::fromStdString(r.json()["LineSubtotal"].dump()), subtotal);
        QCOMPARE(QString::fromStdString(order(id, m_imp)["Total"].dump()), subtotal);
    }

    void quantityLimits()
    {
        const QString id = newOrder(m_imp);
        Http::Response r = addLine(id, "BND-ELA", 5, m_imp); // minimum 10
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("PriceSchedule.CannotBeLessThanMin"));
        r = addLine(id, "DEF-AED", 2, m_imp); // maximum 1
        QCOMPARE(r.errorCode(), QStringLiteral("PriceSchedule.CannotExceedMax"));
        r = addLine(id, "GAU-10", 0, m_imp);
        QCOMPARE(r.errorCode(), QStringLiteral("LineItem.QuantityMustBePositive"));
        r = addLine(id, "NOPE", 1, m_imp);
        QCOMPARE(r.status, 404);
        r = m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems"),
                         {{"ProductID", "GAU-10"}, {"Quantity", "three"}}, m_imp);
        QCOMPARE(r.status, 400);
        // Nothing of the refused lines reached the order.
        QCOMPARE(order(id, m_imp)["LineItemCount"].get<int>(), 0);
    }

    void totalsStayConsistent()
    {
        const QString id = newOrder(m_imp);
        QCOMPARE(addLine(id, "SAN-GEL-500", 3, m_imp).status, 201); // 3 × 4.75
        const json gel = addLine(id, "ALC-WIPE", 7, m_imp).json();  // 7 × 3.80
        QCOMPARE(addLine(id, "MSK-SURG", 1, m_imp).status, 201);    // 1 × 8.40
        json o = order(id, m_imp);
        QCOMPARE(o["LineItemCount"].get<int>(), 3);
        QCOMPARE(QString::fromStdString(o["Subtotal"].dump()), QStringLiteral("49.25"));
        QCOMPARE(QString::fromStdString(o["Total"].dump()), QStringLiteral("49.25"));

        const QString line = QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems/") + s(gel["ID"]);
        const Http::Response patched = m_http->patch(line, {{"Quantity", 20}}, m_imp); // 20 × 3.20 (break at 20)
        QCOMPARE(patched.status, 200);
        QCOMPARE(QString::fromStdString(patched.json()["LineTotal"].dump()), QStringLiteral("64"));
        QCOMPARE(QString::fromStdString(order(id, m_imp)["Total"].dump()), QStringLiteral("86.65"));

        QCOMPARE(m_http->del(line, m_imp).status, 204);
        o = order(id, m_imp);
        QCOMPARE(o["LineItemCount"].get<int>(), 2);
        QCOMPARE(QString::fromStdString(o["Total"].dump()), QStringLiteral("22.65"));
        const json lines =
            m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems"), m_imp).json();
        QCOMPARE(lines["Items"].size(), size_t(2));
    }

    void shippingAddress()
    {
        const QString id = newOrder(m_imp, {{"ShippingAddressID", "NW-0001-SHIP"}});
        QVERIFY(!id.isEmpty());
        const json line = addLine(id, "GAU-10", 2, m_imp).json();
        QCOMPARE(line["ShippingAddress"]["City"].get<std::string>(), std::string("Seattle"));
        // Another user's address is not this buyer's to use.
        const Http::Response r =
            m_http->patch(QStringLiteral("/v1/orders/Outgoing/") + id, {{"ShippingAddressID", "NW-0002-SHIP"}}, m_imp);
        QCOMPARE(r.status, 400);
        const Http::Response shipto = m_http->put(
            QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/shipto"),
            {{"Street1", "1 Test Way"}, {"City", "Tacoma"}, {"State", "WA"}, {"Zip", "98402"}, {"Country", "US"}},
            m_imp);
        QCOMPARE(shipto.status, 200);
        QCOMPARE(shipto.json()["ShippingAddress"]["City"].get<std::string>(), std::string("Tacoma"));
    }

    void submitRules()
    {
        const QString empty = newOrder(m_imp);
        Http::Response r = m_http->post(QStringLiteral("/v1/orders/Outgoing/") + empty + QStringLiteral("/submit"),
                                        json::object(), m_imp);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Order.CannotSubmitWithNoLineItems"));

        const QString id = newOrder(m_imp);
        QCOMPARE(addLine(id, "GAU-10", 2, m_imp).status, 201);
        r = m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/submit"), json::object(),
                         m_imp);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()["Status"].get<std::string>(), std::string("Open"));
        QVERIFY(r.json()["IsSubmitted"].get<bool>());
        QVERIFY(r.json()["DateSubmitted"].is_string());
        // A second click never submits twice.
        r = m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/submit"), json::object(),
                         m_imp);
        QCOMPARE(r.errorCode(), QStringLiteral("Order.CannotSubmitBadStatus"));
        QCOMPARE(addLine(id, "GAU-10", 1, m_imp).status, 400);
        QCOMPARE(m_http->del(QStringLiteral("/v1/orders/Outgoing/") + id, m_imp).status, 400);
    }

    void xpMergeAndLimits()
    {
        const QString id = newOrder(m_imp, {{"xp", {{"Ward", {{"Floor", 3}}}}}});
        const QString path = QStringLiteral("/v1/orders/Outgoing/") + id;
        QCOMPARE(m_http->patch(path, {{"xp", {{"Ward", {{"Bed", "12A"}}}, {"Urgent", true}}}}, m_imp).status, 200);
        const json xp = order(id, m_imp)["xp"];
        QCOMPARE(xp["Ward"]["Floor"].get<int>(), 3);
        QCOMPARE(xp["Ward"]["Bed"].get<std::string>(), std::string("12A"));
        QVERIFY(xp["Urgent"].get<bool>());
        const Http::Response big = m_http->patch(path, {{"xp", {{"Blob", std::string(8100, 'x')}}}}, m_imp);
        QCOMPARE(big.status, 400);
        QCOMPARE(big.errorCode(), QStringLiteral("Xp.TooLarge"));
        // The server's attribution cannot be overwritten by the client.
        QCOMPARE(m_http->patch(path, {{"xp", {{"Onbehalf", {{"AgentUsername", "someone-else"}}}}}}, m_imp).status, 200);
        QCOMPARE(order(id, m_imp)["xp"]["Onbehalf"]["AgentUsername"].get<std::string>(), std::string("agent01"));
    }

    void ordersAreTiedToTheSessionWithoutXp()
    {
        const QString id = newOrder(m_imp, {{"xp", {{"Onbehalf", {{"SessionID", "forged"}}}}}});
        QCOMPARE(addLine(id, "GAU-10", 1, m_imp).status, 201);
        const json o = order(id, m_imp);
        QCOMPARE(s(o["xp"]["Onbehalf"]["SessionID"]), m_session);
        QCOMPARE(o["xp"]["Onbehalf"]["Reason"].get<std::string>(), std::string("Caller reorders ward supplies"));
        const json session = m_http->get(QStringLiteral("/v1/impersonationsessions/") + m_session, m_agent).json();
        QStringList ids;
        for (const auto &so : session["Orders"])
            ids << s(so["ID"]);
        QVERIFY(ids.contains(id));

        // The buyer's own order is nobody's session, and its forged attribution is dropped.
        const QString own = newOrder(m_jane, {{"xp", {{"Onbehalf", {{"SessionID", m_session.toStdString()}}}}}});
        QVERIFY(!order(own, m_jane)["xp"].contains("Onbehalf"));
        const json again = m_http->get(QStringLiteral("/v1/impersonationsessions/") + m_session, m_agent).json();
        for (const auto &so : again["Orders"])
            QVERIFY(s(so["ID"]) != own);
    }

    void visibility()
    {
        const QString id = newOrder(m_jane);
        // Another buyer user of the same company does not see it.
        const QByteArray other = m_http->login(
            s(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0002"), m_agent).json()["Username"]));
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, other).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_jane).status, 200);
        // The agent reads it as an incoming order, but cannot create orders as itself.
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Incoming/") + id, m_agent).status, 200);
        const Http::Response asAgent = m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), m_agent);
        QCOMPARE(asAgent.status, 403);
        QCOMPARE(asAgent.errorCode(), QStringLiteral("InsufficientRoles"));
        // Even an order administrator does not place orders as itself.
        const Http::Response create = m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(),
                                                   m_http->login(QStringLiteral("admin01")));
        QCOMPARE(create.status, 400);
        QCOMPARE(create.errorCode(), QStringLiteral("Order.BuyerUserRequired"));
        // /v1/me/orders lists the caller's own.
        const json mine = m_http->get(QStringLiteral("/v1/me/orders?pageSize=100"), m_jane).json();
        for (const auto &o : mine["Items"])
            QCOMPARE(o["FromUserID"].get<std::string>(), std::string("NW-0001"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Sideways"), m_agent).status, 400);
    }

    void incomingFilters()
    {
        const QString id = newOrder(m_imp);
        QCOMPARE(addLine(id, "THM-DIG", 4, m_imp).status, 201);
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/submit"), json::object(), m_imp)
                .status,
            201);
        auto count = [this](const QString &query) {
            const Http::Response r = m_http->get(QStringLiteral("/v1/orders/Incoming?pageSize=100&") + query, m_agent);
            if (r.status != 200)
                qWarning("%s → %d %s", qPrintable(query), r.status, r.body.constData());
            return r.json()["Meta"]["TotalCount"].get<int>();
        };
        const int bySession = count(QStringLiteral("xp.Onbehalf.SessionID=") + m_session);
        QVERIFY(bySession >= 5);
        QCOMPARE(count(QStringLiteral("xp.Onbehalf.SessionID=") + m_session + QStringLiteral("&Status=Open")), 2);
        QCOMPARE(count(QStringLiteral("xp.Onbehalf.AgentUsername=agent01&Status=Open")), 2);
        QCOMPARE(count(QStringLiteral("FromUserID=NW-0001&Status=Unsubmitted")),
                 count(QStringLiteral("Status=Unsubmitted&FromCompanyID=NORTHWIND&FromUserID=NW-0001")));
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(count(QStringLiteral("Status=Open&DateSubmitted=>") + yesterday), 2);
        QCOMPARE(count(QStringLiteral("Status=Open&DateSubmitted=<") + yesterday), 0);
        // 4 × 6.90 = 27.60, filtered in currency units.
        QCOMPARE(count(QStringLiteral("ID=") + id + QStringLiteral("&Total=>27.5")), 1);
        QCOMPARE(count(QStringLiteral("ID=") + id + QStringLiteral("&Total=>27.6")), 0);
        QCOMPARE(count(QStringLiteral("ID=") + id + QStringLiteral("&Total=27.6")), 1);
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Incoming?Colour=red"), m_agent).status, 400);
    }

    void deletedOrdersStayInTheTrail()
    {
        const QString id = newOrder(m_imp);
        QCOMPARE(m_http->del(QStringLiteral("/v1/orders/Outgoing/") + id, m_imp).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_imp).status, 404);
        const json session = m_http->get(QStringLiteral("/v1/impersonationsessions/") + m_session, m_agent).json();
        bool found = false;
        for (const auto &so : session["Orders"]) {
            if (s(so["ID"]) == id) {
                found = true;
                QCOMPARE(so["Status"].get<std::string>(), std::string("Deleted"));
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
