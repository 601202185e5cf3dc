#include "DemoSeed.h"

#include "Database.h"
#include "DocumentStore.h"
#include "PasswordHasher.h"
#include "Services.h"
#include "SessionStore.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "wire/ApiClient.h"
#include "wire/Buyer.h"
#include "wire/Address.h"
#include "wire/ImpersonationConfig.h"
#include "wire/Product.h"
#include "wire/SecurityProfile.h"
#include "wire/UserGroup.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace onbehalf::server {

namespace {

// A small deterministic generator: the same seed gives the same marketplace everywhere.
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_state(seed) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint64 m_state;
};

struct Name
{
    const char *display; // UTF-8
    const char *ascii;   // for usernames and e-mail addresses
};

const Name kFirstNames[] = {
    {"Jane", "jane"},       {"Sam", "sam"},         {"Lena", "lena"},       {"José", "jose"},
    {"Zoë", "zoe"},         {"Łukasz", "lukasz"},   {"Søren", "soren"},     {"Chloé", "chloe"},
    {"Ayşe", "ayse"},       {"芳", "fang"},          {"Björn", "bjorn"},     {"Amélie", "amelie"},
    {"Mohammed", "mohammed"}, {"Priya", "priya"},   {"Kenji", "kenji"},     {"Olusegun", "olusegun"},
    {"Fatima", "fatima"},   {"Mateo", "mateo"},     {"Ingrid", "ingrid"},   {"Dmitri", "dmitri"},
    {"Aisling", "aisling"}, {"Rafael", "rafael"},   {"Hannah", "hannah"},   {"Tomás", "tomas"},
    {"Nadia", "nadia"},     {"Grace", "grace"},     {"Wei", "wei"},         {"Emma", "emma"},
    {"Liam", "liam"},       {"Noah", "noah"},       {"Olivia", "olivia"},   {"Ava", "ava"},
    {"Lucas", "lucas"},     {"Mia", "mia"},         {"Ethan", "ethan"},     {"Sofia", "sofia"},
    {"Omar", "omar"},       {"Yuki", "yuki"},       {"Anaïs", "anais"},     {"Jürgen", "jurgen"},
    {"Marta", "marta"},     {"Kwame", "kwame"},     {"Elif", "elif"},       {"Raúl", "raul"},
    {"Siobhán", "siobhan"}, {"Ngozi", "ngozi"},     {"Henrik", "henrik"},   {"Camille", "camille"},
};

const Name kLastNames[] = {
    {"Doe", "doe"},           {"Rivera", "rivera"},     {"Fischer", "fischer"},   {"Álvarez", "alvarez"},
    {"Müller", "muller"},     {"Wójcik", "wojcik"},     {"Ødegaard", "odegaard"}, {"Lefèvre", "lefevre"},
    {"Yılmaz", "yilmaz"},     {"王", "wang"},            {"Andersson", "andersson"}, {"Dubois", "dubois"},
    {"Haddad", "haddad"},     {"Sharma", "sharma"},     {"Tanaka", "tanaka"},     {"Adeyemi", "adeyemi"},
    {"Khan", "khan"},         {"García", "garcia"},     {"Larsen", "larsen"},     {"Ivanov", "ivanov"},
    {"O'Brien", "obrien"},    {"Santos", "santos"},     {"Schmidt", "schmidt"},   {"Silva", "silva"},
    {"Petrova", "petrova"},   {"Okafor", "okafor"},     {"Chen", "chen"},         {"Johnson", "johnson"},
    {"Smith", "smith"},       {"Brown", "brown"},       {"Nguyen", "nguyen"},     {"Kowalski", "kowalski"},
    {"Rossi", "rossi"},       {"Novák", "novak"},       {"Kim", "kim"},           {"Moreau", "moreau"},
    {"Costa", "costa"},       {"Hansen", "hansen"},     {"Jensen", "jensen"},     {"Mensah", "mensah"},
    {"Demir", "demir"},       {"Popescu", "popescu"},   {"Murphy", "murphy"},     {"Bauer", "bauer"},
    {"Sato", "sato"},         {"Ortiz", "ortiz"},       {"Walsh", "walsh"},       {"Lindqvist", "lindqvist"},
};

constexpr int kFirstCount = int(sizeof(kFirstNames) / sizeof(kFirstNames[0]));
constexpr int kLastCount = int(sizeof(kLastNames) / sizeof(kLastNames[0]));

struct DemoBuyer
{
    const char *id;
    const char *name;
    const char *prefix; // user IDs: NW-0001 …
    const char *domain;
    int users;
    std::vector<std::pair<const char *, const char *>> groups; // ID suffix, name
};

const std::vector<DemoBuyer> &demoBuyers()
{
    static const std::vector<DemoBuyer> buyers{
        {"NORTHWIND", "Northwind Health", "NW", "northwind.example", 30,
         {{"CARDIOLOGY", "Cardiology"}, {"PHARMACY", "Pharmacy"}, {"FACILITIES", "Facilities"},
          {"PROCUREMENT", "Procurement"}}},
        {"CONTOSO", "Contoso Schools", "CS", "contoso.example", 29,
         {{"ADMINISTRATION", "Administration"}, {"SCIENCE", "Science Department"}, {"ATHLETICS", "Athletics"}}},
        {"FABRIKAM", "Fabrikam Hotels", "FB", "fabrikam.example", 31,
         {{"HOUSEKEEPING", "Housekeeping"}, {"KITCHEN", "Kitchen"}, {"FRONTDESK", "Front Desk"},
          {"MAINTENANCE", "Maintenance"}}},
    };
    return buyers;
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QString l1(const char *s)
{
    return QString::fromLatin1(s);
}

QStringList roles(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << l1(n);
    return out;
}

// A point in the past two years, deterministic per index.
QDateTime createdAt(int index)
{
    const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    return base.addSecs(-qint64((index * 7919) % (730 * 24)) * 3600);
}

void assignProfile(Database &db, const QString &profile, const QString &buyer, const QString &user,
                   const QString &group)
{
    db.exec(QStringLiteral("INSERT INTO profile_assignments (profile_id, buyer_id, user_id, group_id) VALUES (?, ?, ?, ?)"),
            {profile, buyer, user, group});
}

void addProfile(DocumentStore &docs, const char *id, const char *name, const QStringList &builtIn,
                const QStringList &custom = {})
{
    wire::SecurityProfile p;
    p.ID = l1(id);
    p.Name = l1(name);
    p.Roles = builtIn;
    p.CustomRoles = custom;
    docs.insert(QStringLiteral("SecurityProfile"), QString(), p.ID, nlohmann::json(p));
}

UserRecord makeUser(const QString &id, const QString &username, const QString &first, const QString &last,
                    const QString &email, bool active, const QByteArray &hash, const QDateTime &created)
{
    UserRecord r;
    r.user.ID = id;
    r.user.Username = username;
    r.user.FirstName = first;
    r.user.LastName = last;
    r.user.Email = email;
    r.user.Active = active;
    r.user.DateCreated = created;
    r.user.PasswordLastSetDate = created;
    r.user.TermsAccepted = created;
    r.passwordHash = hash;
    return r;
}

void seedSecurity(Services &s)
{
    wire::ApiClient desk;
    desk.ID = DemoSeed::serviceDeskClientId();
    desk.AppName = QStringLiteral("Service Desk");
    desk.AllowSeller = true;
    desk.AllowAnyBuyer = true;
    desk.AccessTokenDuration = 600;
    desk.RefreshTokenDuration = 10080; // a week: "remember me" for a shift pattern
    s.docs.insert(QStringLiteral("ApiClient"), QString(), desk.ID, nlohmann::json(desk));

    wire::ApiClient shop;
    shop.ID = DemoSeed::storefrontClientId();
    shop.AppName = QStringLiteral("Storefront");
    shop.AllowAnyBuyer = true;
    shop.AccessTokenDuration = 600;
    s.docs.insert(QStringLiteral("ApiClient"), QString(), shop.ID, nlohmann::json(shop));

    const QStringList agentRoles =
        roles({"BuyerReader", "BuyerUserReader", "BuyerImpersonation", "OrderReader", "ProductReader", "MeAdmin",
               "UserGroupReader"});
    addProfile(s.docs, "service-desk-agent", "Service Desk Agent", agentRoles);
    addProfile(s.docs, "service-desk-supervisor", "Service Desk Supervisor", agentRoles,
               {QStringLiteral("ServiceDeskSupervisor")});
    addProfile(s.docs, "marketplace-admin", "Marketplace Administrator",
               roles({"ApiClientAdmin", "SecurityProfileAdmin", "SetSecurityProfile", "BuyerAdmin", "BuyerUserAdmin",
                      "UserGroupAdmin", "AdminUserAdmin", "OrderAdmin", "ProductAdmin", "PriceScheduleAdmin",
                      "CatalogAdmin", "MeAdmin", "BuyerReader", "BuyerUserReader", "OrderReader", "ProductReader",
                      "UserGroupReader", "CatalogReader", "PriceScheduleReader"}));
    const QStringList shopper = roles({"Shopper", "MeAdmin", "MeAddressAdmin", "MeXpAdmin"});
    addProfile(s.docs, "buyer-shopper", "Buyer Shopper", shopper);
    addProfile(s.docs, "impersonation-shopper", "Impersonation Shopper", shopper);
}

void seedAdmins(Services &s, const QByteArray &hash)
{
    struct Admin
    {
        const char *id, *username, *first, *last, *profile;
    };
    const Admin admins[] = {
        {"ADM-AGENT01", "agent01", "Alex", "Morgan", "service-desk-agent"},
        {"ADM-AGENT02", "agent02", "Bea", "Nakamura", "service-desk-agent"},
        {"ADM-AGENT03", "agent03", "Carlos", "Mendes", "service-desk-agent"},
        {"ADM-SUPERVISOR01", "supervisor01", "Dana", "Okoye", "service-desk-supervisor"},
        {"ADM-ADMIN01", "admin01", "Erik", "Lund", "marketplace-admin"},
    };
    int i = 0;
    for (const Admin &a : admins) {
        UserRecord r = makeUser(l1(a.id), l1(a.username), l1(a.first), l1(a.last),
                                l1(a.username) + QStringLiteral("@onbehalf.example"), true, hash, createdAt(++i));
        r.isAdmin = true;
        s.users.insert(r);
        assignProfile(s.db, l1(a.profile), QString(), r.user.ID, QString());
    }
}

void seedBuyers(Services &s, const QByteArray &hash)
{
    Lcg rng(20261122);
    QSet<QString> usernames;
    int created = 0;
    for (const DemoBuyer &b : demoBuyers()) {
        const QString buyerId = l1(b.id);
        wire::Buyer buyer;
        buyer.ID = buyerId;
        buyer.Name = l1(b.name);
        buyer.DefaultCatalogID = buyerId;
        buyer.DateCreated = createdAt(1000 + created);
        s.docs.insert(QStringLiteral("Buyer"), QString(), buyerId, nlohmann::json(buyer));
        assignProfile(s.db, QStringLiteral("buyer-shopper"), buyerId, QString(), QString());

        QStringList groupIds;
        for (const auto &[suffix, name] : b.groups) {
            wire::UserGroup g;
            g.ID = buyerId + QLatin1Char('-') + l1(suffix);
            g.Name = l1(name);
            g.Description = QStringLiteral("%1 at %2").arg(l1(name), l1(b.name));
            s.docs.insert(QStringLiteral("UserGroup"), buyerId, g.ID, nlohmann::json(g));
            groupIds << g.ID;
        }

        for (int n = 1; n <= b.users; ++n) {
            int first = rng.below(kFirstCount);
            int last = rng.below(kLastCount);
            // The well-known first user of each buyer, used in docs and tests.
            if (n == 1) {
                const int wellKnown = buyerId == QLatin1String("NORTHWIND") ? 0 : buyerId == QLatin1String("CONTOSO") ? 1 : 2;
                first = last = wellKnown;
            }
            QString username = l1(kFirstNames[first].ascii) + QLatin1Char('.') + l1(kLastNames[last].ascii);
            for (int suffix = 2; usernames.contains(username); ++suffix)
                username = l1(kFirstNames[first].ascii) + QLatin1Char('.') + l1(kLastNames[last].ascii) +
                           QString::number(suffix);
            usernames.insert(username);
            const QString id = QStringLiteral("%1-%2").arg(l1(b.prefix)).arg(n, 4, 10, QLatin1Char('0'));
            // Users 7 and 19 of each buyer have left the company.
            const bool active = n != 7 && n != 19;
            UserRecord r = makeUser(id, username, u8(kFirstNames[first].display), u8(kLastNames[last].display),
                                    username + QLatin1Char('@') + l1(b.domain), active, hash, createdAt(++created));
            r.buyerId = buyerId;
            r.user.Phone = QStringLiteral("+1 555 %1").arg(1000 + rng.below(9000));
            r.user.xp = nlohmann::json{{"EmployeeNumber", QStringLiteral("E%1").arg(10000 + created).toStdString()}};
            s.users.insert(r);

            // Everyone is in one business unit; some in two.
            QStringList memberOf{groupIds[n % groupIds.size()]};
            if (n % 5 == 0)
                memberOf << groupIds[(n + 1) % groupIds.size()];
            for (const QString &g : memberOf)
                s.db.exec(QStringLiteral("INSERT INTO group_members (buyer_id, group_id, user_id) VALUES (?, ?, ?)"),
                          {buyerId, g, id});
        }
    }
}

void seedImpersonationConfigs(Services &s)
{
    // Agents may act for NORTHWIND and CONTOSO users; deliberately not for FABRIKAM.
    for (const char *buyer : {"NORTHWIND", "CONTOSO"}) {
        wire::ImpersonationConfig c;
        c.ID = QStringLiteral("imp-") + l1(buyer).toLower();
        c.BuyerID = l1(buyer);
        c.SecurityProfileID = QStringLiteral("impersonation-shopper");
        c.ClientID = DemoSeed::serviceDeskClientId();
        s.docs.insert(QStringLiteral("ImpersonationConfig"), QString(), c.ID, nlohmann::json(c));
    }
}

struct DemoProduct
{
    const char *id, *name, *description;
    const char *price;   // decimal text, exact
    int minQuantity;     // 1 = no minimum
    int maxQuantity;     // 0 = no maximum
    const char *breaks;  // "10:4.50,50:3.99" — quantity:price
    const char *catalogs; // which buyers' catalogs hold it: N, C, F
};

// Forty-odd products a hospital group, a school district and a hotel chain would order.
const DemoProduct kProducts[] = {
    {"GLV-NIT-M", "Nitrile exam gloves, medium (box of 100)", "Powder-free, latex-free.", "12.90", 1, 200, "10:11.50,50:9.95", "NF"},
    {"GLV-NIT-L", "Nitrile exam gloves, large (box of 100)", "Powder-free, latex-free.", "12.90", 1, 200, "10:11.50,50:9.95", "NF"},
    {"MSK-SURG", "Surgical masks, type IIR (box of 50)", "Three-ply, fluid resistant.", "8.40", 1, 0, "20:7.20", "NCF"},
    {"SAN-GEL-500", "Hand sanitiser gel 500 ml", "70% alcohol, pump bottle.", "4.75", 1, 0, "24:4.10,96:3.60", "NCF"},
    {"SAN-GEL-5L", "Hand sanitiser gel 5 l refill", "For wall dispensers.", "29.00", 1, 20, "", "NCF"},
    {"SYR-5ML", "Syringes 5 ml, sterile (box of 100)", "Luer lock.", "18.60", 1, 0, "10:16.90", "N"},
    {"GAU-10", "Gauze swabs 10x10 cm (pack of 100)", "Non-sterile, 8-ply.", "5.20", 1, 0, "50:4.40", "N"},
    {"BND-ELA", "Elastic bandage 8 cm x 4 m", "Washable, with clips.", "2.35", 10, 500, "100:1.95", "N"},
    {"THM-DIG", "Digital thermometer", "Flexible tip, 10-second reading.", "6.90", 1, 50, "", "NF"},
    {"BPM-ARM", "Blood pressure monitor, upper arm", "Validated, two users.", "54.00", 1, 10, "", "N"},
    {"OXI-FNG", "Finger pulse oximeter", "SpO2 and pulse rate.", "24.50", 1, 20, "5:22.00", "N"},
    {"STE-CLS", "Stethoscope, classic", "Dual head, 69 cm tube.", "89.00", 1, 5, "", "N"},
    {"ALC-WIPE", "Alcohol wipes (box of 200)", "Isopropyl 70%.", "3.80", 1, 0, "20:3.20", "N"},
    {"SHC-BIN", "Sharps container 5 l", "UN-approved.", "7.45", 1, 0, "", "N"},
    {"PTW-GOWN", "Patient gowns (pack of 10)", "Tie back, blue.", "19.99", 1, 0, "", "N"},
    {"PPR-A4", "Copy paper A4, 80 g (box of 5 reams)", "2,500 sheets.", "24.00", 1, 0, "5:22.50,20:20.90", "NCF"},
    {"PEN-BLU", "Ballpoint pens, blue (pack of 50)", "Medium point.", "9.50", 1, 0, "10:8.75", "NCF"},
    {"PCL-HB", "Pencils HB (pack of 144)", "Pre-sharpened.", "14.40", 1, 0, "10:12.96", "C"},
    {"ERS-WHT", "Erasers, white (pack of 40)", "PVC-free.", "7.60", 1, 0, "", "C"},
    {"NBK-A4", "Exercise books A4, lined (pack of 50)", "48 pages.", "32.50", 1, 0, "10:29.90", "C"},
    {"MRK-WB", "Whiteboard markers, assorted (pack of 12)", "Dry-wipe, chisel tip.", "11.20", 1, 0, "", "C"},
    {"GLU-STK", "Glue sticks 21 g (pack of 30)", "Washable.", "16.80", 1, 0, "", "C"},
    {"SCI-KIT", "Microscope slide kit (pack of 72)", "Prepared slides for biology.", "45.00", 1, 10, "", "C"},
    {"BAL-SOC", "Football, size 5", "Match training ball.", "18.90", 1, 30, "10:16.50", "C"},
    {"BIB-SET", "Training bibs (set of 10)", "Mesh, two colours.", "22.00", 1, 0, "", "C"},
    {"CAL-SCI", "Scientific calculator", "Two-line display.", "13.99", 1, 60, "30:12.49", "C"},
    {"LAB-GOG", "Safety goggles", "Anti-fog, EN166.", "4.20", 5, 0, "30:3.60", "C"},
    {"TWL-BTH", "Bath towels, white (pack of 12)", "500 g/m2 cotton.", "79.00", 1, 0, "10:72.00", "F"},
    {"TWL-HND", "Hand towels, white (pack of 24)", "500 g/m2 cotton.", "64.80", 1, 0, "10:58.00", "F"},
    {"SHP-30", "Guest shampoo 30 ml (case of 300)", "Paraben-free.", "96.00", 1, 0, "", "F"},
    {"SOP-20", "Guest soap bars 20 g (case of 500)", "Wrapped.", "85.00", 1, 0, "", "F"},
    {"LIN-DBL", "Duvet covers, double (pack of 6)", "Percale, 200 thread count.", "118.00", 1, 0, "", "F"},
    {"PIL-STD", "Pillows, standard (pack of 4)", "Hollow fibre.", "39.60", 1, 0, "", "F"},
    {"DET-LND", "Laundry detergent 20 l", "Low-temperature formula.", "58.00", 1, 10, "", "F"},
    {"CLN-SPR", "Multi-surface cleaner 750 ml (case of 12)", "Ready to use.", "27.00", 1, 0, "", "NCF"},
    {"TRB-60L", "Bin liners 60 l (roll of 50)", "Recycled polyethylene.", "6.10", 1, 0, "20:5.40", "NCF"},
    {"COF-BNS", "Coffee beans 1 kg", "Medium roast, Rainforest Alliance.", "17.50", 1, 40, "", "CF"},
    {"TEA-ENG", "English breakfast tea (box of 600 bags)", "Tagless.", "24.90", 1, 0, "", "NCF"},
    {"CUP-PAP", "Paper cups 8 oz (case of 1000)", "Compostable.", "44.00", 1, 0, "", "NCF"},
    {"BAT-AA", "Batteries AA (pack of 24)", "Alkaline.", "12.40", 1, 0, "10:11.00", "NCF"},
    {"LGT-LED", "LED bulbs E27 9 W (pack of 10)", "Warm white.", "21.50", 1, 0, "", "NCF"},
    {"FAK-WALL", "First aid kit, wall mounted", "Workplace, up to 25 people.", "49.90", 1, 10, "", "NCF"},
    {"DEF-AED", "Automated external defibrillator", "With wall cabinet; one per site.", "1299.00", 1, 1, "", "NCF"},
};

std::vector<wire::PriceBreak> parseBreaks(const char *base, const char *breaks)
{
    std::vector<wire::PriceBreak> out;
    const auto amount = [](const QString &text) {
        return wire::Amount{*wire::Money::fromJson(nlohmann::json::parse(text.toStdString()))};
    };
    out.push_back(wire::PriceBreak{1, amount(l1(base)), std::nullopt});
    for (const QString &b : l1(breaks).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = b.split(QLatin1Char(':'));
        out.push_back(wire::PriceBreak{parts[0].toInt(), amount(parts[1]), std::nullopt});
    }
    return out;
}

void seedCatalog(Services &s)
{
    for (const DemoBuyer &b : demoBuyers()) {
        wire::Catalog c;
        c.ID = l1(b.id);
        c.Name = l1(b.name) + QStringLiteral(" catalog");
        s.docs.insert(QStringLiteral("Catalog"), QString(), c.ID, nlohmann::json(c));
        s.db.exec(QStringLiteral("INSERT INTO catalog_buyers (catalog_id, buyer_id) VALUES (?, ?)"), {c.ID, c.ID});
    }
    for (const DemoProduct &p : kProducts) {
        wire::PriceSchedule ps;
        ps.ID = QStringLiteral("PS-") + l1(p.id);
        ps.Name = l1(p.name);
        ps.MinQuantity = p.minQuantity;
        if (p.maxQuantity > 0)
            ps.MaxQuantity = p.maxQuantity;
        ps.PriceBreaks = parseBreaks(p.price, p.breaks);
        s.docs.insert(QStringLiteral("PriceSchedule"), QString(), ps.ID, nlohmann::json(ps));

        wire::Product product;
        product.ID = l1(p.id);
        product.Name = l1(p.name);
        product.Description = l1(p.description);
        product.DefaultPriceScheduleID = ps.ID;
        s.docs.insert(QStringLiteral("Product"), QString(), product.ID, nlohmann::json(product));
        const QString catalogs = l1(p.catalogs);
        for (const DemoBuyer &b : demoBuyers()) {
            if (catalogs.contains(QLatin1Char(b.prefix[0])))
                s.db.exec(QStringLiteral("INSERT INTO catalog_products (catalog_id, product_id) VALUES (?, ?)"),
                          {l1(b.id), product.ID});
        }
    }
}

// Every demo buyer user gets a shipping address at its site; some a second one.
void seedAddresses(Services &s)
{
    struct Site
    {
        const char *buyer, *company, *street, *city, *state, *zip;
    };
    const Site sites[] = {
        {"NORTHWIND", "Northwind Health", "1200 Harbor View Drive", "Seattle", "WA", "98101"},
        {"CONTOSO", "Contoso Schools", "45 Learning Lane", "Portland", "OR", "97201"},
        {"FABRIKAM", "Fabrikam Hotels", "800 Ocean Boulevard", "San Diego", "CA", "92101"},
    };
    for (const Site &site : sites) {
        QSqlQuery q = s.db.exec(QStringLiteral("SELECT id, first_name, last_name FROM users WHERE kind = 'buyer' AND "
                                               "buyer_id = ? AND id NOT LIKE 'SYN-%' ORDER BY id"),
                                {l1(site.buyer)});
        int n = 0;
        while (q.next()) {
            ++n;
            wire::Address a;
            a.ID = q.value(0).toString() + QStringLiteral("-SHIP");
            a.AddressName = QStringLiteral("Main site");
            a.CompanyName = l1(site.company);
            a.FirstName = q.value(1).toString();
            a.LastName = q.value(2).toString();
            a.Street1 = l1(site.street);
            a.Street2 = QStringLiteral("Receiving dock %1").arg(1 + n % 4);
            a.City = l1(site.city);
            a.State = l1(site.state);
            a.Zip = l1(site.zip);
            a.Country = QStringLiteral("US");
            a.Billing = true;
            s.docs.insert(QStringLiteral("Address"), q.value(0).toString(), a.ID, nlohmann::json(a));
            if (n % 3 == 0) {
                a.ID = q.value(0).toString() + QStringLiteral("-ANNEX");
                a.AddressName = QStringLiteral("Annex");
                a.Street1 = QStringLiteral("%1 Annex Road").arg(10 + n);
                a.Street2.reset();
                a.Billing = false;
                s.docs.insert(QStringLiteral("Address"), q.value(0).toString(), a.ID, nlohmann::json(a));
            }
        }
    }
}

} // namespace

void DemoSeed::seedDemo(Services &s)
{
    if (s.db.setting(QStringLiteral("seed.demo")) == QLatin1String("1")) {
        seedDemoCatalog(s);
        return;
    }
    // One hash for every demo user: argon2id is slow on purpose, and they share the password.
    const QByteArray hash = PasswordHasher::hash(demoPassword());
    Database::Transaction tx(s.db);
    seedSecurity(s);
    seedAdmins(s, hash);
    seedBuyers(s, hash);
    seedImpersonationConfigs(s);
    s.db.setSetting(QStringLiteral("seed.demo"), QStringLiteral("1"));
    tx.commit();
    seedDemoCatalog(s);
}

void DemoSeed::seedDemoCatalog(Services &s)
{
    // Added in schema version 2: a marketplace seeded before it gains its catalog on upgrade.
    if (s.db.setting(QStringLiteral("seed.demo")) != QLatin1String("1") ||
        s.db.setting(QStringLiteral("seed.demo_catalog")) == QLatin1String("1"))
        return;
    Database::Transaction tx(s.db);
    seedCatalog(s);
    seedAddresses(s);
    s.db.setSetting(QStringLiteral("seed.demo_catalog"), QStringLiteral("1"));
    tx.commit();
}

void DemoSeed::seedSyntheticUsers(Services &s, int count)
{
    const int existing = s.db.setting(QStringLiteral("seed.synthetic_users")).toInt();
    if (count <= existing)
        return;
    const QByteArray hash = PasswordHasher::hash(demoPassword());
    const auto &buyers = demoBuyers();
    Database::Transaction tx(s.db);
    for (int i = existing + 1; i <= count; ++i) {
        // Deterministic per index, so the same N always yields the same users.
        Lcg rng(quint64(i) * 2654435761ULL);
        const Name &first = kFirstNames[rng.below(kFirstCount)];
        const Name &last = kLastNames[rng.below(kLastCount)];
        const DemoBuyer &b = buyers[size_t(i % int(buyers.size()))];
        const QString id = QStringLiteral("SYN-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString username =
            l1(first.ascii) + QLatin1Char('.') + l1(last.ascii) + QStringLiteral(".%1").arg(i);
        UserRecord r = makeUser(id, username, u8(first.display), u8(last.display),
                                username + QLatin1Char('@') + l1(b.domain), i % 17 != 0, hash, createdAt(i));
        r.buyerId = l1(b.id);
        s.users.insert(r);
    }
    s.db.setSetting(QStringLiteral("seed.synthetic_users"), QString::number(count));
    tx.commit();
}

void DemoSeed::seedSyntheticSessions(Services &s, int count)
{
    const int existing = s.db.setting(QStringLiteral("seed.synthetic_sessions")).toInt();
    if (count <= existing)
        return;
    struct Agent
    {
        const char *id, *username;
    };
    const Agent agents[] = {{"ADM-AGENT01", "agent01"}, {"ADM-AGENT02", "agent02"}, {"ADM-AGENT03", "agent03"}};
    const char *reasons[] = {"Caller could not find the reorder button",
                             "Placing a phone order for ward supplies",
                             "Buyer locked out before month-end order",
                             "Correcting the shipping address on a new order",
                             "Caller asked for help with price breaks",
                             "Urgent replacement order after delivery damage"};
    const char *causes[] = {"AgentEnded", "AgentEnded", "AgentEnded", "Expired", "Inactivity", "SignedOut"};
    // Impersonable users only (NORTHWIND and CONTOSO), with their names as the API shows them.
    std::vector<std::array<QString, 4>> users; // id, buyer, username, full name
    QSqlQuery q = s.db.exec(QStringLiteral("SELECT id, buyer_id, username, first_name, last_name FROM users WHERE "
                                           "kind = 'buyer' AND buyer_id IN ('NORTHWIND', 'CONTOSO') AND id NOT LIKE "
                                           "'SYN-%' ORDER BY id"));
    while (q.next())
        users.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString()});
    if (users.empty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Database::Transaction tx(s.db);
    for (int i = existing + 1; i <= count; ++i) {
        Lcg rng(quint64(i) * 40503ULL + 17);
        const Agent &agent = agents[rng.below(3)];
        const auto &user = users[size_t(rng.below(int(users.size())))];
        SessionRecord r;
        r.id = QStringLiteral("HIST-%1").arg(i, 7, 10, QLatin1Char('0'));
        r.agentUserId = l1(agent.id);
        r.agentUsername = l1(agent.username);
        r.buyerId = user[1];
        r.buyerName = user[1] == QLatin1String("NORTHWIND") ? QStringLiteral("Northwind Health")
                                                            : QStringLiteral("Contoso Schools");
        r.userId = user[0];
        r.username = user[2];
        r.userFullName = user[3];
        r.clientId = serviceDeskClientId();
        r.roles = roles({"Shopper", "MeAdmin", "MeAddressAdmin", "MeXpAdmin"});
        r.reason = l1(reasons[rng.below(6)]);
        r.caseNumber = QStringLiteral("CASE-%1").arg(100000 + i);
        r.dateStarted = now.addSecs(-qint64(rng.below(90 * 24 * 3600)) - 3600);
        r.tokenExpires = r.dateStarted.addSecs(36000);
        s.sessions.insert(r);
        const QString cause = l1(causes[rng.below(6)]);
        const QDateTime ended = cause == QLatin1String("Expired") ? r.tokenExpires
                                                                   : r.dateStarted.addSecs(60 + rng.below(1800));
        s.db.exec(QStringLiteral("UPDATE impersonation_sessions SET date_ended = ?, end_cause = ? WHERE id = ?"),
                  {SqlValues::formatTime(ended), cause, r.id});
    }
    s.db.setSetting(QStringLiteral("seed.synthetic_sessions"), QString::number(count));
    tx.commit();
}

} // namespace onbehalf::server
