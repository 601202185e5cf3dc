#include "DemoSeed.h"

#include "Database.h"
#include "DocumentStore.h"
#include "PasswordHasher.h"
#include "Services.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "wire/ApiClient.h"
#include "wire/Buyer.h"
#include "wire/ImpersonationConfig.h"
#include "wire/SecurityProfile.h"
#include "wire/UserGroup.h"

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

} // namespace

void DemoSeed::seedDemo(Services &s)
{
    if (s.db.setting(QStringLiteral("seed.demo")) == QLatin1String("1"))
        return;
    // One hash for every demo user: argon2id is slow on purpose, and they share the password.
    const QByteArray hash = PasswordHasher::hash(demoPassword());
    Database::Transaction tx(s.db);
    seedSecurity(s);
    seedAdmins(s, hash);
    seedBuyers(s, hash);
    seedImpersonationConfigs(s);
    s.db.setSetting(QStringLiteral("seed.demo"), QStringLiteral("1"));
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

} // namespace onbehalf::server
