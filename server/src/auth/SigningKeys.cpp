#include "auth/SigningKeys.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <nlohmann/json.hpp>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace onbehalf::server {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QString credentialsFile()
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString path = dir + QStringLiteral("/signing-key");
    return QFileInfo::exists(path) ? path : QString();
}

void writeKeyFile(const QString &path, const QByteArray &pem)
{
    // Written whole or not at all, 0600 before a byte of the key is in it (umask 077 is set at start).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(pem) != pem.size() || !file.commit())
        refuse(QStringLiteral("cannot write the signing key %1: %2").arg(path, file.errorString()));
}

struct LegacyKey
{
    QString kid;
    QByteArray privatePem;
};

std::vector<LegacyKey> privateKeysInDatabase(Database &db)
{
    std::vector<LegacyKey> keys;
    QSqlQuery q = db.exec(QStringLiteral("SELECT kid, private_pem FROM signing_keys ORDER BY created DESC"));
    while (q.next())
        keys.push_back({q.value(0).toString(), q.value(1).toString().toUtf8()});
    return keys;
}

} // namespace

QString SigningKeys::keyFileFor(const Options &options)
{
    if (!options.keyFile.isEmpty())
        return options.keyFile;
    if (const QString credential = credentialsFile(); !credential.isEmpty())
        return credential;
    if (options.databaseUrl.startsWith(QLatin1String("sqlite:"))) {
        const QString path = options.databaseUrl.mid(7);
        if (!path.isEmpty() && path != QLatin1String(":memory:"))
            return path + QStringLiteral(".signing-key.pem");
    }
    return {};
}

SigningKey SigningKeys::readKeyFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        refuse(QStringLiteral("cannot read the signing key %1").arg(path));
    if ((st.st_mode & 077) != 0)
        refuse(QStringLiteral("the signing key %1 is readable by other users (mode %2); run: chmod 600 %1")
                   .arg(path)
                   .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')));
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(QStringLiteral("cannot read the signing key %1: %2").arg(path, file.errorString()));
    auto key = SigningKey::fromPem(file.readAll());
    if (!key)
        refuse(QStringLiteral("%1 is not a PEM RSA private key").arg(path));
    return *key;
}

std::optional<SigningKey> SigningKeys::databaseKey(Database &db)
{
    // Named by its thumbprint, as load() names it.
    const QVariant pem = db.scalar(QStringLiteral("SELECT private_pem FROM signing_keys ORDER BY created DESC"));
    if (!pem.isValid())
        return std::nullopt;
    return SigningKey::fromPem(pem.toString().toUtf8());
}

void SigningKeys::adopt(Database &db, const SigningKey &next, const QString &previousKid)
{
    Database::Transaction tx(db);
    // Another instance (or `keys rotate`) may have published it already: no conflict either way.
    db.exec(QStringLiteral("INSERT INTO signing_public_keys (kid, public_pem, created, verify_until) "
                           "VALUES (?, ?, ?, NULL) ON CONFLICT (kid) DO UPDATE SET verify_until = NULL"),
            {next.kid(), QString::fromLatin1(next.publicPem()), SqlValues::now()});
    if (previousKid != next.kid())
        db.exec(
            QStringLiteral("UPDATE signing_public_keys SET verify_until = ? WHERE kid = ? AND verify_until IS NULL"),
            {verifyUntilForRetired(db), previousKid});
    tx.commit();
}

std::vector<SigningKeys::Published> SigningKeys::published(Database &db)
{
    std::vector<Published> keys;
    QSqlQuery q = db.exec(QStringLiteral("SELECT kid, public_pem, verify_until FROM signing_public_keys"));
    while (q.next()) {
        if (auto key = SigningKey::fromPublicPem(q.value(0).toString(), q.value(1).toString().toLatin1()))
            keys.push_back({std::move(*key), SqlValues::optionalTime(q.value(2))});
    }
    return keys;
}

void SigningKeys::publish(Database &db, const SigningKey &key)
{
    // Current keys verify without end; a key coming back (a restore) is current again.
    if (db.scalar(QStringLiteral("SELECT 1 FROM signing_public_keys WHERE kid = ?"), {key.kid()}).isValid())
        db.exec(QStringLiteral("UPDATE signing_public_keys SET verify_until = NULL WHERE kid = ?"), {key.kid()});
    else
        db.exec(QStringLiteral("INSERT INTO signing_public_keys (kid, public_pem, created, verify_until) "
                               "VALUES (?, ?, ?, NULL)"),
                {key.kid(), QString::fromLatin1(key.publicPem()), SqlValues::now()});
}

QString SigningKeys::verifyUntilForRetired(Database &db)
{
    // Long enough for every token signed so far, and for tokens the running instances still sign
    // with it until they restart: the longest access-token lifetime any API client has.
    QDateTime until = QDateTime::currentDateTimeUtc();
    int longestMinutes = 600;
    QSqlQuery q = db.exec(QStringLiteral("SELECT doc FROM documents WHERE kind = 'ApiClient'"));
    while (q.next()) {
        const auto doc = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (doc.is_object() && doc.contains("AccessTokenDuration") && doc["AccessTokenDuration"].is_number_integer())
            longestMinutes = qMax(longestMinutes, doc["AccessTokenDuration"].get<int>());
    }
    until = until.addSecs(qint64(longestMinutes) * 60);
    const auto issued = SqlValues::optionalTime(db.scalar(QStringLiteral("SELECT MAX(expires) FROM issued_tokens")));
    if (issued && *issued > until)
        until = *issued;
    return SqlValues::formatTime(until.addSecs(60));
}

SigningKeys::Loaded SigningKeys::load(Database &db, const Options &options)
{
    std::optional<SigningKey> current;
    std::vector<SigningKey> verifyOnly;
    QStringList warnings;
    const QString file = keyFileFor(options);
    const bool inDatabase = file.isEmpty();
    if (inDatabase && !options.allowKeyInDatabase)
        refuse(QStringLiteral("a shared (PostgreSQL) deployment needs its signing key in a file: --signing-key FILE "
                              "(PEM, mode 0600) or systemd LoadCredential=signing-key:FILE; "
                              "--allow-key-in-database keeps it in the database, for trials only"));

    Database::Transaction tx(db);
    const std::vector<LegacyKey> legacy = privateKeysInDatabase(db);
    // Keys of older databases keep verifying the tokens they signed, as public keys only.
    for (const LegacyKey &k : legacy) {
        if (const auto key = SigningKey::fromPem(k.kid, k.privatePem))
            publish(db, *key);
    }

    if (inDatabase) {
        warnings << QStringLiteral("the token signing key is kept in the database (--allow-key-in-database): "
                                   "anyone who can read the database can mint tokens; use --signing-key FILE");
        current = legacy.empty() ? std::nullopt : SigningKey::fromPem(legacy.front().privatePem);
        if (!current) {
            current = SigningKey::generate();
            db.exec(QStringLiteral("INSERT INTO signing_keys (kid, private_pem, created) VALUES (?, ?, ?)"),
                    {current->kid(), QString::fromLatin1(current->privatePem()), SqlValues::now()});
        }
    } else if (QFileInfo::exists(file)) {
        current = readKeyFile(file);
    } else if (!options.keyFile.isEmpty()) {
        refuse(QStringLiteral("the signing key %1 does not exist (make one with: openssl genpkey -algorithm RSA "
                              "-pkeyopt rsa_keygen_bits:2048 -out %1 && chmod 600 %1)")
                   .arg(file));
    } else {
        // First start next to SQLite: the database's own key moves to the file, else a new one.
        current = legacy.empty() ? std::nullopt : SigningKey::fromPem(legacy.front().privatePem);
        if (current)
            warnings << QStringLiteral("moved the token signing key out of the database into %1").arg(file);
        else
            current = SigningKey::generate();
        writeKeyFile(file, current->privatePem());
    }

    if (!inDatabase && !legacy.empty()) {
        // Only public halves stay; they verify until the tokens they signed can have expired.
        const QString until = verifyUntilForRetired(db);
        for (const LegacyKey &k : legacy)
            db.exec(QStringLiteral("UPDATE signing_public_keys SET verify_until = ? WHERE kid = ? AND kid <> ?"),
                    {until, k.kid, current->kid()});
        db.exec(QStringLiteral("DELETE FROM signing_keys"));
        warnings << QStringLiteral("deleted %1 private signing key(s) from the database").arg(legacy.size());
    }
    publish(db, *current);

    QSqlQuery q = db.exec(QStringLiteral("SELECT kid, public_pem FROM signing_public_keys WHERE kid <> ? AND "
                                         "(verify_until IS NULL OR verify_until > ?)"),
                          {current->kid(), SqlValues::now()});
    while (q.next()) {
        if (auto key = SigningKey::fromPublicPem(q.value(0).toString(), q.value(1).toString().toLatin1()))
            verifyOnly.push_back(std::move(*key));
    }
    tx.commit();
    return Loaded{std::move(*current), std::move(verifyOnly), warnings};
}

std::optional<SigningKey> SigningKeys::lookup(Database &db, const QString &kid)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT public_pem FROM signing_public_keys WHERE kid = ? AND "
                                         "(verify_until IS NULL OR verify_until > ?)"),
                          {kid, SqlValues::now()});
    if (!q.next())
        return std::nullopt;
    return SigningKey::fromPublicPem(kid, q.value(0).toString().toLatin1());
}

QString SigningKeys::generateFile(const QString &path)
{
    const SigningKey key = SigningKey::generate();
    writeKeyFile(path, key.privatePem());
    return QStringLiteral("wrote %1 (kid %2)").arg(path, key.kid());
}

QString SigningKeys::rotate(Database &db, const Options &options)
{
    const Loaded before = load(db, options);
    const SigningKey next = SigningKey::generate();
    const QString file = keyFileFor(options);
    Database::Transaction tx(db);
    const QString until = verifyUntilForRetired(db);
    db.exec(QStringLiteral("UPDATE signing_public_keys SET verify_until = ? WHERE kid = ?"),
            {until, before.current.kid()});
    publish(db, next);
    if (file.isEmpty()) {
        db.exec(QStringLiteral("DELETE FROM signing_keys"));
        db.exec(QStringLiteral("INSERT INTO signing_keys (kid, private_pem, created) VALUES (?, ?, ?)"),
                {next.kid(), QString::fromLatin1(next.privatePem()), SqlValues::now()});
    } else {
        writeKeyFile(file, next.privatePem());
    }
    tx.commit();
    return QStringLiteral("new signing key %1%2; the old key %3 verifies until %4 UTC. Running instances sign with "
                          "the new key within their --key-check-interval, or at once on SIGHUP; instances given the "
                          "key by systemd LoadCredential= hold a copy made when they started: restart those, one at "
                          "a time, before then.")
        .arg(next.kid(), file.isEmpty() ? QString() : QStringLiteral(" in ") + file, before.current.kid(), until);
}

} // namespace onbehalf::server
