#include "seed/B2bSeed.h"

#include "Services.h"
#include "resources/CheckoutIntegration.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/IncrementorStore.h"
#include "storage/OrderStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/ApiClient.h"
#include "wire/ApprovalRule.h"
#include "wire/BuyerAddress.h"
#include "wire/IntegrationEvent.h"
#include "wire/SecurityProfile.h"
#include "wire/UserGroup.h"

namespace onbehalf::server::B2bSeed {

namespace {

const QString kDeskClient = QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001");

void addRoles(Services &s, const QString &profileId, const QStringList &roles)
{
    auto doc = s.docs.get(QStringLiteral("SecurityProfile"), QString(), profileId);
    if (!doc)
        return;
    auto p = doc->get<wire::SecurityProfile>();
    for (const QString &r : roles) {
        if (!p.Roles.contains(r))
            p.Roles << r;
    }
    s.docs.update(QStringLiteral("SecurityProfile"), QString(), profileId, nlohmann::json(p));
}

void seedCheckout(Services &s)
{
    wire::IntegrationEvent e;
    e.ID = QStringLiteral("onbehalf-checkout");
    e.Name = QStringLiteral("Onbehalf demo checkout");
    e.EventType = QStringLiteral("OrderCheckout");
    e.CustomImplementationUrl = QLatin1String(CheckoutIntegration::kBuiltInUrl);
    e.HashKey = QStringLiteral("demo-checkout-hash-key");
    e.ConfigData = nlohmann::json::parse(R"({
        "BuyerXp": "OrderCheckout",
        "ShipMethods": [
            {"ID": "Standard", "Name": "Standard", "Cost": 9.95, "MinDays": 5, "MaxDays": 7, "FreeAbove": 250.00},
            {"ID": "Express", "Name": "Express", "Cost": 24.95, "MinDays": 1, "MaxDays": 2}
        ],
        "RemoteStates": ["AK", "HI"],
        "RemoteExtraDays": 2,
        "TaxRates": {"WA": 0.101, "OR": 0, "CA": 0.0725},
        "DefaultTaxRate": 0
    })");
    s.docs.insert(QStringLiteral("IntegrationEvent"), QString(), e.ID, nlohmann::json(e));

    if (auto client = s.docs.get(QStringLiteral("ApiClient"), QString(), kDeskClient)) {
        auto c = client->get<wire::ApiClient>();
        c.OrderCheckoutIntegrationEventID = e.ID;
        c.OrderCheckoutIntegrationEventName = e.Name;
        s.docs.update(QStringLiteral("ApiClient"), QString(), c.ID, nlohmann::json(c));
    }
    if (auto buyer = s.docs.get(QStringLiteral("Buyer"), QString(), QStringLiteral("CONTOSO"))) {
        if (!(*buyer)["xp"].is_object())
            (*buyer)["xp"] = nlohmann::json::object();
        (*buyer)["xp"]["OrderCheckout"] = e.ID.toStdString();
        s.docs.update(QStringLiteral("Buyer"), QString(), QStringLiteral("CONTOSO"), *buyer);
    }
}

void seedApprovals(Services &s)
{
    wire::UserGroup g;
    g.ID = QStringLiteral("CONTOSO-APPROVERS");
    g.Name = QStringLiteral("Approvers");
    g.Description = QStringLiteral("Approve Contoso Schools orders above 500.00");
    s.docs.insert(QStringLiteral("UserGroup"), QStringLiteral("CONTOSO"), g.ID, nlohmann::json(g));
    s.db.exec(QStringLiteral("INSERT INTO group_members (buyer_id, group_id, user_id) VALUES (?, ?, ?)"),
              {QStringLiteral("CONTOSO"), g.ID, QStringLiteral("CS-0002")});

    wire::ApprovalRule rule;
    rule.ID = QStringLiteral("CONTOSO-ORDER-OVER-500");
    rule.Name = QStringLiteral("Orders above 500.00");
    rule.Description = QStringLiteral("An order total above 500.00 needs approval by Contoso approvers.");
    rule.ApprovingGroupID = g.ID;
    rule.RuleExpression = QStringLiteral("order.Total > 500.00");
    s.docs.insert(QStringLiteral("ApprovalRule"), QStringLiteral("CONTOSO"), rule.ID, nlohmann::json(rule));
}

// Contoso's Vancouver campus is in Washington: orders shipped there show the state's tax.
void seedWashingtonAddress(Services &s)
{
    const QString user = QStringLiteral("CS-0001");
    auto main = s.docs.get(QStringLiteral("Address"), user, user + QStringLiteral("-SHIP"));
    if (!main)
        return;
    wire::BuyerAddress a = main->get<wire::BuyerAddress>();
    a.ID = QStringLiteral("CS-0001-WA");
    a.AddressName = QStringLiteral("Vancouver campus");
    a.Street1 = QStringLiteral("1200 Columbia Way");
    a.Street2 = std::nullopt;
    a.City = QStringLiteral("Vancouver");
    a.State = QStringLiteral("WA");
    a.Zip = QStringLiteral("98660");
    a.Billing = false;
    s.docs.insert(QStringLiteral("Address"), user, a.ID, nlohmann::json(a));
}

// jane.doe's cart, as a storefront left it: two lines, her main site as ship-to.
void seedJaneCart(Services &s)
{
    OrderStore orders(s.db, s.users);
    CatalogStore catalog(s.db, s.docs);
    const QString jane = QStringLiteral("NW-0001");
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-1);
    OrderRecord r;
    r.order.ID = QStringLiteral("SF-NW-0001-CART");
    r.order.FromUserID = jane;
    r.order.FromCompanyID = QStringLiteral("NORTHWIND");
    r.order.ToCompanyID = s.db.setting(QStringLiteral("marketplace_id"));
    r.order.Status = QStringLiteral("Unsubmitted");
    r.order.DateCreated = created;
    r.order.xp = nlohmann::json{{"Channel", "Storefront"}};
    orders.insert(r);
    int n = 0;
    for (const auto &[productId, quantity] : {std::pair{"GLV-NIT-M", 4}, std::pair{"SAN-GEL-500", 12}}) {
        const auto product = catalog.productForBuyer(QStringLiteral("NORTHWIND"), QLatin1String(productId));
        const auto ps =
            product ? catalog.priceSchedule(product->DefaultPriceScheduleID.value_or(QString())) : std::nullopt;
        if (!ps)
            continue;
        wire::LineItem li;
        li.ID = QStringLiteral("SF-LINE-%1").arg(++n);
        li.ProductID = product->ID;
        li.Quantity = quantity;
        li.Product.ID = product->ID;
        li.Product.Name = product->Name;
        li.Product.Description = product->Description;
        li.PriceScheduleID = ps->ID;
        li.UnitPrice = ps->unitPrice(quantity, created);
        li.LineSubtotal = li.UnitPrice * quantity;
        li.LineTotal = li.LineSubtotal;
        li.DateAdded = created.addSecs(60 * n);
        orders.insertLineItem(r.order.ID, li);
    }
    orders.recomputeTotals(r.order.ID);
    if (const auto address = s.docs.get(QStringLiteral("Address"), jane, jane + QStringLiteral("-SHIP")))
        orders.setShippingAddress(r.order.ID, address->get<wire::Address>());
}

} // namespace

void seed(Services &s)
{
    if (s.db.setting(QStringLiteral("seed.demo_catalog")) != QLatin1String("1") ||
        s.db.setting(QStringLiteral("seed.demo_b2b")) == QLatin1String("1"))
        return;
    Database::Transaction tx(s.db);
    addRoles(s, QStringLiteral("marketplace-admin"),
             {QStringLiteral("ApprovalRuleAdmin"), QStringLiteral("ApprovalRuleReader"),
              QStringLiteral("IncrementorAdmin"), QStringLiteral("IncrementorReader"),
              QStringLiteral("IntegrationEventAdmin"), QStringLiteral("IntegrationEventReader")});
    for (const QString &profile : {QStringLiteral("service-desk-agent"), QStringLiteral("service-desk-supervisor")})
        addRoles(s, profile, {QStringLiteral("IncrementorReader")});
    seedCheckout(s);
    seedApprovals(s);
    seedWashingtonAddress(s);
    wire::Incrementor counter;
    counter.ID = QStringLiteral("orderIncrementor");
    counter.Name = QStringLiteral("Order numbers");
    counter.LeftPaddingCount = 6;
    IncrementorStore(s.db).insert(counter);
    seedJaneCart(s);
    s.db.setSetting(QStringLiteral("seed.demo_b2b"), QStringLiteral("1"));
    tx.commit();
}

} // namespace onbehalf::server::B2bSeed
