#include "auth/TokenIssuer.h"

#include <chrono>
#include <jwt/jwt.hpp>

namespace onbehalf::server {

namespace {

std::chrono::system_clock::time_point timePoint(const QDateTime &t)
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(t.toSecsSinceEpoch()));
}

bool fail(QString *reason, const QString &why)
{
    if (reason)
        *reason = why;
    return false;
}

QString str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

TokenIssuer::TokenIssuer(SigningKey key, QString issuer, QString audience)
    : m_issuer(std::move(issuer)), m_audience(std::move(audience))
{
    m_current.store(&m_signers.emplace_back(std::move(key)));
}

void TokenIssuer::addVerificationKey(const SigningKey &older, std::optional<QDateTime> verifyUntil)
{
    const std::lock_guard lock(m_mutex);
    const auto [it, added] = m_keys.try_emplace(older.kid(), Entry{older, verifyUntil});
    if (!added && it->second.verifyUntil != verifyUntil) {
        it->second.verifyUntil = verifyUntil;
        ++m_generation;
    }
}

void TokenIssuer::setSigningKey(const SigningKey &key)
{
    const std::lock_guard lock(m_mutex);
    const SigningKey *previous = m_current.load();
    if (previous->kid() == key.kid())
        return;
    // The key before keeps verifying the tokens it signed (until a refresh says otherwise).
    m_keys.try_emplace(previous->kid(), Entry{*previous, std::nullopt});
    m_current.store(&m_signers.emplace_back(key));
}

const SigningKey *TokenIssuer::keyFor(const QString &kid) const
{
    const SigningKey *current = m_current.load();
    if (kid == current->kid())
        return current;
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_keys.find(kid); it != m_keys.end()) {
            // A retired key verifies until the last token it signed can have expired, no longer.
            const auto &until = it->second.verifyUntil;
            return !until || *until > QDateTime::currentDateTimeUtc() ? &it->second.key : nullptr;
        }
    }
    if (!m_lookup || kid.isEmpty() || kid.size() > 100)
        return nullptr;
    std::optional<SigningKey> found = m_lookup(kid);
    if (!found)
        return nullptr;
    const std::lock_guard lock(m_mutex);
    return &m_keys.try_emplace(kid, Entry{std::move(*found), std::nullopt}).first->second.key;
}

std::optional<nlohmann::json> TokenIssuer::jwk(const QString &kid) const
{
    const SigningKey *k = keyFor(kid);
    if (!k)
        return std::nullopt;
    return k->jwk();
}

QByteArray TokenIssuer::issue(const TokenClaims &c) const
{
    const SigningKey &key = *m_current.load();
    if (!key.canSign())
        throw std::runtime_error("the signing key has no private half");
    using namespace jwt::params;
    jwt::jwt_object obj{algorithm("RS256"), secret(key.privatePem().toStdString())};
    obj.header().add_header("kid", key.kid().toStdString());
    obj.add_claim("usr", c.username.toStdString())
        .add_claim("cid", c.clientId.toStdString())
        .add_claim("u", c.userId.toStdString())
        .add_claim("usrtype", c.userType.toStdString())
        .add_claim("iss", m_issuer.toStdString())
        .add_claim("aud", m_audience.toStdString())
        .add_claim("exp", timePoint(c.expires))
        .add_claim("nbf", timePoint(c.notBefore))
        .add_claim("iat", timePoint(c.issuedAt))
        .add_claim("jti", c.jti.toStdString());
    // As OrderCloud: one role is a string, several an array.
    if (c.roles.size() == 1) {
        obj.add_claim("role", c.roles.first().toStdString());
    } else {
        std::vector<std::string> roles;
        for (const QString &r : c.roles)
            roles.push_back(r.toStdString());
        obj.add_claim("role", roles);
    }
    if (!c.impersonatorId.isEmpty())
        obj.add_claim("imp", c.impersonatorId.toStdString());
    if (!c.sessionId.isEmpty())
        obj.add_claim("obs", c.sessionId.toStdString());
    return QByteArray::fromStdString(obj.signature());
}

std::optional<TokenClaims> TokenIssuer::verify(const QByteArray &jwt, QString *reason) const
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts[2].isEmpty()) {
        fail(reason, QStringLiteral("not a signed JWT"));
        return std::nullopt;
    }
    // Pick the key by kid and insist on RS256 before any verification (no "none", no HS256
    // keyed with our public key).
    const QByteArray headerText = QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding);
    const nlohmann::json header = nlohmann::json::parse(headerText.toStdString(), nullptr, false);
    if (!header.is_object() || str(header, "alg") != QLatin1String("RS256")) {
        fail(reason, QStringLiteral("algorithm is not RS256"));
        return std::nullopt;
    }
    const SigningKey *key = keyFor(str(header, "kid"));
    if (!key) {
        fail(reason, QStringLiteral("unknown kid"));
        return std::nullopt;
    }

    nlohmann::json payload;
    try {
        namespace p = jwt::params;
        std::error_code ec;
        auto decoded = jwt::decode(jwt.toStdString(), p::algorithms({"RS256"}), ec,
                                   p::secret(key->publicPem().toStdString()), p::issuer(m_issuer.toStdString()),
                                   p::aud(m_audience.toStdString()), p::leeway(kLeewaySeconds), p::verify(true));
        if (ec) {
            fail(reason, QString::fromStdString(ec.message()));
            return std::nullopt;
        }
        payload = decoded.payload().create_json_obj();
    } catch (const std::exception &e) {
        fail(reason, QString::fromUtf8(e.what()));
        return std::nullopt;
    }

    // cpp-jwt checks exp only when present, and not nbf: both are required here.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!payload.contains("exp") || !payload["exp"].is_number_integer() || !payload.contains("nbf") ||
        !payload["nbf"].is_number_integer()) {
        fail(reason, QStringLiteral("exp or nbf missing"));
        return std::nullopt;
    }
    if (payload["exp"].get<qint64>() + kLeewaySeconds < now) {
        fail(reason, QStringLiteral("expired"));
        return std::nullopt;
    }
    if (payload["nbf"].get<qint64>() - kLeewaySeconds > now) {
        fail(reason, QStringLiteral("not yet valid"));
        return std::nullopt;
    }

    TokenClaims c;
    c.username = str(payload, "usr");
    c.clientId = str(payload, "cid");
    c.userId = str(payload, "u");
    c.userType = str(payload, "usrtype");
    c.impersonatorId = str(payload, "imp");
    c.sessionId = str(payload, "obs");
    c.jti = str(payload, "jti");
    const auto role = payload.find("role");
    if (role != payload.end() && role->is_string()) {
        c.roles << QString::fromStdString(role->get<std::string>());
    } else if (role != payload.end() && role->is_array()) {
        for (const auto &r : *role) {
            if (r.is_string())
                c.roles << QString::fromStdString(r.get<std::string>());
        }
    }
    c.expires = QDateTime::fromSecsSinceEpoch(payload["exp"].get<qint64>(), Qt::UTC);
    c.notBefore = QDateTime::fromSecsSinceEpoch(payload["nbf"].get<qint64>(), Qt::UTC);
    if (payload.contains("iat") && payload["iat"].is_number_integer())
        c.issuedAt = QDateTime::fromSecsSinceEpoch(payload["iat"].get<qint64>(), Qt::UTC);
    if (c.userId.isEmpty() || c.jti.isEmpty()) {
        fail(reason, QStringLiteral("u or jti missing"));
        return std::nullopt;
    }
    return c;
}

} // namespace onbehalf::server
