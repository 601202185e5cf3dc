// Decodes every answer in tests/fixtures/ordercloud (shaped as the official SDK's typings say,
// as a real marketplace answers) with the desk's models, and checks the values that matter.
#include "wire/AccessToken.h"
#include "wire/ApiClient.h"
#include "wire/Buyer.h"
#include "wire/BuyerAddress.h"
#include "wire/BuyerProduct.h"
#include "wire/Catalog.h"
#include "wire/ImpersonationConfig.h"
#include "wire/Incrementor.h"
#include "wire/LineItem.h"
#include "wire/ListPage.h"
#include "wire/MeUser.h"
#include "wire/Order.h"
#include "wire/OrderApproval.h"
#include "wire/OrderWorksheet.h"
#include "wire/SecurityProfile.h"
#include "wire/User.h"
#include "wire/UserGroup.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <map>

using namespace onbehalf::wire;
using nlohmann::json;

namespace {

json load(const QString &name)
{
    QFile f(QStringLiteral(ONBEHALF_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing fixture " + name.toStdString());
    return json::parse(f.readAll().toStdString());
}

// Decodes as the desk does (MarketplaceClient::decode): an error is a value, never an escape.
template <typename T>
T decode(const QString &name)
{
    return load(name).get<T>();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    // Every fixture file decodes with the model its name says; none is left untested.
    void everyFixtureDecodes()
    {
        const std::map<QString, std::function<void(const json &)>> decoders = {
            {QStringLiteral("MeUser"), [](const json &j) { (void)j.get<MeUser>(); }},
            {QStringLiteral("Order"), [](const json &j) { (void)j.get<Order>(); }},
            {QStringLiteral("AccessToken"), [](const json &j) { (void)j.get<AccessToken>(); }},
            {QStringLiteral("UserGroup"), [](const json &j) { (void)j.get<UserGroup>(); }},
            {QStringLiteral("SecurityProfile"), [](const json &j) { (void)j.get<SecurityProfile>(); }},
            {QStringLiteral("ApiClient"), [](const json &j) { (void)j.get<ApiClient>(); }},
            {QStringLiteral("ImpersonationConfig"), [](const json &j) { (void)j.get<ImpersonationConfig>(); }},
            {QStringLiteral("Catalog"), [](const json &j) { (void)j.get<Catalog>(); }},
            {QStringLiteral("ListPage-User"), [](const json &j) { (void)j.get<ListPage<User>>(); }},
            {QStringLiteral("ListPage-Order"), [](const json &j) { (void)j.get<ListPage<Order>>(); }},
            {QStringLiteral("ListPage-BuyerProduct"), [](const json &j) { (void)j.get<ListPage<BuyerProduct>>(); }},
            {QStringLiteral("ListPage-LineItem"), [](const json &j) { (void)j.get<ListPage<LineItem>>(); }},
            {QStringLiteral("ListPage-BuyerAddress"), [](const json &j) { (void)j.get<ListPage<BuyerAddress>>(); }},
            {QStringLiteral("ListPage-Buyer"), [](const json &j) { (void)j.get<ListPage<Buyer>>(); }},
            {QStringLiteral("OrderWorksheet"), [](const json &j) { (void)j.get<OrderWorksheet>(); }},
            {QStringLiteral("ListPage-OrderApproval"), [](const json &j) { (void)j.get<ListPage<OrderApproval>>(); }},
            {QStringLiteral("Incrementor"), [](const json &j) { (void)j.get<Incrementor>(); }},
        };
        const QStringList files =
            QDir(QStringLiteral(ONBEHALF_FIXTURES_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 14);
        for (const QString &file : files) {
            const QString base = file.chopped(5);
            const QString model = base.startsWith(QLatin1String("ListPage-")) ? base.section(QLatin1Char('-'), 0, 1)
                                                                              : base.section(QLatin1Char('-'), 0, 0);
            const auto it = decoders.find(model);
            if (it == decoders.end())
                QFAIL(qPrintable(QStringLiteral("no decoder for fixture %1 (model %2)").arg(file, model)));
            try {
                it->second(load(file));
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(file, QString::fromUtf8(e.what()))));
            }
        }
    }

    void meUserWithLocaleObjectAndUnknownFields()
    {
        const MeUser me = decode<MeUser>(QStringLiteral("MeUser-buyer-with-locale.json"));
        QCOMPARE(me.ID, QStringLiteral("NW-0001"));
        QVERIFY(me.Buyer);
        QCOMPARE(me.Buyer->ID, QStringLiteral("NORTHWIND"));
        QCOMPARE(me.Buyer->DefaultCatalogID, std::optional<QString>(QStringLiteral("NORTHWIND")));
        QVERIFY(!me.Supplier);
        QVERIFY(!me.Seller);
        QVERIFY(me.Locale);
        QCOMPARE(me.Locale->ID, std::optional<QString>(QStringLiteral("en-US")));
        QCOMPARE(me.Locale->OwnerID, std::optional<QString>(QStringLiteral("northwind-marketplace")));
        QCOMPARE(me.Locale->Currency, QStringLiteral("USD"));
        QCOMPARE(me.Locale->Language, std::optional<QString>(QStringLiteral("en-US")));
        QCOMPARE(me.FailedLoginAttempts, std::optional<int>(0));
        QCOMPARE(me.DateCreated, std::optional<QDateTime>(utc(2024, 11, 2, 14, 5, 6, 780)));
        QCOMPARE(me.LastActive, std::optional<QDateTime>(utc(2026, 11, 20, 8, 1, 2, 500)));
        QVERIFY(me.xp["Preferences"]["Newsletter"] == json(false));
        QCOMPARE(me.AvailableRoles.size(), 4);
    }

    void meUserWithBuyerSupplierAndSeller()
    {
        const MeUser multi = decode<MeUser>(QStringLiteral("MeUser-all-companies.json"));
        QVERIFY(multi.Buyer && multi.Supplier && multi.Seller);
        QVERIFY(!multi.Buyer->DefaultCatalogID);
        QCOMPARE(multi.Supplier->ID, QStringLiteral("ACME-SUPPLY"));
        QCOMPARE(multi.Seller->ID, QStringLiteral("marketplace-owner"));
        QCOMPARE(multi.Locale->Currency, QStringLiteral("MXN"));
        QVERIFY(!multi.Phone);
        QVERIFY(!multi.FailedLoginAttempts);

        const MeUser admin = decode<MeUser>(QStringLiteral("MeUser-admin.json"));
        QVERIFY(!admin.Buyer);
        QVERIFY(admin.Seller);
        QVERIFY(!admin.Locale);
    }

    void userPageWithNextPageKeyAndNullHeavyUser()
    {
        const auto page = decode<ListPage<User>>(QStringLiteral("ListPage-User-locales-nextpagekey.json"));
        QCOMPARE(page.meta.TotalCount, 4812);
        QCOMPARE(page.meta.NextPageKey, std::optional<QString>(QStringLiteral("eyJMYXN0SUQiOiJOVy0wMDAzIn0")));
        QCOMPARE(int(page.items.size()), 3);
        QCOMPARE(page.items[1].Locale->Currency, QStringLiteral("EUR"));
        QCOMPARE(page.items[1].LastName, QStringLiteral("Weiß"));
        QCOMPARE(page.items[1].FailedLoginAttempts, std::optional<int>(3));
        const User &nulls = page.items[2];
        QVERIFY(!nulls.Locale);
        QVERIFY(!nulls.CompanyID);
        QVERIFY(nulls.xp.is_object()); // null xp reads as {}
        QVERIFY(nulls.AvailableRoles.isEmpty());
        QVERIFY(!nulls.DateCreated);
    }

    void awaitingApprovalOrderWithExactMoney()
    {
        const Order o = decode<Order>(QStringLiteral("Order-awaiting-approval.json"));
        QCOMPARE(o.Status, QStringLiteral("AwaitingApproval"));
        QVERIFY(o.IsSubmitted);
        QVERIFY(o.FromUser);
        QCOMPARE(o.FromUser->Locale->ID, std::optional<QString>(QStringLiteral("en-US")));
        QCOMPARE(o.Subtotal.toString(), QStringLiteral("1234.5678"));
        QCOMPARE(o.ShippingCost.toString(), QStringLiteral("12.345"));
        QCOMPARE(o.TaxCost.toString(), QStringLiteral("0.123456"));
        QCOMPARE(o.PromotionDiscount.toString(), QStringLiteral("-5.5"));
        QCOMPARE(o.Fees.toString(), QStringLiteral("1.1"));
        QCOMPARE(o.Total.toString(), QStringLiteral("1242.636256"));
        // The parts add up exactly: no double arithmetic anywhere.
        QCOMPARE(o.Subtotal + o.ShippingCost + o.TaxCost + o.Fees + o.PromotionDiscount + o.Gratuity, o.Total);
        QCOMPARE(o.LastUpdated, std::optional<QDateTime>(utc(2026, 11, 20, 10, 5, 30, 125)));
        QVERIFY(!o.DateApproved);
        QVERIFY(o.xp["Onbehalf"]["CaseNumber"] == json("C-42"));
        // Displayed with the currency's digits, rounded half-even.
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::format(o.Total, o.Currency, en), QStringLiteral("$1,242.64"));
        QCOMPARE(Money::format(o.TaxCost, o.Currency, en), QStringLiteral("$0.12"));
        QCOMPARE(Money::format(o.PromotionDiscount, o.Currency, en), QStringLiteral("-$5.50"));
    }

    void orderPageWithNullsAndMissingFields()
    {
        const auto page = decode<ListPage<Order>>(QStringLiteral("ListPage-Order-mixed-statuses.json"));
        QVERIFY(!page.meta.NextPageKey);
        QCOMPARE(page.meta.ItemRange[0], 3);
        const Order &declined = page.items[0];
        QCOMPARE(declined.Status, QStringLiteral("Declined"));
        QVERIFY(!declined.FromUser);
        QCOMPARE(declined.BillingAddress->City, QStringLiteral("Seattle"));
        QVERIFY(!declined.BillingAddress->FirstName);
        QCOMPARE(declined.DateDeclined, std::optional<QDateTime>(utc(2026, 11, 19, 12, 0, 0)));
        QCOMPARE(declined.Total.toString(), QStringLiteral("107.91"));
        const Order &sparse = page.items[1];
        QCOMPARE(sparse.ShippingCost, Amount()); // null money is zero
        QVERIFY(!sparse.IsSubmitted);
    }

    void productsOnSaleOnlyInsideTheWindow()
    {
        const auto page =
            decode<ListPage<BuyerProduct>>(QStringLiteral("ListPage-BuyerProduct-sale-and-decimals.json"));
        QCOMPARE(int(page.items.size()), 2);
        const BuyerProduct &gloves = page.items[0];
        QVERIFY(gloves.PriceSchedule);
        const PriceSchedule &ps = *gloves.PriceSchedule;
        QVERIFY(ps.IsOnSale);
        QCOMPARE(ps.PriceBreaks[0].Price.toString(), QStringLiteral("12.34567"));
        QCOMPARE(gloves.Inventory->QuantityAvailable, std::optional<int>(250));
        QCOMPARE(gloves.ShipWeight, std::optional<double>(0.45));
        const QDateTime now = utc(2026, 11, 26, 12, 0, 0);
        QCOMPARE(ps.unitPrice(1, now).toString(), QStringLiteral("9.99"));
        QCOMPARE(ps.unitPrice(12, now).toString(), QStringLiteral("8.123456"));
        // Before the window opens the list price applies, even with IsOnSale as answered.
        QCOMPARE(ps.unitPrice(1, utc(2019, 6, 1, 0, 0, 0)).toString(), QStringLiteral("12.34567"));
        QCOMPARE(ps.unitPrice(1, utc(2100, 1, 1, 0, 0, 0)).toString(), QStringLiteral("12.34567"));

        const BuyerProduct &coffee = page.items[1];
        QVERIFY(!coffee.Inventory);
        QVERIFY(!coffee.Description);
        QVERIFY(!coffee.PriceSchedule->IsOnSale);
        // A sale that ended: SalePrice is ignored.
        QCOMPARE(coffee.PriceSchedule->unitPrice(1, now).toString(), QStringLiteral("17.5"));
        QCOMPARE(coffee.PriceSchedule->MaxQuantity, std::optional<int>(40));
        QCOMPARE(Money::format(coffee.PriceSchedule->unitPrice(1, now), QStringLiteral("JPY"),
                               QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("JPY\u00a018")); // no minor unit; 17.5 rounds half-even to 18
    }

    void lineItemsWithDecimalsSpecsAndNegativeAdjustments()
    {
        const auto page = decode<ListPage<LineItem>>(QStringLiteral("ListPage-LineItem-decimals.json"));
        const LineItem &gloves = page.items[0];
        QCOMPARE(gloves.UnitPrice.toString(), QStringLiteral("8.123456"));
        QCOMPARE(gloves.UnitPrice * 10, gloves.LineSubtotal);
        QCOMPARE(gloves.LineSubtotal + gloves.PromotionDiscount, gloves.LineTotal);
        QCOMPARE(gloves.Product.Name, QStringLiteral("Nitrile gloves (box of 100)"));
        QCOMPARE(gloves.ShippingAddress->Street2, std::optional<QString>(QStringLiteral("Receiving dock 2")));
        QCOMPARE(int(gloves.Specs.size()), 1);
        QCOMPARE(gloves.Specs[0].Value, std::optional<QString>(QStringLiteral("Medium")));
        QVERIFY(!gloves.Variant);
        QVERIFY(gloves.IsOnSale);
        const LineItem &adjustment = page.items[1];
        QCOMPARE(adjustment.UnitPrice.toString(), QStringLiteral("-5.5"));
        QVERIFY(adjustment.UnitPrice.isNegative());
        QVERIFY(adjustment.Specs.empty());
        QVERIFY(adjustment.xp.is_object());
    }

    void buyerAddressesAndOtherModels()
    {
        const auto addresses = decode<ListPage<BuyerAddress>>(QStringLiteral("ListPage-BuyerAddress.json"));
        QVERIFY(addresses.items[0].Billing);
        QVERIFY(!addresses.items[0].Editable);
        QCOMPARE(addresses.items[1].oneLine(), QStringLiteral("13 Annex Road, Seattle, US"));

        const AccessToken t = decode<AccessToken>(QStringLiteral("AccessToken-impersonation.json"));
        QVERIFY(!t.refresh_token);
        QCOMPARE(t.expires_in, 600);

        const auto buyers = decode<ListPage<Buyer>>(QStringLiteral("ListPage-Buyer.json"));
        QVERIFY(!buyers.items[1].DefaultCatalogID);
        QVERIFY(buyers.items[1].xp.is_object());

        const SecurityProfile p = decode<SecurityProfile>(QStringLiteral("SecurityProfile-with-password-config.json"));
        QCOMPARE(p.PasswordConfig->MinimumCharacterCount, std::optional<int>(10));
        QVERIFY(!p.PasswordConfig->MinimumPasswordAge);

        const ApiClient c = decode<ApiClient>(QStringLiteral("ApiClient-storefront.json"));
        QCOMPARE(c.AssignedBuyerCount, std::optional<int>(3));
        QCOMPARE(c.MaximumGrantedRoles.size(), 4);

        const ImpersonationConfig ic =
            decode<ImpersonationConfig>(QStringLiteral("ImpersonationConfig-storefront-client.json"));
        QCOMPARE(ic.ClientID, c.ID);
        QVERIFY(!ic.ImpersonationBuyerID);

        QCOMPARE(decode<Catalog>(QStringLiteral("Catalog-default.json")).CategoryCount, 12);
        QVERIFY(decode<UserGroup>(QStringLiteral("UserGroup-business-unit.json")).xp["CostCenter"] == json("4711"));
    }

    // A wrong type is a DecodeError naming the field, which the desk turns into an ApiError.
    void wrongTypesAreDecodeErrors_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("field");
        QTest::newRow("Locale as a string")
            << QStringLiteral("MeUser-buyer-with-locale.json") << QStringLiteral("/Locale")
            << QStringLiteral(R"("en-US")") << QStringLiteral("Locale");
        QTest::newRow("money as a string")
            << QStringLiteral("Order-awaiting-approval.json") << QStringLiteral("/TaxCost")
            << QStringLiteral(R"("0.12")") << QStringLiteral("TaxCost");
        QTest::newRow("xp as a string") << QStringLiteral("Order-awaiting-approval.json") << QStringLiteral("/xp")
                                        << QStringLiteral(R"("x")") << QStringLiteral("xp");
        QTest::newRow("nested: FromUser.Locale.Currency")
            << QStringLiteral("Order-awaiting-approval.json") << QStringLiteral("/FromUser/Locale/Currency")
            << QStringLiteral("5") << QStringLiteral("FromUser.Locale.Currency");
        QTest::newRow("IsOnSale as a string")
            << QStringLiteral("ListPage-BuyerProduct-sale-and-decimals.json")
            << QStringLiteral("/Items/0/PriceSchedule/IsOnSale") << QStringLiteral(R"("yes")")
            << QStringLiteral("Items.PriceSchedule.IsOnSale");
    }

    void wrongTypesAreDecodeErrors()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, field);
        json j = load(fixture);
        j[json::json_pointer(pointer.toStdString())] = json::parse(replacement.toStdString());
        try {
            if (fixture.startsWith(QLatin1String("MeUser")))
                (void)j.get<MeUser>();
            else if (fixture.startsWith(QLatin1String("Order")))
                (void)j.get<Order>();
            else
                (void)j.get<ListPage<BuyerProduct>>();
            QFAIL("expected a DecodeError");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), field);
        }
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
