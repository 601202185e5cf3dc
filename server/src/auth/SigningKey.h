#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server {

// An RSA key pair that signs access tokens (RS256), named by its kid. The private half is
// kept with the database, so tokens survive a restart; the public half is served as a JWK.
class SigningKey
{
public:
    static SigningKey generate();
    static std::optional<SigningKey> fromPem(const QString &kid, const QByteArray &privatePem);

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
