// The issue-16 wire models (worksheet, ship estimates, approvals, incrementors) decode what a real
// marketplace sends (fixtures: absent optional fields, null xp, many-decimal money) and write every
// field the SDK names.
#include "wire/ApprovalRule.h"
#include "wire/Incrementor.h"
#include "wire/IntegrationEvent.h"
#include "wire/ListPage.h"
#include "wire/OrderApproval.h"
#include "wire/OrderApprovalInfo.h"
#include "wire/OrderShipMethodSelection.h"
#include "wire/OrderWorksheet.h"

#include <QFile>
#include <QTest>

using namespace onbehalf::wire;
using nlohmann::json;

namespace {
json load(const char *name)
{
    QFile f(QStringLiteral(ONBEHALF_FIXTURES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string("missing fixture ") + name);
    return json::parse(f.readAll().toStdString());
}

bool hasKeys(const json &j, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        if (!j.contains(k))
            return false;
    }
    return true;
}
} // namespace

class TestOrderWorkflowWire : public QObject
{
    Q_OBJECT

private slots:
    void worksheetFromAMarketplace()
    {
        const auto ws = load("OrderWorksheet-ship-estimates.json").get<OrderWorksheet>();
        QCOMPARE(ws.Order.ID, QStringLiteral("OB-000042"));
        QCOMPARE(ws.Order.TaxCost.toString(), QStringLiteral("2.8785"));
        QCOMPARE(ws.LineItems.size(), size_t(1));
        QVERIFY(ws.ShipEstimateResponse);
        const ShipEstimate &e = ws.ShipEstimateResponse->ShipEstimates.at(0);
        QCOMPARE(e.SelectedShipMethodID, std::optional<QString>(QStringLiteral("EXPRESS-1")));
        QCOMPARE(e.ShipEstimateItems.at(0).Quantity, 3);
        QCOMPARE(e.ShipMethods.size(), size_t(2));
        QCOMPARE(e.ShipMethods[0].Cost.toString(), QStringLiteral("9.949999")); // exact, not rounded
        QVERIFY(e.ShipMethods[0].xp["Carrier"] == json("UPS"));
        QVERIFY(e.ShipMethods[1].xp.is_object()); // absent xp is an empty object
        QVERIFY(ws.OrderCalculateResponse);
        QCOMPARE(ws.OrderCalculateResponse->TaxTotal.toString(), QStringLiteral("2.8785"));
        QVERIFY(!ws.OrderSubmitResponse && !ws.OrderApprovedResponse);
    }

    void worksheetWritesEveryField()
    {
        OrderWorksheet ws;
        ws.ShipEstimateResponse = ShipEstimateResponse{};
        ws.ShipEstimateResponse->ShipEstimates.push_back(ShipEstimate{});
        ws.ShipEstimateResponse->ShipEstimates[0].ShipMethods.push_back(ShipMethod{});
        const json j = ws;
        QVERIFY(hasKeys(j, {"Order", "LineItems", "OrderPromotions", "Subscription", "ShipEstimateResponse",
                            "OrderCalculateResponse", "OrderSubmitResponse", "OrderSubmitForApprovalResponse",
                            "OrderApprovedResponse", "SubscriptionIntegrationResponse"}));
        QVERIFY(j["OrderPromotions"].is_array());
        QVERIFY(hasKeys(j["ShipEstimateResponse"],
                        {"ShipEstimates", "HttpStatusCode", "UnhandledErrorBody", "xp", "Succeeded"}));
        QVERIFY(hasKeys(j["ShipEstimateResponse"]["ShipEstimates"][0],
                        {"ID", "xp", "SelectedShipMethodID", "ShipEstimateItems", "ShipMethods"}));
        QVERIFY(hasKeys(j["ShipEstimateResponse"]["ShipEstimates"][0]["ShipMethods"][0],
                        {"ID", "Name", "Cost", "EstimatedTransitDays", "xp"}));
        // And reads back what it wrote.
        const auto back = j.get<OrderWorksheet>();
        QCOMPARE(back.ShipEstimateResponse->ShipEstimates.size(), size_t(1));
    }

    void approvalsDecidedAndPending()
    {
        const auto page = load("ListPage-OrderApproval-decided.json").get<ListPage<OrderApproval>>();
        QCOMPARE(page.items.size(), size_t(2));
        const OrderApproval &approved = page.items[0];
        QCOMPARE(approved.Status, QStringLiteral("Approved"));
        QVERIFY(approved.Approver);
        QCOMPARE(approved.Approver->Username, QStringLiteral("maria.gonzalez"));
        QCOMPARE(approved.Comments, std::optional<QString>(QStringLiteral("Science week: fine")));
        QVERIFY(approved.DateCompleted);
        const OrderApproval &pending = page.items[1];
        QCOMPARE(pending.Status, QStringLiteral("Pending"));
        QVERIFY(!pending.Approver && !pending.DateCompleted);
        QCOMPARE(pending.AllowResubmit, false); // absent: false
    }

    void smallModels()
    {
        const auto inc = load("Incrementor-order-numbers.json").get<Incrementor>();
        QCOMPARE(inc.LastNumber, qint64(123));
        QCOMPARE(inc.LeftPaddingCount, 6);
        QVERIFY(hasKeys(json(inc), {"ID", "Name", "LastNumber", "LeftPaddingCount"}));

        const auto rule = json{{"ApprovingGroupID", "G"}, {"RuleExpression", "order.Total > 1"}}.get<ApprovalRule>();
        QVERIFY(hasKeys(json(rule), {"ID", "Name", "Description", "ApprovingGroupID", "RuleExpression", "xp"}));
        const auto info = json{{"Comments", "ok"}}.get<OrderApprovalInfo>();
        QCOMPARE(info.Comments, std::optional<QString>(QStringLiteral("ok")));
        const auto sel = json{{"ShipMethodSelections", {{{"ShipEstimateID", "E"}, {"ShipMethodID", "M"}}}}}
                             .get<OrderShipMethodSelection>();
        QCOMPARE(sel.ShipMethodSelections.at(0).ShipMethodID, QStringLiteral("M"));
        QVERIFY(hasKeys(json(IntegrationEvent{}),
                        {"ElevatedRoles", "ID", "ConfigData", "EventType", "CustomImplementationUrl",
                         "CustomAuthHeaderName", "CustomAuthHeaderValue", "Name", "HashKey"}));
        // A wrong type is a decode error naming the field, never a silent default.
        bool threw = false;
        try {
            (void)json{{"LastNumber", "many"}}.get<Incrementor>();
        } catch (const DecodeError &e) {
            threw = e.field() == QLatin1String("LastNumber");
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestOrderWorkflowWire)
#include "tst_orderworkflowwire.moc"
