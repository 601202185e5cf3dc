#include "TestServer.h"

#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const QString kStorefront = QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000002");

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}
// Money compared as JSON text: exact decimals.
QString num(const json &j)
{
    return QString::fromStdString(j.dump());
}
} // namespace

// The order-checkout integration (issue 16) as the demo contract has it: attached to the Service
// Desk API client, acting for CONTOSO (whose xp asks for it): Standard (5–7 days, 9.95, free above
// 250.00) and Express (1–2 days, 24.95); tax by ship-to state (WA 10.1 %, OR none).
class TestCheckout : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_sam, m_samStorefront, m_jane;

    QString path(const QString &order, const char *rest = "")
    {
        return QStringLiteral("/v1/orders/Outgoing/") + order + QLatin1String(rest);
    }

    QString newOrder(const QByteArray &token, const json &body, const std::vector<std::pair<const char *, int>> &lines)
    {
        const Http::Response created = m_http->post(QStringLiteral("/v1/orders/Outgoing"), body, token);
        if (created.status != 201)
            qWarning("create: %d %s", created.status, created.body.constData());
        const QString id = str(created.json()["ID"]);
        for (const auto &[product, quantity] : lines) {
            const Http::Response li =
                m_http->post(path(id, "/lineitems"), {{"ProductID", product}, {"Quantity", quantity}}, token);
            if (li.status != 201)
                qWarning("line: %d %s", li.status, li.body.constData());
        }
        return id;
    }

    json method(const json &worksheet, const char *id)
    {
        for (const json &m : worksheet["ShipEstimateResponse"]["ShipEstimates"][0]["ShipMethods"]) {
            if (str(m["ID"]) == QLatin1String(id))
                return m;
        }
        return nullptr;
    }

    Http::Response select(const QString &order, const char *methodId, const QByteArray &token)
    {
        return m_http->post(path(order, "/shipmethods"),
                            {{"ShipMethodSelections", {{{"ShipEstimateID", "SHIP-ALL"}, {"ShipMethodID", methodId}}}}},
                            token);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_sam = m_http->login(QStringLiteral("sam.rivera")); // through the Service Desk client
        m_samStorefront = m_http->login(QStringLiteral("sam.rivera"), QLatin1String(Http::kDemoPassword), kStorefront);
        m_jane = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!m_sam.isEmpty() && !m_samStorefront.isEmpty() && !m_jane.isEmpty());
    }

    void integrationIsAttachedToTheDeskClient()
    {
        const QByteArray admin = m_http->login(QStringLiteral("admin01"));
        const json client =
            m_http->get(QStringLiteral("/v1/apiclients/") + QLatin1String(Http::kDemoClientId), admin).json();
        QCOMPARE(str(client["OrderCheckoutIntegrationEventID"]), QStringLiteral("onbehalf-checkout"));
        const json event = m_http->get(QStringLiteral("/v1/integrationEvents/onbehalf-checkout"), admin).json();
        QCOMPARE(str(event["EventType"]), QStringLiteral("OrderCheckout"));
        QCOMPARE(str(m_http->get(QStringLiteral("/v1/buyers/CONTOSO"), admin).json()["xp"]["OrderCheckout"]),
                 QStringLiteral("onbehalf-checkout"));
    }

    void estimateSelectCalculateSubmit()
    {
        // 3 × 9.50 = 28.50 to Vancouver, WA.
        const QString id = newOrder(m_sam, {{"ShippingAddressID", "CS-0001-WA"}}, {{"PEN-BLU", 3}});
        Http::Response r = m_http->post(path(id, "/submit"), json::object(), m_sam);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Order.MissingShipMethodSelection"));
        QCOMPARE(m_http->post(path(id, "/validate"), json::object(), m_sam).errorCode(),
                 QStringLiteral("Order.MissingShipMethodSelection"));
        QCOMPARE(m_http->post(path(id, "/shipmethods"), {{"ShipMethodSelections", json::array()}}, m_sam).errorCode(),
                 QStringLiteral("Order.MissingShipEstimates"));

        r = m_http->post(path(id, "/estimateshipping"), json::object(), m_sam);
        QCOMPARE(r.status, 200);
        json ws = r.json();
        const json estimates = ws["ShipEstimateResponse"]["ShipEstimates"];
        QCOMPARE(estimates.size(), size_t(1));
        QCOMPARE(estimates[0]["ShipEstimateItems"].size(), size_t(1));
        QCOMPARE(estimates[0]["ShipEstimateItems"][0]["Quantity"].get<int>(), 3);
        QVERIFY(estimates[0]["SelectedShipMethodID"].is_null());
        const json standard = method(ws, "Standard");
        const json express = method(ws, "Express");
        QCOMPARE(num(standard["Cost"]), QStringLiteral("9.95"));
        QCOMPARE(standard["EstimatedTransitDays"].get<int>(), 7);
        QCOMPARE(standard["xp"]["MinTransitDays"].get<int>(), 5);
        QCOMPARE(num(express["Cost"]), QStringLiteral("24.95"));
        QCOMPARE(express["EstimatedTransitDays"].get<int>(), 2);
        QCOMPARE(express["xp"]["MinTransitDays"].get<int>(), 1);

        r = select(id, "Overnight", m_sam);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidShipMethodSelection"));

        r = select(id, "Express", m_sam);
        QCOMPARE(r.status, 200);
        ws = r.json();
        QCOMPARE(str(ws["ShipEstimateResponse"]["ShipEstimates"][0]["SelectedShipMethodID"]),
                 QStringLiteral("Express"));
        // Tax: 28.50 × 10.1 % = 2.8785 → 2.88 (half-even to cents).
        QCOMPARE(num(ws["OrderCalculateResponse"]["ShippingTotal"]), QStringLiteral("24.95"));
        QCOMPARE(num(ws["OrderCalculateResponse"]["TaxTotal"]), QStringLiteral("2.88"));
        QCOMPARE(num(ws["Order"]["ShippingCost"]), QStringLiteral("24.95"));
        QCOMPARE(num(ws["Order"]["TaxCost"]), QStringLiteral("2.88"));
        QCOMPARE(num(ws["Order"]["Total"]), QStringLiteral("56.33"));

        r = m_http->post(path(id, "/calculate"), json::object(), m_sam);
        QCOMPARE(num(r.json()["Order"]["Total"]), QStringLiteral("56.33"));
        QCOMPARE(m_http->post(path(id, "/validate"), json::object(), m_sam).status, 204);
        const json fetched = m_http->get(path(id, "/worksheet"), m_sam).json();
        QCOMPARE(num(fetched["Order"]["Total"]), QStringLiteral("56.33"));
        QCOMPARE(fetched["LineItems"].size(), size_t(1));

        r = m_http->post(path(id, "/submit"), json::object(), m_sam);
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("Open"));
        QCOMPARE(num(r.json()["Total"]), QStringLiteral("56.33"));
        QVERIFY(m_http->get(path(id, "/worksheet"), m_sam).json()["OrderSubmitResponse"]["Succeeded"].get<bool>());
        // Submitted: no more estimates.
        QCOMPARE(m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).status, 400);
    }

    void freeStandardAboveTheThresholdAndNoTaxInOregon()
    {
        // 12 × 22.50 (the price break from 5) = 270.00: above 250.00, to Portland, OR.
        const QString id = newOrder(m_sam, {{"ShippingAddressID", "CS-0001-SHIP"}}, {{"PPR-A4", 12}});
        json ws = m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).json();
        QCOMPARE(num(ws["Order"]["Subtotal"]), QStringLiteral("270"));
        QCOMPARE(num(method(ws, "Standard")["Cost"]), QStringLiteral("0"));
        QCOMPARE(num(method(ws, "Express")["Cost"]), QStringLiteral("24.95"));
        ws = select(id, "Standard", m_sam).json();
        QCOMPARE(num(ws["Order"]["TaxCost"]), QStringLiteral("0"));
        QCOMPARE(num(ws["Order"]["Total"]), QStringLiteral("270"));
    }

    void changesDropTheEstimate()
    {
        const QString id = newOrder(m_sam, {{"ShippingAddressID", "CS-0001-WA"}}, {{"PEN-BLU", 1}});
        QCOMPARE(m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).status, 200);
        QCOMPARE(num(select(id, "Express", m_sam).json()["Order"]["ShippingCost"]), QStringLiteral("24.95"));
        // Another line: the estimate was for other lines.
        QCOMPARE(m_http->post(path(id, "/lineitems"), {{"ProductID", "ERS-WHT"}, {"Quantity", 1}}, m_sam).status, 201);
        json ws = m_http->get(path(id, "/worksheet"), m_sam).json();
        QVERIFY(ws["ShipEstimateResponse"].is_null());
        QCOMPARE(num(ws["Order"]["ShippingCost"]), QStringLiteral("0"));
        QCOMPARE(num(ws["Order"]["Total"]), QStringLiteral("17.1")); // 9.50 + 7.60
        QCOMPARE(m_http->post(path(id, "/submit"), json::object(), m_sam).errorCode(),
                 QStringLiteral("Order.MissingShipMethodSelection"));
        // A remote ship-to: slower, and the earlier choice is gone with the old estimate.
        QCOMPARE(m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).status, 200);
        QCOMPARE(m_http
                     ->put(path(id, "/shipto"),
                           {{"Street1", "1 Harbor Rd"},
                            {"City", "Juneau"},
                            {"State", "AK"},
                            {"Zip", "99801"},
                            {"Country", "US"}},
                           m_sam)
                     .status,
                 200);
        ws = m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).json();
        QCOMPARE(method(ws, "Standard")["EstimatedTransitDays"].get<int>(), 9);
        QCOMPARE(method(ws, "Express")["xp"]["MinTransitDays"].get<int>(), 3);
    }

    void estimateNeedsAShipTo()
    {
        const QString id = newOrder(m_sam, json::object(), {{"PEN-BLU", 1}});
        const Http::Response r = m_http->post(path(id, "/estimateshipping"), json::object(), m_sam);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Order.MissingShippingAddress"));
    }

    void otherBuyersAndClientsNeedNoShipMethod()
    {
        // NORTHWIND through the same client: the integration does not act for it.
        const QString nw = newOrder(m_jane, {{"ShippingAddressID", "NW-0001-SHIP"}}, {{"GAU-10", 2}});
        const json ws = m_http->post(path(nw, "/estimateshipping"), json::object(), m_jane).json();
        QCOMPARE(ws["ShipEstimateResponse"]["ShipEstimates"].size(), size_t(0));
        Http::Response r = m_http->post(path(nw, "/submit"), json::object(), m_jane);
        QCOMPARE(r.status, 201);
        QCOMPARE(num(r.json()["Total"]), QStringLiteral("10.4"));
        // CONTOSO through the Storefront client, which has no integration: nothing to estimate with.
        const QString cs = newOrder(m_samStorefront, {{"ShippingAddressID", "CS-0001-WA"}}, {{"PEN-BLU", 1}});
        r = m_http->post(path(cs, "/estimateshipping"), json::object(), m_samStorefront);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Order.NoCheckoutIntegration"));
        r = m_http->post(path(cs, "/submit"), json::object(), m_samStorefront);
        QCOMPARE(r.status, 201);
        QCOMPARE(num(r.json()["Total"]), QStringLiteral("9.5"));
    }

    void anotherBuyersOrderIsNotFound()
    {
        const QString id = newOrder(m_sam, {{"ShippingAddressID", "CS-0001-WA"}}, {{"PEN-BLU", 1}});
        QCOMPARE(m_http->post(path(id, "/estimateshipping"), json::object(), m_jane).status, 404);
        QCOMPARE(m_http->get(path(id, "/worksheet"), m_jane).status, 404);
    }

    void overTheLimitWithExpressWaitsForApproval()
    {
        // The GUI scenario: 10 × 45.00 + 3 × 24.00 = 522.00, Express to WA: tax 52.722 → 52.72.
        const QString id = newOrder(m_sam, {{"ShippingAddressID", "CS-0001-WA"}}, {{"SCI-KIT", 10}, {"PPR-A4", 3}});
        QCOMPARE(m_http->post(path(id, "/estimateshipping"), json::object(), m_sam).status, 200);
        const json ws = select(id, "Express", m_sam).json();
        QCOMPARE(num(ws["Order"]["Total"]), QStringLiteral("599.67")); // 522 + 24.95 + 52.72
        const Http::Response r = m_http->post(path(id, "/submit"), json::object(), m_sam);
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("AwaitingApproval"));
        QCOMPARE(num(r.json()["Total"]), QStringLiteral("599.67"));
        QVERIFY(m_http->get(path(id, "/worksheet"), m_sam)
                    .json()["OrderSubmitForApprovalResponse"]["Succeeded"]
                    .get<bool>());
        const QByteArray maria = m_http->login(QStringLiteral("maria.gonzalez"));
        QCOMPARE(str(m_http->post(path(id, "/approve"), json::object(), maria).json()["Status"]),
                 QStringLiteral("Open"));
        QVERIFY(m_http->get(path(id, "/worksheet"), m_sam).json()["OrderApprovedResponse"]["Succeeded"].get<bool>());
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
