#include "http/HttpRequest.h"

namespace onbehalf::server {

namespace {

// The URL as Qt HttpServer built it: path (percent-encoding kept), query and fragment of the
// request target; an absolute-form target ("http://host/path") keeps its scheme and host.
QUrl urlFromTarget(const QByteArray &target)
{
    QUrl url;
    QByteArray rest = target;
    if (!rest.startsWith('/')) {
        const QUrl absolute = QUrl::fromEncoded(target);
        if (!absolute.isValid() || absolute.scheme().isEmpty())
            return url;
        url.setScheme(absolute.scheme());
        url.setHost(absolute.host());
        if (absolute.port() >= 0)
            url.setPort(absolute.port());
        const qsizetype authority = target.indexOf("//");
        const qsizetype slash = authority < 0 ? -1 : target.indexOf('/', authority + 2);
        rest = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0) {
        url.setFragment(QString::fromUtf8(rest.mid(hash + 1)));
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf('?');
    if (question >= 0) {
        url.setQuery(QString::fromUtf8(rest.mid(question + 1)));
        rest.truncate(question);
    }
    url.setPath(QString::fromUtf8(rest), QUrl::TolerantMode);
    return url;
}

} // namespace

HttpRequest::HttpRequest(Method method, const QByteArray &target, Headers headers, QByteArray body,
                         QHostAddress remoteAddress, quint16 remotePort)
    : m_method(method), m_url(urlFromTarget(target)), m_headers(std::move(headers)), m_body(std::move(body)),
      m_remoteAddress(std::move(remoteAddress)), m_remotePort(remotePort)
{}

QByteArray HttpRequest::value(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequest::Method HttpRequest::methodFromName(const QByteArray &name)
{
    static const QList<QPair<QByteArray, Method>> names{
        {"GET", Method::Get},   {"PUT", Method::Put},         {"DELETE", Method::Delete}, {"POST", Method::Post},
        {"HEAD", Method::Head}, {"OPTIONS", Method::Options}, {"PATCH", Method::Patch}};
    for (const auto &[text, method] : names) {
        if (text == name)
            return method;
    }
    return Method::Unknown;
}

QByteArray HttpRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Unknown:
        break;
    }
    return "OTHER";
}

} // namespace onbehalf::server
