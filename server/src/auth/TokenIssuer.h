#pragma once

#include "auth/SigningKey.h"
#include "auth/TokenClaims.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server {

// Signs and verifies the marketplace's RS256 JWT access tokens (with cpp-jwt).
class TokenIssuer
{
public:
    // Clock skew tolerated on exp/nbf; the server's token record is exact on expiry anyway.
    static constexpr int kLeewaySeconds = 30;

    TokenIssuer(SigningKey key, QString issuer, QString audience);

    // An older key whose tokens still verify (its kid stays resolvable), until `verifyUntil` when
    // given; called again for a known kid it only updates that time (a rotation retired the key).
    void addVerificationKey(const SigningKey &older, std::optional<QDateTime> verifyUntil = std::nullopt);
    // Signs with `key` from now on (a rotated key file); the key before keeps verifying.
    void setSigningKey(const SigningKey &key);
    // Asked for a kid this issuer does not know yet (another instance's new key after a rotation);
    // what it finds is remembered. Called from request threads: it must be thread-safe itself.
    using KeyLookup = std::function<std::optional<SigningKey>(const QString &kid)>;
    void setKeyLookup(KeyLookup lookup) { m_lookup = std::move(lookup); }

    // Changes whenever a key's verify_until changes: verification results cached elsewhere go then.
    quint64 keysGeneration() const { return m_generation.load(); }

    QByteArray issue(const TokenClaims &claims) const;
    // The claims of a token this issuer signed, unexpired, for this audience; nullopt otherwise
    // with a short reason for the debug log. Never throws.
    std::optional<TokenClaims> verify(const QByteArray &jwt, QString *reason = nullptr) const;

    std::optional<nlohmann::json> jwk(const QString &kid) const;
    QString currentKid() const { return m_current.load()->kid(); }
    const QString &issuer() const { return m_issuer; }
    const QString &audience() const { return m_audience; }

private:
    struct Entry
    {
        SigningKey key;
        std::optional<QDateTime> verifyUntil; // none: verifies without end
    };
    const SigningKey *keyFor(const QString &kid) const;

    KeyLookup m_lookup;
    mutable std::mutex m_mutex; // guards m_keys, m_signers and each entry's verifyUntil
    // Keys that verify (or did), never erased: node-based, so pointers to entries stay valid.
    mutable std::map<QString, Entry> m_keys;
    std::list<SigningKey> m_signers;           // every key this instance signed with, never erased
    std::atomic<const SigningKey *> m_current; // the one it signs with now; read without the lock
    std::atomic<quint64> m_generation{0};
    QString m_issuer;
    QString m_audience;
};

} // namespace onbehalf::server
