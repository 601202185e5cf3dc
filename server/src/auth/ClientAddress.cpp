#include "auth/ClientAddress.h"

#include "http/RequestContext.h"

namespace onbehalf::server {

namespace {
QString normalized(const QHostAddress &a)
{
    // ::ffff:127.0.0.2 and 127.0.0.2 are one client.
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : a.toString();
}
} // namespace

QString ClientAddress::of(const RequestContext &ctx) const
{
    const QHostAddress peer = ctx.peerAddress();
    bool trusted = false;
    for (const QHostAddress &proxy : m_trusted) {
        if (proxy.isEqual(peer, QHostAddress::TolerantConversion))
            trusted = true;
    }
    if (trusted) {
        // The proxy appends the address it saw as the last entry; earlier entries are the client's word.
        const QList<QByteArray> hops = ctx.header("X-Forwarded-For").split(',');
        const QHostAddress forwarded(QString::fromLatin1(hops.last().trimmed()));
        if (!forwarded.isNull())
            return normalized(forwarded);
    }
    return normalized(peer);
}

} // namespace onbehalf::server
