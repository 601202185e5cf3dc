#include "storage/UserStore.h"

#include "auth/RoleResolver.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "wire/Json.h"

#include <QSqlQuery>

namespace onbehalf::server {

namespace {
QString xpText(const nlohmann::json &xp)
{
    return xp.is_null() ? QString() : QString::fromStdString(xp.dump());
}
} // namespace

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
    r.user.Locale = SqlValues::optionalText(q.value(11));
    const QString xp = q.value(12).toString();
    r.user.xp = xp.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json::parse(xp.toStdString(), nullptr, false);
    r.user.DateCreated = SqlValues::optionalTime(q.value(13));
    r.user.LastActive = SqlValues::optionalTime(q.value(14));
    r.user.PasswordLastSetDate = SqlValues::optionalTime(q.value(15));
    r.failedLogins = q.value(16).toInt();
    r.lockedUntil = SqlValues::optionalTime(q.value(17));
    return r;
}

std::optional<UserRecord> UserStore::findById(const QString &id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<UserRecord> UserStore::findByUsername(const QString &username) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE username_l = ?"),
                            {username.toLower()});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
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
        QStringLiteral("INSERT INTO users (id, id_l, kind, buyer_id, username, username_l, password_hash, "
                       "first_name, first_l, last_name, last_l, email, email_l, phone, active, terms_accepted, "
                       "locale, xp, date_created, last_active, password_last_set, failed_logins, locked_until) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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
         SqlValues::nullable(u.Locale),
         xpText(u.xp),
         u.DateCreated ? SqlValues::formatTime(*u.DateCreated) : SqlValues::now(),
         u.LastActive ? QVariant(SqlValues::formatTime(*u.LastActive)) : QVariant(QMetaType::fromType<QString>()),
         u.PasswordLastSetDate ? QVariant(SqlValues::formatTime(*u.PasswordLastSetDate))
                               : QVariant(QMetaType::fromType<QString>()),
         r.failedLogins,
         r.lockedUntil ? QVariant(SqlValues::formatTime(*r.lockedUntil)) : QVariant(QMetaType::fromType<QString>())});
}

void UserStore::update(const UserRecord &r)
{
    const wire::User &u = r.user;
    m_db.exec(
        QStringLiteral("UPDATE users SET username = ?, username_l = ?, password_hash = ?, first_name = ?, "
                       "first_l = ?, last_name = ?, last_l = ?, email = ?, email_l = ?, phone = ?, active = ?, "
                       "terms_accepted = ?, locale = ?, xp = ?, password_last_set = ? WHERE id = ?"),
        {u.Username, u.Username.toLower(),
         r.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(QString::fromUtf8(r.passwordHash)),
         u.FirstName, u.FirstName.toLower(), u.LastName, u.LastName.toLower(), u.Email, u.Email.toLower(),
         SqlValues::nullable(u.Phone), u.Active ? 1 : 0,
         u.TermsAccepted ? QVariant(SqlValues::formatTime(*u.TermsAccepted)) : QVariant(QMetaType::fromType<QString>()),
         SqlValues::nullable(u.Locale), xpText(u.xp),
         u.PasswordLastSetDate ? QVariant(SqlValues::formatTime(*u.PasswordLastSetDate))
                               : QVariant(QMetaType::fromType<QString>()),
         u.ID});
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

wire::User UserStore::toWire(const UserRecord &r) const
{
    wire::User u = r.user;
    u.Password.reset();
    u.CompanyID = r.isAdmin ? m_db.setting(QStringLiteral("marketplace_id")) : r.buyerId;
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
    const QString buyerId = page.front().buyerId;
    QStringList ids;
    for (const UserRecord &r : page) {
        if (r.isAdmin != isAdmin || r.buyerId != buyerId)
            throw std::logic_error("UserStore::toJson: a page mixes buyers");
        ids << r.user.ID;
    }
    std::map<QString, QStringList> roles = m_roles.availableRoles(ids, isAdmin, buyerId);
    const QString company = isAdmin ? m_db.setting(QStringLiteral("marketplace_id")) : buyerId;
    for (const UserRecord &r : page) {
        wire::User u = r.user;
        u.Password.reset();
        u.CompanyID = company;
        u.AvailableRoles = std::move(roles[u.ID]);
        items.push_back(nlohmann::json(u));
    }
    return items;
}

ListSpec UserStore::listSpec() const
{
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id"), FieldType::Text, true, QStringLiteral("id_l")},
        {QStringLiteral("Username"), QStringLiteral("username"), FieldType::Text, true, QStringLiteral("username_l")},
        {QStringLiteral("FirstName"), QStringLiteral("first_name"), FieldType::Text, true, QStringLiteral("first_l")},
        {QStringLiteral("LastName"), QStringLiteral("last_name"), FieldType::Text, true, QStringLiteral("last_l")},
        {QStringLiteral("Email"), QStringLiteral("email"), FieldType::Text, true, QStringLiteral("email_l")},
        {QStringLiteral("Phone"), QStringLiteral("phone"), FieldType::Text, false, {}},
        {QStringLiteral("Active"), QStringLiteral("active"), FieldType::Bool, false, {}},
        {QStringLiteral("DateCreated"), QStringLiteral("date_created"), FieldType::Date, false, {}},
        {QStringLiteral("LastActive"), QStringLiteral("last_active"), FieldType::Date, false, {}},
        {QStringLiteral("PasswordLastSetDate"), QStringLiteral("password_last_set"), FieldType::Date, false, {}},
    };
    spec.orderedIndexes = {{QStringLiteral("users_b_name"), {QStringLiteral("LastName"), QStringLiteral("FirstName")}},
                           {QStringLiteral("users_b_id_order"), {}},
                           {QStringLiteral("users_b_id_order"), {QStringLiteral("!ID")}}}; // walked backwards
    spec.xpColumn = QStringLiteral("xp");
    return spec;
}

} // namespace onbehalf::server
