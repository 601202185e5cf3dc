#include "storage/UserStore.h"

#include "auth/RoleResolver.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/UserSearchPostgres.h"
#include "wire/Json.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <algorithm>
#include <map>
#include <mutex>
#include <numeric>

namespace onbehalf::server {

namespace {
QString xpText(const nlohmann::json &xp)
{
    return xp.is_null() ? QString() : QString::fromStdString(xp.dump());
}

// The ASCII digits of a text, last first.
QString reversedDigits(const QString &text)
{
    QString out;
    for (auto it = text.crbegin(); it != text.crend(); ++it) {
        if (*it >= QLatin1Char('0') && *it <= QLatin1Char('9'))
            out += *it;
    }
    return out;
}
} // namespace

UserStore::UserStore(Database &db, const RoleResolver &roles) : m_db(db), m_roles(roles), m_search(db)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        m_trigramIndex = true;
        m_search.settle(); // owners an earlier run's writes left to renumber
        return;
    }
    m_trigramIndex =
        db.scalar(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'users_search_trgm'")).isValid();
    if (!m_trigramIndex &&
        db.scalar(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).isValid()) {
        // The extension arrived after the migration that wanted it (an administrator created it).
        db.exec(UserSearchPostgres::trigramIndex());
        m_trigramIndex = true;
    }
    if (!m_trigramIndex)
        qWarning("onbehalf-server: the PostgreSQL extension pg_trgm is not installed in this database, so "
                 "buyer-user search finds longer words through pairs of letters only (slower). Run CREATE EXTENSION "
                 "pg_trgm in it (as its owner "
                 "or a superuser) and restart the server: the index is then built on start.");
}

QVariant UserStore::localeText(const std::optional<wire::Locale> &locale)
{
    if (!locale)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromStdString(nlohmann::json(*locale).dump());
}

std::optional<wire::Locale> UserStore::parseLocale(const QVariant &column)
{
    const QString text = column.toString();
    if (text.isEmpty())
        return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (j.is_object()) {
        try {
            return j.get<wire::Locale>();
        } catch (const wire::DecodeError &) {
            return std::nullopt;
        }
    }
    // Before locales were objects the column held a bare ID; its currency is unknown, so say USD.
    return wire::Locale{text, std::nullopt, QStringLiteral("USD"), text};
}

QString UserStore::columns()
{
    return QStringLiteral("id, kind, buyer_id, username, password_hash, first_name, last_name, email, phone, active, "
                          "terms_accepted, locale, xp, date_created, last_active, password_last_set, failed_logins, "
                          "locked_until");
}

UserRecord UserStore::fromRow(const QSqlQuery &q)
{
    UserRecord r;
    r.user.ID = q.value(0).toString();
    r.isAdmin = q.value(1).toString() == QLatin1String("admin");
    r.buyerId = q.value(2).toString();
    r.user.Username = q.value(3).toString();
    r.passwordHash = q.value(4).toString().toUtf8();
    r.user.FirstName = q.value(5).toString();
    r.user.LastName = q.value(6).toString();
    r.user.Email = q.value(7).toString();
    r.user.Phone = SqlValues::optionalText(q.value(8));
    r.user.Active = q.value(9).toInt() != 0;
    r.user.TermsAccepted = SqlValues::optionalTime(q.value(10));
    r.user.Locale = parseLocale(q.value(11));
    const QString xp = q.value(12).toString();
    r.user.xp = xp.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json::parse(xp.toStdString(), nullptr, false);
    r.user.DateCreated = SqlValues::optionalTime(q.value(13));
    r.user.LastActive = SqlValues::optionalTime(q.value(14));
    r.user.PasswordLastSetDate = SqlValues::optionalTime(q.value(15));
    r.failedLogins = q.value(16).toInt();
    r.lockedUntil = SqlValues::optionalTime(q.value(17));
    return r;
}

QVariant UserStore::phoneReversedDigits(const std::optional<QString> &phone)
{
    const QString digits = phone ? reversedDigits(*phone) : QString();
    return digits.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(digits);
}

QString UserStore::phoneMatch(const QString &text, QVariantList &binds)
{
    const QString searched = reversedDigits(text);
    if (searched.size() < kMinPhoneDigits)
        return {};
    // Ends with the searched digits: the reversed number starts with them (':' follows '9').
    QString clause = QStringLiteral("(phone_rdigits >= ? AND phone_rdigits < ?)");
    binds << searched << QString(searched + QLatin1Char(':'));
    // Is a suffix of them (at least kMinPhoneDigits long): the reversed number is one of their prefixes.
    QStringList shorter;
    for (qsizetype n = kMinPhoneDigits; n < searched.size(); ++n) {
        shorter << QStringLiteral("?");
        binds << searched.left(n);
    }
    if (!shorter.isEmpty())
        clause += QStringLiteral(" OR phone_rdigits IN (") + shorter.join(QLatin1Char(',')) + QLatin1Char(')');
    return clause;
}

std::optional<UserRecord> UserStore::findById(const QString &id) const
{
    Database::Prepared q(m_db, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE id = ?"),
                         {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q.query());
}

std::optional<UserRecord> UserStore::findByUsername(const QString &username) const
{
    Database::Prepared q(m_db,
                         QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE username_l = ?"),
                         {username.toLower()});
    if (!q.next())
        return std::nullopt;
    return fromRow(q.query());
}

std::optional<UserRecord> UserStore::find(bool isAdmin, const QString &buyerId, const QString &id) const
{
    auto r = findById(id);
    if (!r || r->isAdmin != isAdmin || r->buyerId != buyerId)
        return std::nullopt;
    return r;
}

bool UserStore::usernameTaken(const QString &username, const QString &exceptId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM users WHERE username_l = ? AND id <> ?"), {username.toLower(), exceptId})
        .isValid();
}

void UserStore::insert(const UserRecord &r)
{
    const wire::User &u = r.user;
    m_db.exec(
        QStringLiteral(
            "INSERT INTO users (id, id_l, kind, buyer_id, username, username_l, password_hash, "
            "first_name, first_l, last_name, last_l, email, email_l, phone, active, terms_accepted, "
            "locale, xp, date_created, last_active, password_last_set, failed_logins, locked_until, "
            "phone_rdigits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.ID,
         u.ID.toLower(),
         r.isAdmin ? QStringLiteral("admin") : QStringLiteral("buyer"),
         r.buyerId,
         u.Username,
         u.Username.toLower(),
         r.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(QString::fromUtf8(r.passwordHash)),
         u.FirstName,
         u.FirstName.toLower(),
         u.LastName,
         u.LastName.toLower(),
         u.Email,
         u.Email.toLower(),
         SqlValues::nullable(u.Phone),
         u.Active ? 1 : 0,
         u.TermsAccepted ? QVariant(SqlValues::formatTime(*u.TermsAccepted)) : QVariant(QMetaType::fromType<QString>()),
         localeText(u.Locale),
         xpText(u.xp),
         u.DateCreated ? SqlValues::formatTime(*u.DateCreated) : SqlValues::now(),
         u.LastActive ? QVariant(SqlValues::formatTime(*u.LastActive)) : QVariant(QMetaType::fromType<QString>()),
         u.PasswordLastSetDate ? QVariant(SqlValues::formatTime(*u.PasswordLastSetDate))
                               : QVariant(QMetaType::fromType<QString>()),
         r.failedLogins,
         r.lockedUntil ? QVariant(SqlValues::formatTime(*r.lockedUntil)) : QVariant(QMetaType::fromType<QString>()),
         phoneReversedDigits(u.Phone)});
    if (m_db.dialect() == Database::Dialect::Sqlite)
        m_search.settle(); // the insert found no free key between its neighbours: renumber now
}

void UserStore::beginBulkLoad()
{
    if (m_db.dialect() == Database::Dialect::Postgres) {
        for (const QString &statement : UserSearchPostgres::dropIndexes())
            m_db.exec(statement);
    }
}

void UserStore::optimizeSearchIndex()
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        m_search.settle();
        m_search.optimize();
        return;
    }
    m_db.exec(UserSearchPostgres::pairsIndex()); // dropped by beginBulkLoad
    if (m_trigramIndex)
        m_db.exec(UserSearchPostgres::trigramIndex());
}

void UserStore::update(const UserRecord &r)
{
    const wire::User &u = r.user;
    m_db.exec(
        QStringLiteral("UPDATE users SET username = ?, username_l = ?, password_hash = ?, first_name = ?, "
                       "first_l = ?, last_name = ?, last_l = ?, email = ?, email_l = ?, phone = ?, active = ?, "
                       "terms_accepted = ?, locale = ?, xp = ?, password_last_set = ?, phone_rdigits = ? WHERE id = ?"),
        {u.Username, u.Username.toLower(),
         r.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(QString::fromUtf8(r.passwordHash)),
         u.FirstName, u.FirstName.toLower(), u.LastName, u.LastName.toLower(), u.Email, u.Email.toLower(),
         SqlValues::nullable(u.Phone), u.Active ? 1 : 0,
         u.TermsAccepted ? QVariant(SqlValues::formatTime(*u.TermsAccepted)) : QVariant(QMetaType::fromType<QString>()),
         localeText(u.Locale), xpText(u.xp),
         u.PasswordLastSetDate ? QVariant(SqlValues::formatTime(*u.PasswordLastSetDate))
                               : QVariant(QMetaType::fromType<QString>()),
         phoneReversedDigits(u.Phone), u.ID});
}

bool UserStore::remove(const QString &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {id}).numRowsAffected() > 0;
}

void UserStore::recordLoginFailure(const QString &id, int failedLogins, const std::optional<QDateTime> &lockedUntil)
{
    m_db.exec(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
              {failedLogins,
               lockedUntil ? QVariant(SqlValues::formatTime(*lockedUntil)) : QVariant(QMetaType::fromType<QString>()),
               id});
}

void UserStore::recordLoginSuccess(const QString &id)
{
    m_db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_active = ? WHERE id = ?"),
              {SqlValues::now(), id});
}

QString UserStore::marketplaceId() const
{
    // Written once when the database is created and never changed: read it once.
    std::lock_guard lock(m_marketplaceLock);
    if (m_marketplaceId.isEmpty())
        m_marketplaceId = m_db.setting(QStringLiteral("marketplace_id"));
    return m_marketplaceId;
}

wire::User UserStore::toWire(const UserRecord &r) const
{
    wire::User u = r.user;
    u.Password.reset();
    u.CompanyID = r.isAdmin ? marketplaceId() : r.buyerId;
    u.AvailableRoles = m_roles.availableRoles(u.ID, r.isAdmin, r.buyerId);
    return u;
}

nlohmann::json UserStore::toJson(const UserRecord &r) const
{
    return nlohmann::json(toWire(r));
}

nlohmann::json UserStore::toJson(const std::vector<UserRecord> &page) const
{
    nlohmann::json items = nlohmann::json::array();
    if (page.empty())
        return items;
    const bool isAdmin = page.front().isAdmin;
    // Roles depend on the buyer's assignments: one look-up per buyer on the page.
    std::map<QString, QStringList> idsByBuyer;
    for (const UserRecord &r : page) {
        if (r.isAdmin != isAdmin)
            throw std::logic_error("UserStore::toJson: a page mixes admin and buyer users");
        idsByBuyer[r.buyerId] << r.user.ID;
    }
    std::map<QString, std::map<QString, QStringList>> roles;
    for (const auto &[buyerId, ids] : idsByBuyer)
        roles[buyerId] = m_roles.availableRoles(ids, isAdmin, buyerId);
    const QString marketplace = isAdmin ? marketplaceId() : QString();
    for (const UserRecord &r : page) {
        wire::User u = r.user;
        u.Password.reset();
        u.CompanyID = isAdmin ? marketplace : r.buyerId;
        u.AvailableRoles = std::move(roles[r.buyerId][u.ID]);
        items.push_back(nlohmann::json(u));
    }
    return items;
}

// A clause that keeps the users whose search text has the words, through the trigram index; empty
// when the index would not help: a word too short for a trigram, or (SQLite) words so common that
// looking up their users costs more than testing every row.
QString UserStore::narrowSearch(const QStringList &terms, bool all, QVariantList &binds) const
{
    const Database::Dialect dialect = m_db.dialect();
    if (dialect == Database::Dialect::Postgres) // every word has an index there
        return UserSearchPostgres::narrow(terms, all, m_trigramIndex, binds);
    QStringList usable;
    for (const QString &t : terms) {
        if (!UserSearchIndex::match({t.toLower()}, true).isEmpty()) // a word of any length
            usable << t.toLower();
        else if (!all)
            return {}; // "any of the words" needs every word looked up
    }
    if (usable.isEmpty())
        return {};
    // Users with a word, counted in the index (UserSearchIndex). PostgreSQL's planner makes this
    // choice itself from pg_trgm's statistics; SQLite's cannot.
    const QString query = UserSearchIndex::match(usable, all);
    if (query.isEmpty())
        return {};
    // Counting a word's users stops where the look-up stops paying: an index hit costs about ten
    // row tests, so beyond a tenth of the users testing rows is cheaper.
    const double users = m_search.userCount();
    const qint64 cap = qint64(users / 10.0) + 1;
    std::vector<double> counts;
    for (const QString &t : std::as_const(usable))
        counts.push_back(double(m_search.count(t, cap)));
    const double matches =
        all ? *std::min_element(counts.begin(), counts.end()) : std::accumulate(counts.begin(), counts.end(), 0.0);
    if (matches >= double(cap))
        return {};
    binds << query;
    return QStringLiteral("users.id IN (SELECT k.user_id FROM users_search s JOIN users_search_keys k "
                          "ON k.rid = s.rowid WHERE users_search MATCH ?)");
}

ListSpec UserStore::listSpec(bool acrossBuyers) const
{
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id"), FieldType::Text, true, QStringLiteral("id_l")},
        {QStringLiteral("Username"), QStringLiteral("username"), FieldType::Text, true, QStringLiteral("username_l")},
        {QStringLiteral("FirstName"), QStringLiteral("first_name"), FieldType::Text, true, QStringLiteral("first_l")},
        {QStringLiteral("LastName"), QStringLiteral("last_name"), FieldType::Text, true, QStringLiteral("last_l")},
        {QStringLiteral("Email"), QStringLiteral("email"), FieldType::Text, true, QStringLiteral("email_l")},
        {QStringLiteral("Phone"), QStringLiteral("phone"), FieldType::Text, true, {}},
        {QStringLiteral("Active"), QStringLiteral("active"), FieldType::Bool, false, {}},
        {QStringLiteral("DateCreated"), QStringLiteral("date_created"), FieldType::Date, false, {}},
        {QStringLiteral("LastActive"), QStringLiteral("last_active"), FieldType::Date, false, {}},
        {QStringLiteral("PasswordLastSetDate"), QStringLiteral("password_last_set"), FieldType::Date, false, {}},
        {QStringLiteral("CompanyID"), QStringLiteral("buyer_id"), FieldType::Text, false, {}},
    };
    // searchOn=Phone: a number in any formatting, looked up by its digits (docs/search.md).
    for (ListField &f : spec.fields) {
        if (f.name == QLatin1String("Phone")) {
            f.searchOnOnly = true;
            f.searchMatch = &UserStore::phoneMatch;
        }
    }
    const QString name = acrossBuyers ? QStringLiteral("users_k_name") : QStringLiteral("users_b_name");
    const QString byId = acrossBuyers ? QStringLiteral("users_k_id") : QStringLiteral("users_b_id_order");
    spec.orderedIndexes = {{name, {QStringLiteral("LastName"), QStringLiteral("FirstName")}},
                           {byId, {}},
                           {byId, {QStringLiteral("!ID")}}}; // walked backwards
    spec.xpColumn = QStringLiteral("xp");

    SearchIndex &index = spec.combinedSearch;
    index.fields = {QStringLiteral("ID"), QStringLiteral("Username"), QStringLiteral("FirstName"),
                    QStringLiteral("LastName"), QStringLiteral("Email")};
    index.combinedExpr = QStringLiteral("search_l");
    if (m_db.dialect() == Database::Dialect::Sqlite)
        index.scanIndex = QStringLiteral("users_search_scan");
    if (m_trigramIndex || m_db.dialect() == Database::Dialect::Postgres)
        index.narrow = [this](const QStringList &terms, bool all, QVariantList &binds) {
            return narrowSearch(terms, all, binds);
        };
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // The index holds exactly the folded text: a word it can look up is found exactly.
        index.exact = [](const QStringList &terms) {
            QStringList folded;
            for (const QString &t : terms)
                folded << t.toLower();
            return !UserSearchIndex::match(folded, true).isEmpty();
        };
    }
    return spec;
}

ListSpec UserStore::listSpec(bool isAdmin, const QString &buyerId) const
{
    ListSpec spec = listSpec(false);
    if (m_db.dialect() != Database::Dialect::Sqlite)
        return spec;
    OrderedSearchIndex &ordered = spec.combinedSearch.ordered;
    ordered.table = QStringLiteral("users_search");
    ordered.rowsOfKeys = QStringLiteral("id IN (SELECT user_id FROM users_search_keys WHERE rid IN (%1))");
    ordered.match = &UserSearchIndex::match;
    const QString kind = isAdmin ? QStringLiteral("admin") : QStringLiteral("buyer");
    ordered.keyRange = [this, kind, buyerId] { return m_search.keyRange(kind, buyerId); };
    return spec;
}

} // namespace onbehalf::server
