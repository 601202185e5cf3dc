#pragma once

#include <QString>
#include <QStringList>

namespace onbehalf {

// How the desk talks to one marketplace (keyed by its URL, "demo" for the local one). Nothing
// secret: an API client's secret lives only in the keychain (TokenStore, Purpose::ClientSecret);
// here is only whether there is one.
struct MarketplaceSettings
{
    static constexpr int kMaxClientIdLength = 100;
    static constexpr int kMaxRoles = 50;
    static constexpr int kMaxRoleLength = 100;

    QString signInClientId;        // the desk's own API client (password grant)
    QString impersonationClientId; // the client the ImpersonationConfig names; empty: the sign-in client
    QStringList roles;             // requested in the accesstoken call; empty: the shopper roles
    QStringList customRoles;       // sent as CustomRoles, as configured
    bool hasClientSecret = false;  // the sign-in client is confidential: send its secret from the keychain
    // Readable order numbers: new orders get the ID "<prefix>-{<incrementor>}" when the marketplace
    // has that incrementor (checked at each session start); an empty incrementor turns this off.
    QString orderIncrementorId = defaultOrderIncrementorId();
    QString orderNumberPrefix = defaultOrderNumberPrefix();

    static QString defaultOrderIncrementorId() { return QStringLiteral("orderIncrementor"); }
    static QString defaultOrderNumberPrefix() { return QStringLiteral("OB"); }

    QString effectiveImpersonationClientId() const
    {
        return impersonationClientId.isEmpty() ? signInClientId : impersonationClientId;
    }

    // Role names as typed (spaces, commas or new lines between them): trimmed, without
    // duplicates. Empty `error` when all are acceptable.
    static QStringList parseRoles(const QString &text, QString *error = nullptr);
    static bool isValidClientId(const QString &id);
    // An incrementor ID (letters, digits, '_', '-', '.'; at most 100) or empty.
    static bool isValidIncrementorId(const QString &id);
    // Letters and digits, at most 10 (it is read to callers); empty: the bare number.
    static bool isValidOrderNumberPrefix(const QString &prefix);
    // The same settings with anything unacceptable dropped (a hand-edited or damaged file).
    MarketplaceSettings validated() const;

    bool operator==(const MarketplaceSettings &) const = default;
};

} // namespace onbehalf
