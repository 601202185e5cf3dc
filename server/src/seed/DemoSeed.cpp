#include "seed/DemoSeed.h"

#include "Services.h"
#include "auth/PasswordHasher.h"
#include "seed/B2bSeed.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/ApiClient.h"
#include "wire/Buyer.h"
#include "wire/BuyerAddress.h"
#include "wire/Catalog.h"
#include "wire/ImpersonationConfig.h"
#include "wire/PriceSchedule.h"
#include "wire/Product.h"
#include "wire/SecurityProfile.h"
#include "wire/UserGroup.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <array>
#include <vector>

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

// Seeds an Lcg from an index. Consecutive indexes fed straight into an LCG give correlated
// first draws; one splitmix64 round decorrelates them.
Lcg lcgFor(quint64 index, quint64 salt)
{
    quint64 z = index * 0x9E3779B97F4A7C15ULL + salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return Lcg(z ^ (z >> 31));
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

// Lower-case ASCII for usernames and e-mail addresses: accents dropped (Álvarez → alvarez),
// letters without a decomposition spelled out (Łukasz → lukasz, Ødegaard → odegaard),
// everything else that is not a letter or digit left out (O'Brien → obrien).
QString asciiFold(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower().normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (u == u'ł')
            out += QLatin1Char('l');
        else if (u == u'ø')
            out += QLatin1Char('o');
        else if (u == u'ı')
            out += QLatin1Char('i');
        else if (u == u'đ' || u == u'ð')
            out += QLatin1Char('d');
        else if (u == u'ß')
            out += QStringLiteral("ss");
        else if (u == u'æ')
            out += QStringLiteral("ae");
        else if (u == u'œ')
            out += QStringLiteral("oe");
        else if (u == u'þ')
            out += QStringLiteral("th");
    }
    return out;
}

// A name as shown, and its ASCII spelling for usernames ("芳=fang" in the tables below for
// scripts that cannot be folded).
struct Name
{
    QString display;
    QString ascii;
};

Name parseName(const QString &entry)
{
    const qsizetype eq = entry.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {entry, asciiFold(entry)};
    return {entry.left(eq), entry.mid(eq + 1)};
}

// A point in the past two years (before 1 November 2026), deterministic per index.
QDateTime seedEpoch()
{
    return QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
}

QDateTime createdAt(int index)
{
    return seedEpoch().addSecs(-((qint64(index) * 7919) % (730 * 24)) * 3600);
}

// ---------------------------------------------------------------------------------------------
// Demo buyers and their people

struct DemoPerson
{
    const char *first; // UTF-8; "display=ascii" where the script cannot be folded
    const char *last;
};

struct DemoBuyer
{
    const char *id;
    const char *name;
    const char *prefix; // user IDs: NW-0001 …
    const char *domain;
    const char *areaCode; // phone numbers +1 <area> 555-01xx (reserved for fiction)
    std::vector<std::pair<const char *, const char *>> groups; // ID suffix, name
    std::vector<DemoPerson> people;                            // user 1 is the well-known one; 7 and 19 are inactive
};

// Users 7 and 19 of each buyer have left the company (the UI tests count exactly two).
bool demoUserActive(int n)
{
    return n != 7 && n != 19;
}

const std::vector<DemoBuyer> &demoBuyers()
{
    // Hand-picked, culturally consistent names; a second "Jane" (NW-0004) so a search for
    // "jane" finds more than one person, but only one "Jane D…".
    static const std::vector<DemoBuyer> buyers{
        {"NORTHWIND",
         "Northwind Health",
         "NW",
         "northwind.example",
         "206",
         {{"CARDIOLOGY", "Cardiology"},
          {"PHARMACY", "Pharmacy"},
          {"FACILITIES", "Facilities"},
          {"PROCUREMENT", "Procurement"}},
         {{"Jane", "Doe"},          {"Marcus", "Bennett"},  {"José", "Álvarez"},     {"Jane", "Whitaker"},
          {"Priya", "Raghunathan"}, {"Łukasz", "Wójcik"},   {"Ayşe", "Yılmaz"},      {"Søren", "Ødegaard"},
          {"Grace", "Okafor"},      {"芳=fang", "王=wang"}, {"Chloé", "Lefèvre"},    {"Kenji", "Watanabe"},
          {"Fatima", "Haddad"},     {"Liam", "O'Connor"},   {"Zoë", "Müller"},       {"Mateo", "García"},
          {"Siobhán", "Kelly"},     {"Dmitri", "Volkov"},   {"Hannah", "Schneider"}, {"Mai", "Nguyễn"},
          {"Olusegun", "Adeyemi"},  {"Emily", "Carter"},    {"Rafael", "Souza"},     {"Ingrid", "Lindqvist"},
          {"Amara", "Mensah"},      {"Hiroshi", "Tanaka"},  {"Noor", "Rahman"},      {"Björn", "Andersson"},
          {"Elena", "Popescu"},     {"Daniel", "Kim"}}},
        {"CONTOSO",
         "Contoso Schools",
         "CS",
         "contoso.example",
         "503",
         {{"ADMINISTRATION", "Administration"}, {"SCIENCE", "Science Department"}, {"ATHLETICS", "Athletics"}},
         {{"Sam", "Rivera"},        {"María", "González"},       {"Oliver", "Thompson"}, {"Aiko", "Yamamoto"},
          {"Chidi", "Okonkwo"},     {"Camille", "Dubois"},       {"Pedro", "Alves"},     {"Anna", "Kowalska"},
          {"Mohammed", "Al-Sayed"}, {"Ewa", "Zielińska"},        {"Lucas", "Martin"},    {"Sofía", "Herrera"},
          {"Thabo", "Nkosi"},       {"Freya", "Nilsson"},        {"Arjun", "Mehta"},     {"Claire", "O'Neill"},
          {"Mehmet", "Demir"},      {"서연=seoyeon", "박=park"}, {"Patrick", "Walsh"},   {"Leila", "Haddad"},
          {"Gabriel", "Costa"},     {"Nina", "Petrović"},        {"Kwame", "Asante"},    {"Ingrid", "Johansson"},
          {"Diego", "Ramírez"},     {"Hana", "Nováková"},        {"Tom", "Becker"},      {"Aroha", "Ngata"},
          {"Jonas", "Weber"}}},
        {"FABRIKAM",
         "Fabrikam Hotels",
         "FB",
         "fabrikam.example",
         "619",
         {{"HOUSEKEEPING", "Housekeeping"},
          {"KITCHEN", "Kitchen"},
          {"FRONTDESK", "Front Desk"},
          {"MAINTENANCE", "Maintenance"}},
         {{"Lena", "Fischer"},        {"Carlos", "Mendoza"},   {"Sophie", "Laurent"}, {"Raj", "Patel"},
          {"Yasmin", "Farouk"},       {"Michael", "O'Brien"},  {"Ana", "Ferreira"},   {"Hugo", "Martínez"},
          {"美玲=meiling", "林=lin"}, {"Giulia", "Romano"},    {"Erik", "Larsen"},    {"Aylin", "Kaya"},
          {"Samuel", "Osei"},         {"Charlotte", "Dupont"}, {"Vikram", "Singh"},   {"Isabel", "Cruz"},
          {"Tariq", "Hussain"},       {"Jakub", "Dvořák"},     {"Emma", "Wilson"},    {"Nomvula", "Dlamini"},
          {"Francesca", "Bianchi"},   {"Ryo", "Sato"},         {"Olga", "Ivanova"},   {"Kofi", "Boateng"},
          {"Inês", "Carvalho"},       {"James", "Mitchell"},   {"Léa", "Moreau"},     {"Andrés", "Vargas"},
          {"Sunita", "Rao"},          {"Niamh", "Byrne"},      {"Matteo", "Ricci"}}},
    };
    return buyers;
}

const QByteArray &demoPasswordHash()
{
    // argon2id is slow on purpose and every demo user shares the password: hash it once.
    static const QByteArray hash = PasswordHasher::hash(DemoSeed::demoPassword());
    return hash;
}

// A fictional North American number: 555-0100 … 555-0199 are reserved for fiction.
QString demoPhone(const char *areaCode, Lcg &rng)
{
    return QStringLiteral("+1 %1-555-01%2").arg(l1(areaCode)).arg(rng.below(100), 2, 10, QLatin1Char('0'));
}

void assignProfile(Database &db, const QString &profile, const QString &buyer, const QString &user,
                   const QString &group)
{
    // Empty string, not NULL, for the unset columns: the table's key depends on it.
    db.exec(QStringLiteral("INSERT INTO profile_assignments (profile_id, buyer_id, user_id, group_id) "
                           "VALUES (?, ?, ?, ?)"),
            {profile, buyer, user, group});
}

void addProfile(DocumentStore &docs, const QString &id, const char *name, const QStringList &builtIn,
                const QStringList &custom = {})
{
    wire::SecurityProfile p;
    p.ID = id;
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
    desk.Active = true;
    desk.AllowSeller = true;
    desk.AllowAnyBuyer = true;
    desk.AccessTokenDuration = 600;
    desk.RefreshTokenDuration = 10080; // a week: "remember me" across a shift pattern
    s.docs.insert(QStringLiteral("ApiClient"), QString(), desk.ID, nlohmann::json(desk));

    // Buyers only, no refresh tokens: impersonation configs name the Service Desk client, so
    // tests can show that a token request through this one is refused.
    wire::ApiClient shop;
    shop.ID = DemoSeed::storefrontClientId();
    shop.AppName = QStringLiteral("Storefront");
    shop.Active = true;
    shop.AllowAnyBuyer = true;
    shop.AccessTokenDuration = 600;
    shop.RefreshTokenDuration = 0;
    s.docs.insert(QStringLiteral("ApiClient"), QString(), shop.ID, nlohmann::json(shop));

    // UserGroupReader lets the desk show a caller's business units, AddressReader their addresses.
    const QStringList agentRoles = roles({"BuyerReader", "BuyerUserReader", "BuyerImpersonation", "OrderReader",
                                          "ProductReader", "MeAdmin", "UserGroupReader", "AddressReader"});
    addProfile(s.docs, DemoSeed::agentProfileId(), "Service Desk Agent", agentRoles);
    addProfile(s.docs, DemoSeed::supervisorProfileId(), "Service Desk Supervisor", agentRoles,
               {DemoSeed::supervisorCustomRole()});
    // Everything the marketplace needs day to day, deliberately without FullAccess (seed 003).
    addProfile(s.docs, DemoSeed::adminProfileId(), "Marketplace Administrator",
               roles({"ApiClientAdmin",        "SecurityProfileAdmin", "SetSecurityProfile",  "BuyerAdmin",
                      "BuyerUserAdmin",        "UserGroupAdmin",       "AdminUserAdmin",      "OrderAdmin",
                      "ProductAdmin",          "PriceScheduleAdmin",   "CatalogAdmin",        "MeAdmin",
                      "BuyerReader",           "BuyerUserReader",      "OrderReader",         "ProductReader",
                      "UserGroupReader",       "CatalogReader",        "PriceScheduleReader", "ApiClientReader",
                      "SecurityProfileReader", "AdminUserReader"}));
    const QStringList shopper = roles({"Shopper", "MeAdmin", "MeAddressAdmin", "MeXpAdmin"});
    addProfile(s.docs, DemoSeed::buyerShopperProfileId(), "Buyer Shopper", shopper);
    addProfile(s.docs, DemoSeed::impersonationProfileId(), "Impersonation Shopper", shopper);
}

void seedAdmins(Services &s, const QByteArray &hash)
{
    struct Admin
    {
        const char *id, *username, *first, *last;
        QString profile;
    };
    const Admin admins[] = {
        {"ADM-AGENT01", "agent01", "Alex", "Morgan", DemoSeed::agentProfileId()},
        {"ADM-AGENT02", "agent02", "Bea", "Nakamura", DemoSeed::agentProfileId()},
        {"ADM-AGENT03", "agent03", "Carlos", "Mendes", DemoSeed::agentProfileId()},
        {"ADM-SUPERVISOR01", "supervisor01", "Dana", "Okoye", DemoSeed::supervisorProfileId()},
        {"ADM-ADMIN01", "admin01", "Erik", "Lund", DemoSeed::adminProfileId()},
    };
    int i = 0;
    for (const Admin &a : admins) {
        const QString email =
            asciiFold(l1(a.first)) + QLatin1Char('.') + asciiFold(l1(a.last)) + QStringLiteral("@onbehalf.example");
        UserRecord r = makeUser(l1(a.id), l1(a.username), l1(a.first), l1(a.last), email, true, hash, createdAt(++i));
        r.isAdmin = true;
        r.user.Phone = QStringLiteral("+1 425-555-01%1").arg(10 + i);
        s.users.insert(r);
        assignProfile(s.db, a.profile, QString(), r.user.ID, QString());
    }
}

void seedBuyers(Services &s, const QByteArray &hash)
{
    Lcg rng(20261122);
    QSet<QString> usernames;
    int created = 0;
    int buyerIndex = 0;
    for (const DemoBuyer &b : demoBuyers()) {
        const QString buyerId = l1(b.id);
        wire::Buyer buyer;
        buyer.ID = buyerId;
        buyer.Name = l1(b.name);
        buyer.Active = true;
        buyer.DefaultCatalogID = buyerId; // the catalog of the same ID comes with seedDemoCatalog()
        // Customers since before their oldest user.
        buyer.DateCreated = seedEpoch().addDays(-740 - 45 * buyerIndex++);
        s.docs.insert(QStringLiteral("Buyer"), QString(), buyerId, nlohmann::json(buyer));
        assignProfile(s.db, DemoSeed::buyerShopperProfileId(), buyerId, QString(), QString());

        QStringList groupIds;
        for (const auto &[suffix, name] : b.groups) {
            wire::UserGroup g;
            g.ID = buyerId + QLatin1Char('-') + l1(suffix);
            g.Name = l1(name);
            g.Description = QStringLiteral("%1 at %2").arg(l1(name), l1(b.name));
            s.docs.insert(QStringLiteral("UserGroup"), buyerId, g.ID, nlohmann::json(g));
            groupIds << g.ID;
        }

        int n = 0;
        for (const DemoPerson &person : b.people) {
            ++n;
            const Name first = parseName(u8(person.first));
            const Name last = parseName(u8(person.last));
            // first.last, unique across the marketplace (admins and any users made before the seed).
            const QString base = first.ascii + QLatin1Char('.') + last.ascii;
            QString username = base;
            for (int suffix = 2; usernames.contains(username) || s.users.usernameTaken(username); ++suffix)
                username = base + QString::number(suffix);
            usernames.insert(username);
            const QString id = QStringLiteral("%1-%2").arg(l1(b.prefix)).arg(n, 4, 10, QLatin1Char('0'));
            UserRecord r =
                makeUser(id, username, first.display, last.display, username + QLatin1Char('@') + l1(b.domain),
                         demoUserActive(n), hash, createdAt(++created));
            r.buyerId = buyerId;
            r.user.Phone = demoPhone(b.areaCode, rng);
            r.user.xp = nlohmann::json{{"EmployeeNumber", QStringLiteral("E%1").arg(10000 + created).toStdString()}};
            // Every other person has a locale assigned, as real marketplaces do (an object, not a tag).
            if (n % 2 == 1)
                r.user.Locale =
                    wire::Locale{QStringLiteral("en-US"), std::nullopt, QStringLiteral("USD"), QStringLiteral("en-US")};
            s.users.insert(r);

            // Everyone is in one business unit; every fifth person in two.
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
    // The Impersonation* fields stay null: any admin with BuyerImpersonation qualifies.
    for (const QString &buyer : DemoSeed::impersonableBuyerIds()) {
        wire::ImpersonationConfig c;
        c.ID = QStringLiteral("imp-") + buyer.toLower();
        c.BuyerID = buyer;
        c.SecurityProfileID = DemoSeed::impersonationProfileId();
        c.ClientID = DemoSeed::serviceDeskClientId();
        s.docs.insert(QStringLiteral("ImpersonationConfig"), QString(), c.ID, nlohmann::json(c));
    }
}

struct DemoProduct
{
    const char *id, *name, *description;
    const char *price;    // decimal text, exact
    int minQuantity;      // 1 = no minimum
    int maxQuantity;      // 0 = no maximum
    const char *breaks;   // "10:4.50,50:3.99" — quantity:price
    const char *catalogs; // which buyers' catalogs hold it: N, C, F
};

// Forty-odd products a hospital group, a school district and a hotel chain would order.
const DemoProduct kProducts[] = {
    {"GLV-NIT-M", "Nitrile exam gloves, medium (box of 100)", "Powder-free, latex-free.", "12.90", 1, 200,
     "10:11.50,50:9.95", "NF"},
    {"GLV-NIT-L", "Nitrile exam gloves, large (box of 100)", "Powder-free, latex-free.", "12.90", 1, 200,
     "10:11.50,50:9.95", "NF"},
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
    const auto amount = [](const QString &text) { return *wire::Amount::parse(text); };
    const auto priceBreak = [](int quantity, const wire::Amount &price) {
        wire::PriceBreak b;
        b.Quantity = quantity;
        b.Price = price;
        return b;
    };
    out.push_back(priceBreak(1, amount(l1(base))));
    for (const QString &b : l1(breaks).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = b.split(QLatin1Char(':'));
        out.push_back(priceBreak(parts[0].toInt(), amount(parts[1])));
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
            wire::BuyerAddress a;
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

// ---------------------------------------------------------------------------------------------
// Synthetic users: about 200 first names × 200 last names from many cultures, so prefix
// searches over 100,000 users have a realistic selectivity.

struct Culture
{
    int weight;        // relative share of the synthetic users
    const char *first; // space-separated; "display=ascii" for scripts that cannot be folded
    const char *last;
};

const Culture kCultures[] = {
    {26,
     "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
     "Joseph Jessica Thomas Sarah Christopher Karen Daniel Emily Matthew Ashley Anthony Olivia Mark Emma "
     "Steven Grace Liam Chloe Ryan Megan",
     "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson "
     "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker "
     "Nelson Carter Mitchell Campbell Roberts Parker Evans Edwards"},
    {16,
     "José María Juan Carmen Luis Ana Carlos Lucía Javier Sofía Miguel Valentina Alejandro "
     "Camila Diego Isabel Andrés Gabriela Raúl Mateo",
     "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
     "Rivera Gómez Díaz Morales Ortiz Castillo Jiménez Álvarez Ruiz"},
    {5, "Lukas Anna Jonas Lena Felix Hannah Maximilian Sophie Jürgen Katrin Stefan Sabine Matthias Zoë",
     "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Krüger Schäfer "
     "Köhler Bauer"},
    {5, "Chloé Léa Camille Manon Théo Hugo Louis Amélie Mathéo Anaïs Céline Étienne François Inès",
     "Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefèvre Lefebvre Fournier Girard "
     "Mercier Faure"},
    {4, "Søren Ingrid Björn Astrid Henrik Freya Lars Sigrid Mikael Åsa Jukka Aino Magnus Ragnhild",
     "Andersson Johansson Nilsson Larsen Hansen Jensen Ødegaard Lindqvist Berg Virtanen Korhonen Sigurðsson "
     "Nyström Dahl"},
    {4, "Łukasz Agnieszka Piotr Katarzyna Tomasz Małgorzata Jakub Zofia Paweł Ewa Jiří Tereza",
     "Wójcik Kowalski Nowak Wiśniewski Kamińska Lewandowski Zieliński Szymańska Dvořák Novák Svoboda Černá"},
    {3, "Ayşe Mehmet Elif Mustafa Zeynep Emre Fatma Burak Merve Oğuz",
     "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan"},
    {7, "芳=fang 伟=wei Jing Hao Xiaoming Mei Yan Jun Lei Xin Ling Tao",
     "王=wang 李=li Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Lin"},
    {3, "Kenji Yuki Haruto Sakura Hiroshi Aiko Takumi Yui Ren Hana",
     "Tanaka Sato Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato"},
    {3, "서연=seoyeon 민준=minjun Jiwoo Seojun Hyun Jisoo Dohyun Yuna",
     "박=park 김=kim Kim Lee Park Choi Jung Kang Cho Yoon"},
    {8, "Priya Arjun Ananya Rahul Deepika Vikram Sunita Aditya Kavya Rohan Lakshmi Sanjay",
     "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Rao Desai Chatterjee"},
    {5, "Mohammed Fatima Ahmed Layla Omar Noor Yusuf Amira Khalid Leila",
     "Haddad Al-Sayed Khan Hussain Rahman Farouk Nasser Aziz Mansour Saleh"},
    {4, "Olusegun Ngozi Kwame Ama Chidi Adaeze Kofi Abena Emeka Folake",
     "Okafor Adeyemi Mensah Asante Okonkwo Boateng Eze Owusu Adebayo Nwosu"},
    {3, "Mai Linh Minh Anh Tuấn Hương Dũng Thảo Quang Hải", "Nguyễn Trần Lê Phạm Hoàng Võ Huỳnh Phan Vũ Đặng"},
    {4, "Giulia Marco Francesca Luca Chiara Matteo Alessandro Martina",
     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci"},
    {4, "João Beatriz Pedro Mariana Tiago Inês Gonçalo Rafaela",
     "Silva Santos Ferreira Pereira Costa Oliveira Carvalho Sousa"},
    {2, "Siobhán Aoife Niamh Seán Ciarán Orla Pádraig Caoimhe Eoin Róisín",
     "Byrne Murphy Kelly O'Sullivan Doyle McCarthy Gallagher Quinn Brennan Kavanagh"},
};

struct NamePool
{
    std::vector<std::vector<Name>> first, last; // per culture
    std::vector<int> cumulativeWeight;
    int totalWeight = 0;

    static const NamePool &instance()
    {
        static const NamePool pool = [] {
            NamePool p;
            const auto split = [](const char *list) {
                std::vector<Name> names;
                for (const QString &n : u8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    names.push_back(parseName(n));
                return names;
            };
            for (const Culture &c : kCultures) {
                p.first.push_back(split(c.first));
                p.last.push_back(split(c.last));
                p.totalWeight += c.weight;
                p.cumulativeWeight.push_back(p.totalWeight);
            }
            return p;
        }();
        return pool;
    }

    int culture(Lcg &rng) const
    {
        const int w = rng.below(totalWeight);
        int c = 0;
        while (cumulativeWeight[size_t(c)] <= w)
            ++c;
        return c;
    }

    // Earlier names in each list are a little more common, as real names are.
    static const Name &pick(const std::vector<Name> &names, Lcg &rng)
    {
        const int n = int(names.size());
        return names[size_t(std::min(rng.below(n), rng.below(n)))];
    }
};

struct SyntheticUser
{
    UserRecord record;
    QString groupId; // empty when the buyer has no groups
};

// Synthetic user n depends on n alone, so seeding 1,000 then 5,000 gives what 5,000 at once would.
SyntheticUser syntheticUser(int n, const QByteArray &hash, const std::vector<QStringList> &groupsByBuyer)
{
    const NamePool &pool = NamePool::instance();
    Lcg rng = lcgFor(quint64(n), 0x5EED0005E125ULL);
    const int culture = pool.culture(rng);
    const Name &first = NamePool::pick(pool.first[size_t(culture)], rng);
    // Most people carry a family name of the same culture; some do not.
    const int lastCulture = rng.below(100) < 85 ? culture : pool.culture(rng);
    const Name &last = NamePool::pick(pool.last[size_t(lastCulture)], rng);

    const size_t b = size_t((n - 1) % int(demoBuyers().size()));
    const DemoBuyer &buyer = demoBuyers()[b];
    // The number keeps usernames unique; it never clashes with the demo's "first.last[2]".
    const QString username = first.ascii + QLatin1Char('.') + last.ascii + QLatin1Char('.') + QString::number(n);
    const QDateTime created = seedEpoch().addSecs(-qint64(rng.next() % quint32(730 * 24 * 3600)));
    SyntheticUser u;
    u.record = makeUser(DemoSeed::syntheticUserId(n), username, first.display, last.display,
                        username + QLatin1Char('@') + l1(buyer.domain), rng.below(100) >= 6, hash, created);
    u.record.buyerId = l1(buyer.id);
    if (rng.below(100) < 80)
        u.record.user.Phone = demoPhone(buyer.areaCode, rng);
    const QStringList &groups = groupsByBuyer[b];
    if (!groups.isEmpty())
        u.groupId = groups[rng.below(int(groups.size()))];
    return u;
}

// The bind values of one users row, exactly as UserStore::insert writes them.
void appendUserRow(QVariantList &binds, const UserRecord &r)
{
    const wire::User &u = r.user;
    const QVariant nullText(QMetaType::fromType<QString>());
    const auto time = [&nullText](const std::optional<QDateTime> &t) {
        return t ? QVariant(SqlValues::formatTime(*t)) : nullText;
    };
    binds << u.ID << u.ID.toLower() << (r.isAdmin ? QStringLiteral("admin") : QStringLiteral("buyer")) << r.buyerId
          << u.Username << u.Username.toLower()
          << (r.passwordHash.isEmpty() ? nullText : QVariant(QString::fromUtf8(r.passwordHash))) << u.FirstName
          << u.FirstName.toLower() << u.LastName << u.LastName.toLower() << u.Email << u.Email.toLower()
          << SqlValues::nullable(u.Phone) << (u.Active ? 1 : 0) << time(u.TermsAccepted)
          << UserStore::localeText(u.Locale) << (u.xp.is_null() ? QString() : QString::fromStdString(u.xp.dump()))
          << (u.DateCreated ? SqlValues::formatTime(*u.DateCreated) : SqlValues::now()) << time(u.LastActive)
          << time(u.PasswordLastSetDate) << r.failedLogins << time(r.lockedUntil)
          << UserStore::phoneReversedDigits(u.Phone);
}

constexpr int kUserColumns = 24;
// Rows per INSERT: 40 × 24 = 960 bind values, under SQLite's historical limit of 999.
constexpr int kUserRowsPerInsert = 40;
constexpr int kMemberRowsPerInsert = 300;

QString multiRowInsert(const QString &head, int columns, int rows)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = head + QStringLiteral(" VALUES ") + row;
    for (int r = 1; r < rows; ++r)
        sql += QStringLiteral(", ") + row;
    return sql;
}

// Database prepares every statement it runs; bulk seeding wants one statement prepared once
// and executed many times, on the same connection (and so in the same transaction).
QSqlDatabase connectionOf(Database &db)
{
    const QSqlDriver *driver = db.exec(QStringLiteral("SELECT 1")).driver();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase c = QSqlDatabase::database(name, false);
        if (c.driver() == driver)
            return c;
    }
    throw DatabaseError("seeding: the database connection was not found");
}

// Writes rows many at a time through statements prepared once: a statement per row costs a
// parse each with SQLite and a round trip each with PostgreSQL, which dominates 100,000 users.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &connection, QString head, int columns, int rowsPerInsert)
        : m_connection(connection), m_head(std::move(head)), m_columns(columns), m_rowsPerInsert(rowsPerInsert),
          m_full(prepare(rowsPerInsert))
    {}

    QVariantList &binds() { return m_binds; }

    // After appending one row's values.
    void rowAdded()
    {
        if (++m_rows == m_rowsPerInsert)
            flush();
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        Q_ASSERT(m_binds.size() == qsizetype(m_rows) * m_columns);
        if (m_rows == m_rowsPerInsert) {
            run(m_full);
        } else {
            QSqlQuery tail = prepare(m_rows); // once per seeding: the last, partial batch
            run(tail);
        }
        m_binds.clear();
        m_rows = 0;
    }

private:
    QSqlQuery prepare(int rows) const
    {
        QSqlQuery q(m_connection);
        const QString sql = multiRowInsert(m_head, m_columns, rows);
        if (!q.prepare(sql))
            throw DatabaseError(
                QString(QStringLiteral("prepare failed: ") + q.lastError().text() + QStringLiteral(" in: ") + m_head)
                    .toStdString());
        return q;
    }

    void run(QSqlQuery &q)
    {
        for (qsizetype i = 0; i < m_binds.size(); ++i) {
            const QVariant &v = m_binds.at(i);
            // As Database::exec: a null QString means "empty"; SQL NULL is a null QVariant.
            if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
                q.bindValue(int(i), QStringLiteral(""));
            else
                q.bindValue(int(i), v);
        }
        if (!q.exec())
            throw DatabaseError(
                QString(QStringLiteral("query failed: ") + q.lastError().text() + QStringLiteral(" in: ") + m_head)
                    .toStdString());
    }

    QSqlDatabase m_connection;
    QString m_head;
    int m_columns;
    int m_rowsPerInsert;
    QSqlQuery m_full;
    QVariantList m_binds;
    int m_rows = 0;
};

} // namespace

void DemoSeed::seedDemo(Services &s)
{
    if (s.db.setting(QStringLiteral("seed.demo")) == QLatin1String("1")) {
        seedDemoCatalog(s); // a marketplace seeded by an older version gains its catalog
        return;
    }
    const QByteArray &hash = demoPasswordHash();
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
    if (s.db.setting(QStringLiteral("seed.demo")) != QLatin1String("1"))
        return;
    if (s.db.setting(QStringLiteral("seed.demo_catalog")) != QLatin1String("1")) {
        Database::Transaction tx(s.db);
        seedCatalog(s);
        seedAddresses(s);
        s.db.setSetting(QStringLiteral("seed.demo_catalog"), QStringLiteral("1"));
        tx.commit();
    }
    B2bSeed::seed(s); // issue 16: approvals, checkout, a storefront cart, order numbers
}

void DemoSeed::seedSyntheticUsers(Services &s, int count)
{
    const int existing = s.db.setting(QStringLiteral("seed.synthetic_users")).toInt();
    if (count <= existing)
        return;
    seedDemo(s); // the users belong to the demo buyers
    const QByteArray &hash = demoPasswordHash();

    // Business units that still exist (an administrator may have removed some).
    std::vector<QStringList> groupsByBuyer;
    for (const DemoBuyer &b : demoBuyers()) {
        QStringList groups;
        for (const auto &[suffix, name] : b.groups) {
            const QString id = l1(b.id) + QLatin1Char('-') + l1(suffix);
            if (s.docs.exists(QStringLiteral("UserGroup"), l1(b.id), id))
                groups << id;
        }
        groupsByBuyer.push_back(groups);
    }

    // SQLite's default page cache (2 MB) spills the growing table and its six indexes to the WAL
    // again and again in one large transaction; a larger one for the seeding saves a third.
    QString cacheSize;
    if (s.db.dialect() == Database::Dialect::Sqlite) {
        cacheSize = s.db.scalar(QStringLiteral("PRAGMA cache_size")).toString();
        s.db.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    }
    const auto restoreCacheSize = qScopeGuard([&s, &cacheSize] {
        try {
            if (!cacheSize.isEmpty())
                s.db.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(cacheSize.toInt()));
        } catch (const DatabaseError &) {
            // Only a performance setting of this connection; never worth failing for.
        }
    });

    Database::Transaction tx(s.db);
    s.users.beginBulkLoad();
    const QSqlDatabase connection = connectionOf(s.db);
    BatchInsert users(connection,
                      QStringLiteral("INSERT INTO users (id, id_l, kind, buyer_id, username, username_l, "
                                     "password_hash, first_name, first_l, last_name, last_l, email, email_l, phone, "
                                     "active, terms_accepted, locale, xp, date_created, last_active, "
                                     "password_last_set, failed_logins, locked_until, phone_rdigits)"),
                      kUserColumns, kUserRowsPerInsert);
    BatchInsert members(connection, QStringLiteral("INSERT INTO group_members (buyer_id, group_id, user_id)"), 3,
                        kMemberRowsPerInsert);
    for (int n = existing + 1; n <= count; ++n) {
        const SyntheticUser u = syntheticUser(n, hash, groupsByBuyer);
        appendUserRow(users.binds(), u.record);
        users.rowAdded();
        if (!u.groupId.isEmpty()) {
            members.binds() << u.record.buyerId << u.groupId << u.record.user.ID;
            members.rowAdded();
        }
    }
    users.flush();
    members.flush();
    s.users.optimizeSearchIndex();
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
    const char *reasons[] = {
        "Caller could not find the reorder button", "Placing a phone order for ward supplies",
        "Buyer locked out before month-end order",  "Correcting the shipping address on a new order",
        "Caller asked for help with price breaks",  "Urgent replacement order after delivery damage"};
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
    // A transaction per batch: SQLite's log is checkpointed between them instead of growing to
    // the size of the whole history, and an interrupted seed resumes after its last batch.
    std::vector<SessionRecord> batch;
    constexpr size_t kBatch = 10000;
    for (int i = existing + 1; i <= count; ++i) {
        Lcg rng(quint64(i) * 40503ULL + 17);
        const Agent &agent = agents[rng.below(3)];
        const auto &user = users[size_t(rng.below(int(users.size())))];
        SessionRecord r;
        r.ID = QStringLiteral("HIST-%1").arg(i, 7, 10, QLatin1Char('0'));
        r.AgentUserID = l1(agent.id);
        r.AgentUsername = l1(agent.username);
        r.BuyerID = user[1];
        r.BuyerName = user[1] == QLatin1String("NORTHWIND") ? QStringLiteral("Northwind Health")
                                                            : QStringLiteral("Contoso Schools");
        r.UserID = user[0];
        r.Username = user[2];
        r.UserFullName = user[3];
        r.ClientID = serviceDeskClientId();
        r.Roles = roles({"Shopper", "MeAdmin", "MeAddressAdmin", "MeXpAdmin"});
        r.note.Reason = l1(reasons[rng.below(6)]);
        r.note.CaseNumber = QStringLiteral("CASE-%1").arg(100000 + i);
        r.DateStarted = now.addSecs(-qint64(rng.below(90 * 24 * 3600)) - 3600);
        r.TokenExpires = r.DateStarted.addSecs(36000);
        r.EndCause = wire::parseEndCause(l1(causes[rng.below(6)]));
        r.DateEnded =
            r.EndCause == wire::EndCause::Expired ? r.TokenExpires : r.DateStarted.addSecs(60 + rng.below(1800));
        batch.push_back(std::move(r));
        if (batch.size() == kBatch || i == count) {
            Database::Transaction tx(s.db);
            s.sessions.insertPast(batch);
            s.db.setSetting(QStringLiteral("seed.synthetic_sessions"), QString::number(i));
            tx.commit();
            batch.clear();
        }
    }
    s.sessions.optimizeSearchIndex();
}

} // namespace onbehalf::server
