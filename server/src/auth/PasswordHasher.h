#pragma once

#include <QByteArray>
#include <QString>

namespace onbehalf::server {

// Passwords are stored only as libsodium argon2id hashes (salted, self-describing strings).
namespace PasswordHasher {
QByteArray hash(const QString &password);
bool verify(const QByteArray &hash, const QString &password);
// OrderCloud's rule (seed 003): 10 to 100 characters with a digit, an upper-case letter,
// a lower-case letter and a special character.
bool meetsPolicy(const QString &password);
QString policyMessage();
} // namespace PasswordHasher

} // namespace onbehalf::server
