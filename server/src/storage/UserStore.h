#pragma once

#include "storage/ListQuery.h"
#include "storage/UserSearchIndex.h"
#include "wire/User.h"

#include <QDateTime>
#include <QString>
#include <mutex>
#include <optional>

namespace onbehalf::server {

class Database;
class RoleResolver;

// A row of the users table: the wire User plus what only the server knows.
struct UserRecord
{
    wire::User user;
    bool isAdmin = false;
    QString buyerId; // empty for admin users
    QByteArray passwordHash;
    int failedLogins = 0;
    std::optional<QDateTime> lockedUntil;
};

// Admin users and buyer users share one table (usernames are unique across the marketplace).
class UserStore
{
public:
    UserStore(Database &db, const RoleResolver &roles);

    std::optional<UserRecord> findById(const QString &id) const;
    std::optional<UserRecord> findByUsername(const QString &username) const;
    // The buyer user `id` of buyer `buyerId` (or the admin user when buyerId is empty).
    std::optional<UserRecord> find(bool isAdmin, const QString &buyerId, const QString &id) const;
    bool usernameTaken(const QString &username, const QString &exceptId = {}) const;

    void insert(const UserRecord &r);
    void update(const UserRecord &r);
    bool remove(const QString &id);

    void recordLoginFailure(const QString &id, int failedLogins, const std::optional<QDateTime> &lockedUntil);
    void recordLoginSuccess(const QString &id);

    // The wire form a client sees: no password, AvailableRoles filled in, CompanyID set.
    wire::User toWire(const UserRecord &r) const;
    nlohmann::json toJson(const UserRecord &r) const;
    // A list page of users of one kind, as a JSON array, the roles of each buyer's users resolved together.
    nlohmann::json toJson(const std::vector<UserRecord> &page) const;

    // The list grammar of users within one buyer (or the admin users), or of buyer users across
    // every buyer (GET /v1/buyerusers): the ordered indexes differ.
    ListSpec listSpec(bool acrossBuyers = false) const;
    // The list of one buyer's users (or the admin users: isAdmin, no buyer), whose text index
    // yields a search's matches in ID order (SQLite).
    ListSpec listSpec(bool isAdmin, const QString &buyerId) const;
    static QString columns();
    // The locale column holds the Locale object as JSON (NULL when none is assigned).
    static QVariant localeText(const std::optional<wire::Locale> &locale);
    static std::optional<wire::Locale> parseLocale(const QVariant &column);
    static UserRecord fromRow(const QSqlQuery &q);
    // The phone_rdigits column: the phone's ASCII digits in reverse order (NULL when it has none),
    // so "the number ends with these digits" is a prefix range on an index (docs/search.md).
    static QVariant phoneReversedDigits(const std::optional<QString> &phone);
    // A phone search: users whose number ends with the searched digits, or whose number is a
    // suffix of them (the searched text has a country code the stored one lacks). Empty when the
    // text has fewer than kMinPhoneDigits digits: then Phone is searched as text.
    static QString phoneMatch(const QString &text, QVariantList &binds);
    static constexpr int kMinPhoneDigits = 7;

    Database &database() const { return m_db; }
    // PostgreSQL: before adding many users at once (in one transaction), drops the search
    // indexes; optimizeSearchIndex builds them again.
    void beginBulkLoad();
    // After adding many users at once: SQLite merges the search index (UserSearchIndex::optimize),
    // PostgreSQL builds the indexes beginBulkLoad dropped.
    void optimizeSearchIndex();

private:
    QString narrowSearch(const QStringList &terms, bool all, QVariantList &binds) const;
    QString marketplaceId() const;

    Database &m_db;
    const RoleResolver &m_roles;
    bool m_trigramIndex = false; // the search index can narrow searches (always on SQLite)
    UserSearchIndex m_search;    // SQLite
    mutable std::mutex m_marketplaceLock;
    mutable QString m_marketplaceId;
};

} // namespace onbehalf::server
