#include "auth/PasswordHasher.h"

#include <QList>
#include <cstring>
#include <sodium.h>
#include <stdexcept>

namespace onbehalf::server::PasswordHasher {

namespace {
void ensureSodium()
{
    // sodium_init is idempotent and thread-safe; a failure means no secure RNG.
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

QByteArray hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kIterations, kMemoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &password)
{
    ensureSodium();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    // crypto_pwhash_str_verify needs a NUL-terminated buffer of at most STRBYTES.
    char stored[crypto_pwhash_STRBYTES] = {};
    memcpy(stored, hash.constData(), size_t(hash.size()));
    return crypto_pwhash_str_verify(stored, utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QByteArray &hash)
{
    // $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$…
    const QList<QByteArray> parts = hash.split('$');
    if (parts.size() < 6 || parts.at(1) != "argon2id")
        return true;
    qint64 memoryKiB = 0, iterations = 0;
    for (const QByteArray &param : parts.at(3).split(',')) {
        if (param.startsWith("m="))
            memoryKiB = param.mid(2).toLongLong();
        else if (param.startsWith("t="))
            iterations = param.mid(2).toLongLong();
    }
    return memoryKiB * 1024 < qint64(kMemoryBytes) || iterations < qint64(kIterations);
}

bool meetsPolicy(const QString &password)
{
    if (password.size() < 10 || password.size() > 100)
        return false;
    bool digit = false, upper = false, lower = false, special = false;
    for (const QChar c : password) {
        if (c.isDigit())
            digit = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (!c.isLetterOrNumber())
            special = true;
    }
    return digit && upper && lower && special;
}

QString policyMessage()
{
    return QStringLiteral("Password must be 10 to 100 characters long and contain at least one digit, one upper-case "
                          "letter, one lower-case letter and one special character.");
}

} // namespace onbehalf::server::PasswordHasher
