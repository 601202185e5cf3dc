#pragma once

#include "auth/SigningKey.h"
#include "auth/TokenClaims.h"

#include <QByteArray>
#include <QString>
#include <functional>
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

    // An older key whose tokens still verify (its kid stays resolvable).
    void addVerificationKey(const SigningKey &older);
    // Asked for a kid this issuer does not know yet (another instance's new key after a rotation);
    // what it finds is remembered. Called from request threads: it must be thread-safe itself.
    using KeyLookup = std::function<std::optional<SigningKey>(const QString &kid)>;
    void setKeyLookup(KeyLookup lookup) { m_lookup = std::move(lookup); }

    QByteArray issue(const TokenClaims &claims) const;
    // The claims of a token this issuer signed, unexpired, for this audience; nullopt otherwise
    // with a short reason for the debug log. Never throws.
    std::optional<TokenClaims> verify(const QByteArray &jwt, QString *reason = nullptr) const;

    std::optional<nlohmann::json> jwk(const QString &kid) const;
    QString currentKid() const { return m_key.kid(); }
    const QString &issuer() const { return m_issuer; }
    const QString &audience() const { return m_audience; }

private:
    const SigningKey *keyFor(const QString &kid) const;

    SigningKey m_key;
    KeyLookup m_lookup;
    mutable std::mutex m_mutex;                    // guards m_older
    mutable std::map<QString, SigningKey> m_older; // node-based: pointers stay valid as it grows
    QString m_issuer;
    QString m_audience;
};

} // namespace onbehalf::server
