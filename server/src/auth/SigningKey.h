#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server {

// An RSA key pair that signs access tokens (RS256), named by its kid, or only the public half of
// one (a key that verifies but no longer signs). The private half lives in a 0600 file (see
// SigningKeys); the public half is served as a JWK and shared through the database.
class SigningKey
{
public:
    static SigningKey generate();
    // A private key; its kid is the RFC 7638 thumbprint unless given (keys of older databases).
    static std::optional<SigningKey> fromPem(const QByteArray &privatePem);
    static std::optional<SigningKey> fromPem(const QString &kid, const QByteArray &privatePem);
    static std::optional<SigningKey> fromPublicPem(const QString &kid, const QByteArray &publicPem);

    bool canSign() const { return !m_privatePem.isEmpty(); }
    // RFC 7638 JWK thumbprint (SHA-256, base64url): the same key file gives the same kid on every instance.
    QString thumbprint() const;

    const QString &kid() const { return m_kid; }
    const QByteArray &privatePem() const { return m_privatePem; }
    const QByteArray &publicPem() const { return m_publicPem; }
    // {"kty":"RSA","use":"sig","alg":"RS256","kid":…,"n":…,"e":…}
    const nlohmann::json &jwk() const { return m_jwk; }

private:
    SigningKey() = default;

    QString m_kid;
    QByteArray m_privatePem;
    QByteArray m_publicPem;
    nlohmann::json m_jwk;
};

} // namespace onbehalf::server
