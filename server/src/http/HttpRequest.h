#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace onbehalf::server {

// One parsed HTTP request as the router and handlers see it, independent of the transport
// (the names follow QHttpServerRequest, which it replaced).
class HttpRequest
{
public:
    enum class Method
    {
        Unknown,
        Get,
        Put,
        Delete,
        Post,
        Head,
        Options,
        Patch
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpRequest() = default;
    HttpRequest(Method method, const QByteArray &target, Headers headers, QByteArray body,
                QHostAddress remoteAddress = {}, quint16 remotePort = 0);

    Method method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    const Headers &headers() const { return m_headers; }
    // The first header of that name (case-insensitive), or an empty array.
    QByteArray value(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }
    quint16 remotePort() const { return m_remotePort; }

    static Method methodFromName(const QByteArray &name);
    static QByteArray methodName(Method method);

private:
    Method m_method = Method::Unknown;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    quint16 m_remotePort = 0;
};

// What the router answers: status, body and the few headers a reply needs beyond the defaults.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace onbehalf::server
