#pragma once

#include "auth/SigningKey.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace onbehalf::server {

class Database;

// Where the token signing key lives, and the public keys every instance verifies with.
//
// The private key is a PEM file readable by the server's user only (0600, else refused):
// --signing-key FILE, else $CREDENTIALS_DIRECTORY/signing-key (systemd LoadCredential=), else
// "<sqlite file>.signing-key.pem" next to a SQLite database, made on first start. PostgreSQL
// (a shared deployment) needs a file unless --allow-key-in-database (trials only). The database
// holds only public keys (signing_public_keys): a reader of it cannot mint tokens. Private keys
// older databases kept are moved out on start and deleted from the table.
class SigningKeys
{
public:
    struct Options
    {
        QString keyFile; // --signing-key; empty: the defaults above
        bool allowKeyInDatabase = false;
        QString databaseUrl; // for the default file next to SQLite
    };

    struct Loaded
    {
        SigningKey current;
        std::vector<SigningKey> verifyOnly; // public halves still valid (rotated, migrated)
        QStringList warnings;
    };

    // Throws std::runtime_error with an operator-facing message when the key cannot be used.
    static Loaded load(Database &db, const Options &options);

    // `keys rotate`: a new key signs from now on (file rewritten, or the database row on a trial);
    // the old one verifies until every token it signed can have expired. Returns a report line.
    static QString rotate(Database &db, const Options &options);

    // `keys generate`: a new private key file (0600); returns a report line.
    static QString generateFile(const QString &path);

    // The public key of `kid` from the database, if it still verifies (see TokenIssuer::setKeyLookup).
    static std::optional<SigningKey> lookup(Database &db, const QString &kid);

    static QString keyFileFor(const Options &options);

    // The private key in `path`; throws (as load) unless only its owner can read it.
    static SigningKey readKeyFile(const QString &path);
    // The private key newest in the database (--allow-key-in-database), if any.
    static std::optional<SigningKey> databaseKey(Database &db);
    // A running instance found `next` in its key file: it is published (verifies everywhere) and
    // `previousKid`, if still current in the database, retired as `keys rotate` would.
    static void adopt(Database &db, const SigningKey &next, const QString &previousKid);

    struct Published
    {
        SigningKey key; // public half
        std::optional<QDateTime> verifyUntil;
    };
    // Every public key in the database, with until when it verifies.
    static std::vector<Published> published(Database &db);

private:
    static void publish(Database &db, const SigningKey &key);
    static QString verifyUntilForRetired(Database &db);
};

} // namespace onbehalf::server
