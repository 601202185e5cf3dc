#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace onbehalf::server {

// Passwords are stored only as libsodium argon2id hashes (salted, self-describing strings:
// "$argon2id$v=19$m=19456,t=2,p=1$salt$hash" carries its parameters, so they can be raised).
namespace PasswordHasher {
// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane (libsodium always uses one).
constexpr unsigned long long kIterations = 2;
constexpr std::size_t kMemoryBytes = std::size_t(19) * 1024 * 1024;

QByteArray hash(const QString &password);
bool verify(const QByteArray &hash, const QString &password);
// True when `hash` is not argon2id or was made with less memory or fewer iterations than now
// (the password is hashed again at the next successful sign-in).
bool needsRehash(const QByteArray &hash);
// OrderCloud's rule (seed 003): 10 to 100 characters with a digit, an upper-case letter,
// a lower-case letter and a special character.
bool meetsPolicy(const QString &password);
QString policyMessage();
} // namespace PasswordHasher

} // namespace onbehalf::server
