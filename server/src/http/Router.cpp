#include "http/Router.h"

#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "storage/Database.h"
#include "wire/Json.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "onbehalf.server.http", QtInfoMsg)

namespace onbehalf::server {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts;
}

// Log lines stay short whatever a client sends.
QString bounded(const QString &text, qsizetype max = 200)
{
    return text.size() <= max ? text : text.left(max) + QStringLiteral("…(%1 more)").arg(text.size() - max);
}

} // namespace

Router::Router(Authenticator *auth) : m_auth(auth) {}

void Router::add(Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back(Route{method, splitPath(pattern), std::move(handler)});
}

Router::Handler Router::handler(Method method, const QString &pattern) const
{
    const QStringList segments = splitPath(pattern);
    for (const Route &route : m_routes) {
        if (route.method == method && route.segments == segments)
            return route.handler;
    }
    throw std::logic_error("no route " + pattern.toStdString());
}

void Router::markHeavy(Method method, const QString &pattern)
{
    const QStringList segments = splitPath(pattern);
    for (Route &route : m_routes) {
        if (route.method == method && route.segments == segments)
            route.heavy = true;
    }
}

bool Router::matches(const Route &route, const QStringList &parts, QHash<QString, QString> *params)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &seg = route.segments.at(i);
        if (seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}'))) {
            if (params)
                params->insert(seg.mid(1, seg.size() - 2), parts.at(i));
        } else if (seg.compare(parts.at(i), Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

bool Router::isHeavy(const HttpRequest &request) const
{
    const QStringList parts = splitPath(request.url().path(QUrl::FullyDecoded));
    for (const Route &route : m_routes) {
        if (route.heavy && route.method == request.method() && matches(route, parts, nullptr))
            return true;
    }
    return false;
}

Reply Router::handle(const HttpRequest &request) const
{
    if (request.body().size() > kMaxBodyBytes)
        throw HttpError(413, QStringLiteral("PayloadTooLarge"),
                        QStringLiteral("The request body is larger than %1 bytes.").arg(kMaxBodyBytes));

    const QUrl &url = request.url();
    if (url.toEncoded().contains("%00") || url.path(QUrl::FullyDecoded).contains(QChar(0)) ||
        url.query(QUrl::FullyDecoded).contains(QChar(0)))
        throw HttpError::badRequest(QStringLiteral("InvalidRequest"),
                                    QStringLiteral("The address may not contain NUL characters."));
    const QStringList parts = splitPath(request.url().path(QUrl::FullyDecoded));
    bool pathMatched = false;
    QStringList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, parts, &params))
            continue;
        pathMatched = true;
        if (route.method != request.method()) {
            allowed << QString::fromLatin1(HttpRequest::methodName(route.method));
            continue;
        }
        RequestContext ctx(request, std::move(params), m_auth);
        return route.handler(ctx);
    }
    if (pathMatched)
        throw HttpError(405, QStringLiteral("MethodNotAllowed"),
                        QStringLiteral("%1 is not allowed here; allowed: %2")
                            .arg(QString::fromLatin1(HttpRequest::methodName(request.method())),
                                 allowed.join(QStringLiteral(", "))),
                        nlohmann::json{{"AllowedMethods", allowed}});
    throw HttpError(404, QStringLiteral("NotFound"), QStringLiteral("No such endpoint: %1").arg(request.url().path()),
                    nlohmann::json{{"ObjectType", "Route"}, {"ObjectID", request.url().path()}});
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    QList<QPair<QByteArray, QByteArray>> headers;
    try {
        try {
            reply = handle(request);
        } catch (const HttpError &e) {
            reply = Reply{e.status(), e.envelope()};
        } catch (const wire::DecodeError &e) {
            reply = Reply{400, HttpError::badRequest(QStringLiteral("InvalidRequest"), e.message(),
                                                     nlohmann::json{{"Field", e.field()}})
                                   .envelope()};
        } catch (const nlohmann::json::exception &e) {
            reply = Reply{
                400, HttpError::badRequest(QStringLiteral("InvalidRequest"), QString::fromUtf8(e.what())).envelope()};
        } catch (const DatabaseUnavailable &e) {
            // The database is away (restart, network): a temporary condition, said as such.
            qCWarning(lcHttp).noquote() << "database unavailable:" << bounded(QString::fromUtf8(e.what()));
            reply = Reply{503, HttpError(503, QStringLiteral("ServiceUnavailable"),
                                         QStringLiteral("The database is not reachable; try again shortly."))
                                   .envelope()};
            headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSeconds())});
        } catch (const std::exception &e) {
            qCWarning(lcHttp).noquote() << "internal error:" << bounded(QString::fromUtf8(e.what()), 400);
            reply = Reply{500, HttpError(500, QStringLiteral("InternalServerError"),
                                         QStringLiteral("The server could not complete the request."))
                                   .envelope()};
        }
    } catch (...) {
        // Building an error reply failed (out of memory): the transport still gets an answer.
        reply = Reply{500, nlohmann::json::object()};
    }
    // Path and status only: never headers (tokens) or bodies (passwords).
    qCDebug(lcHttp).noquote() << HttpRequest::methodName(request.method()) << bounded(request.url().path())
                              << reply.status << timer.elapsed() << "ms";

    HttpResponse response;
    response.status = reply.status;
    response.headers = std::move(headers);
    if (reply.status == 204)
        return response;
    if (!reply.contentType.isEmpty()) {
        response.contentType = reply.contentType;
        response.body = reply.raw;
        return response;
    }
    const std::string text = reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    response.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    response.body = QByteArray(text.data(), qsizetype(text.size()));
    if (reply.status == 405) {
        // RFC 9110: a 405 names the methods the resource does allow.
        QStringList allowed;
        for (const auto &m : reply.body["Errors"][0]["Data"].value("AllowedMethods", nlohmann::json::array()))
            allowed << QString::fromStdString(m.get<std::string>());
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
    }
    return response;
}

} // namespace onbehalf::server
