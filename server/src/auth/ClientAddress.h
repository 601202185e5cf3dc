#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace onbehalf::server {

class RequestContext;

// The address a request comes from: the socket's peer, or, when that peer is a configured
// trusted reverse proxy (--trusted-proxy), the address that proxy appended to X-Forwarded-For.
// Anyone else's X-Forwarded-For is ignored: it is whatever the client wrote.
class ClientAddress
{
public:
    explicit ClientAddress(QList<QHostAddress> trustedProxies = {}) : m_trusted(std::move(trustedProxies)) {}

    QString of(const RequestContext &ctx) const;

private:
    QList<QHostAddress> m_trusted;
};

} // namespace onbehalf::server
