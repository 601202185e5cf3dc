#include "FakeMarketplaceData.h"

#include <QDateTime>

namespace onbehalf::test::oc {

using json = nlohmann::json;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+00:00");
}

json locale()
{
    return json{{"ID", "en-us-usd"}, {"OwnerID", "marketplace"}, {"Currency", "USD"}, {"Language", "en-US"}};
}

json meta(int page, int pageSize, int totalCount)
{
    const int pages = pageSize > 0 ? (totalCount + pageSize - 1) / pageSize : 0;
    const int first = totalCount == 0 ? 0 : (page - 1) * pageSize + 1;
    const int last = std::min(totalCount, page * pageSize);
    return json{{"Page", page},        {"PageSize", pageSize},           {"TotalCount", totalCount},
                {"TotalPages", pages}, {"ItemRange", json{first, last}}, {"NextPageKey", nullptr}};
}

json listPage(const json &items, int page, int pageSize)
{
    json slice = json::array();
    const int from = (page - 1) * pageSize;
    for (int i = from; i < int(items.size()) && i < from + pageSize; ++i)
        slice.push_back(items[size_t(i)]);
    return json{{"Meta", meta(page, pageSize, int(items.size()))}, {"Items", slice}};
}

json errors(const char *code, const QString &message, const json &data)
{
    return json{
        {"Errors", json::array({json{{"ErrorCode", code}, {"Message", message.toStdString()}, {"Data", data}}})}};
}

json accessToken(const QByteArray &access, int expiresIn, const QByteArray &refresh)
{
    return json{{"access_token", access.toStdString()},
                {"expires_in", expiresIn},
                {"token_type", "bearer"},
                {"refresh_token", refresh.isEmpty() ? json(nullptr) : json(refresh.toStdString())}};
}

namespace {

json user(const char *id, const char *username, const char *first, const char *last, bool active, json loc)
{
    return json{{"ID", id},
                {"CompanyID", "ACME"},
                {"Username", username},
                {"Password", nullptr},
                {"FirstName", first},
                {"LastName", last},
                {"Email", std::string(username) + "@acme.example"},
                {"Phone", nullptr},
                {"TermsAccepted", nullptr},
                {"Active", active},
                {"xp", json{{"Tier", "Gold"}, {"FutureField", json{{"nested", true}}}}},
                {"AvailableRoles", json::array({"Shopper", "MeAdmin"})},
                {"Locale", std::move(loc)},
                {"DateCreated", "2024-03-01T09:30:00.12+00:00"},
                {"LastActive", nullptr},
                {"PasswordLastSetDate", "2024-03-01T09:30:00+00:00"},
                {"SomethingOrderCloudAddsNextYear", 42}};
}

json priceSchedule(const char *id, double price, int min, json maxQuantity)
{
    return json{{"OwnerID", "marketplace"},
                {"ID", id},
                {"Name", id},
                {"ApplyTax", true},
                {"ApplyShipping", true},
                {"MinQuantity", min},
                {"MaxQuantity", std::move(maxQuantity)},
                {"UseCumulativeQuantity", false},
                {"RestrictedQuantity", false},
                {"SaleStart", nullptr},
                {"SaleEnd", nullptr},
                {"IsOnSale", false},
                {"PriceBreaks", json::array({json{{"Quantity", 1},
                                                  {"Price", price},
                                                  {"SalePrice", nullptr},
                                                  {"SubscriptionPrice", nullptr},
                                                  {"BundlePrice", nullptr}}})},
                {"Currency", "USD"},
                {"DateCreated", "2024-01-01T00:00:00+00:00"},
                {"LastUpdated", nullptr},
                {"xp", json::object()}};
}

json product(const char *id, const char *name, double price, int min)
{
    return json{{"PriceSchedule", priceSchedule(id, price, min, nullptr)},
                {"OwnerID", "marketplace"},
                {"DefaultPriceScheduleID", id},
                {"AutoForward", false},
                {"ID", id},
                {"ParentID", nullptr},
                {"IsParent", false},
                {"IsBundle", false},
                {"Name", name},
                {"Description", nullptr},
                {"QuantityMultiplier", 1},
                {"ShipWeight", nullptr},
                {"ShipHeight", nullptr},
                {"ShipWidth", nullptr},
                {"ShipLength", nullptr},
                {"Active", true},
                {"SpecCount", 0},
                {"VariantCount", 0},
                {"ShipFromAddressID", nullptr},
                {"Inventory", nullptr},
                {"DefaultSupplierID", nullptr},
                {"AllSuppliersCanSell", false},
                {"Returnable", false},
                {"DateCreated", "2024-01-01T00:00:00+00:00"},
                {"xp", json::object()}};
}

} // namespace

json agentMe(const QString &username)
{
    json me = user("agent-1", username.toUtf8().constData(), "Agent", "Smith", true, locale());
    me["CompanyID"] = "marketplace";
    me["AvailableRoles"] = json::array({"BuyerImpersonation", "BuyerReader", "BuyerUserReader", "OrderReader"});
    me["Buyer"] = nullptr;
    me["Supplier"] = nullptr;
    me["Seller"] = json{{"ID", "marketplace"}};
    return me;
}

json buyer()
{
    return json{{"ID", "ACME"},
                {"Name", "Acme Corporation"},
                {"DefaultCatalogID", "ACME"},
                {"Active", true},
                {"DateCreated", "2024-01-01T00:00:00+00:00"},
                {"xp", json::object()}};
}

json buyerUsers()
{
    return json::array({user("acme-jane", "jane.doe", "Jane", "Doe", true, locale()),
                        user("acme-li", "li.wei", "Li", "Wei", false, nullptr)});
}

json buyerProducts()
{
    // Prices with more decimals than four: OrderCloud keeps what the marketplace sets.
    return json::array({product("WIDGET", "Widget, blue", 12.345678, 1), product("GADGET", "Gadget", 0.3333333, 3),
                        product("CREDIT", "Goodwill credit", 5.5, 1)});
}

json buyerAddress()
{
    return json{{"Shipping", true},       {"Billing", true},       {"Editable", true},      {"ID", "acme-hq"},
                {"DateCreated", nullptr}, {"CompanyName", "Acme"}, {"FirstName", "Jane"},   {"LastName", "Doe"},
                {"Street1", "1 Main St"}, {"Street2", nullptr},    {"City", "Springfield"}, {"State", "IL"},
                {"Zip", "62701"},         {"Country", "US"},       {"Phone", nullptr},      {"AddressName", "HQ"},
                {"xp", json::object()}};
}

json newOrder(const QString &id, const json &fromUser, const json &xp)
{
    return json{{"ID", id.toStdString()},
                {"FromUser", fromUser},
                {"FromCompanyID", "ACME"},
                {"ToCompanyID", "marketplace"},
                {"FromUserID", fromUser["ID"]},
                {"BillingAddressID", nullptr},
                {"BillingAddress", nullptr},
                {"ShippingAddressID", nullptr},
                {"Comments", nullptr},
                {"LineItemCount", 0},
                {"Status", "Unsubmitted"},
                {"DateCreated", now().toStdString()},
                {"DateSubmitted", nullptr},
                {"DateApproved", nullptr},
                {"DateDeclined", nullptr},
                {"DateCanceled", nullptr},
                {"DateCompleted", nullptr},
                {"LastUpdated", now().toStdString()},
                {"Subtotal", 0},
                {"ShippingCost", 0},
                {"TaxCost", 0},
                {"Gratuity", 0},
                {"PromotionDiscount", 0},
                {"Currency", "USD"},
                {"Total", 0},
                {"IsSubmitted", false},
                {"xp", xp.is_object() ? xp : json::object()}};
}

json lineItem(const QString &id, const json &product, int quantity)
{
    const double price = product["PriceSchedule"]["PriceBreaks"][0]["Price"].get<double>();
    return json{{"ID", id.toStdString()},
                {"ProductID", product["ID"]},
                {"Quantity", quantity},
                {"DateAdded", now().toStdString()},
                {"QuantityShipped", 0},
                {"UnitPrice", price},
                {"PromotionDiscount", 0},
                {"LineTotal", price * quantity},
                {"LineSubtotal", price * quantity},
                {"CostCenter", nullptr},
                {"DateNeeded", nullptr},
                {"ShippingAccount", nullptr},
                {"ShippingAddressID", nullptr},
                {"ShipFromAddressID", nullptr},
                {"Product", json{{"ID", product["ID"]},
                                 {"Name", product["Name"]},
                                 {"Description", nullptr},
                                 {"Returnable", false},
                                 {"QuantityMultiplier", 1},
                                 {"xp", json::object()}}},
                {"Variant", nullptr},
                {"ShippingAddress", nullptr},
                {"ShipFromAddress", nullptr},
                {"SupplierID", nullptr},
                {"InventoryRecordID", nullptr},
                {"PriceScheduleID", product["PriceSchedule"]["ID"]},
                {"IsOnSale", false},
                {"PriceOverridden", false},
                {"Specs", json::array()},
                {"IncomingOrderID", nullptr},
                {"OutgoingOrderID", nullptr},
                {"xp", json::object()}};
}

} // namespace onbehalf::test::oc
