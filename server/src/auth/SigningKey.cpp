#include "auth/SigningKey.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdexcept>

namespace onbehalf::server {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter>;
using Bio = std::unique_ptr<BIO, Deleter>;
using BigNum = std::unique_ptr<BIGNUM, Deleter>;

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray privatePemOf(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        throw std::runtime_error("cannot write the signing key");
    return bioText(bio.get());
}

QByteArray publicPemOf(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PUBKEY(bio.get(), key))
        throw std::runtime_error("cannot write the public key");
    return bioText(bio.get());
}

std::string base64Url(const BIGNUM *n)
{
    QByteArray bytes(BN_num_bytes(n), Qt::Uninitialized);
    BN_bn2bin(n, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

nlohmann::json jwkOf(EVP_PKEY *key, const QString &kid)
{
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    if (!EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) ||
        !EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e))
        throw std::runtime_error("not an RSA key");
    const BigNum nn(n), ee(e);
    return nlohmann::json{{"kty", "RSA"},
                          {"use", "sig"},
                          {"alg", "RS256"},
                          {"kid", kid.toStdString()},
                          {"n", base64Url(nn.get())},
                          {"e", base64Url(ee.get())}};
}

} // namespace

SigningKey SigningKey::generate()
{
    PKey key(EVP_RSA_gen(2048));
    if (!key)
        throw std::runtime_error("cannot generate an RSA key");
    return *fromPem(privatePemOf(key.get()));
}

QString SigningKey::thumbprint() const
{
    // Members in lexicographic order, no white space (RFC 7638 section 3).
    const std::string canonical = R"({"e":")" + m_jwk["e"].get<std::string>() + R"(","kty":"RSA","n":")" +
                                  m_jwk["n"].get<std::string>() + R"("})";
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<SigningKey> SigningKey::fromPem(const QByteArray &privatePem)
{
    auto k = fromPem(QStringLiteral("-"), privatePem);
    if (k) {
        k->m_kid = k->thumbprint();
        k->m_jwk["kid"] = k->m_kid.toStdString();
    }
    return k;
}

std::optional<SigningKey> SigningKey::fromPublicPem(const QString &kid, const QByteArray &publicPem)
{
    Bio bio(BIO_new_mem_buf(publicPem.constData(), int(publicPem.size())));
    PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return std::nullopt;
    SigningKey k;
    k.m_kid = kid;
    k.m_publicPem = publicPem;
    k.m_jwk = jwkOf(key.get(), kid);
    return k;
}

std::optional<SigningKey> SigningKey::fromPem(const QString &kid, const QByteArray &privatePem)
{
    Bio bio(BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())));
    PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return std::nullopt;
    SigningKey k;
    k.m_kid = kid;
    k.m_privatePem = privatePem;
    k.m_publicPem = publicPemOf(key.get());
    k.m_jwk = jwkOf(key.get(), kid);
    return k;
}

} // namespace onbehalf::server
