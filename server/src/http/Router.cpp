#include "http/Router.h"

#include "http/HttpError.h"
#include "http/RequestContext.h"
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

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

Router::Router(Authenticator *auth) : m_auth(auth) {}

void Router::add(Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back(Route{method, splitPath(pattern), std::move(handler)});
}

Reply Router::handle(const QHttpServerRequest &request) const
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
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}')))
                params.insert(seg.mid(1, seg.size() - 2), parts.at(i));
            else
                match = seg.compare(parts.at(i), Qt::CaseInsensitive) == 0;
        }
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != request.method()) {
            allowed << QString::fromLatin1(methodName(route.method));
            continue;
        }
        RequestContext ctx(request, std::move(params), m_auth);
        return route.handler(ctx);
    }
    if (pathMatched)
        throw HttpError(405, QStringLiteral("MethodNotAllowed"),
                        QStringLiteral("%1 is not allowed here; allowed: %2")
                            .arg(QString::fromLatin1(methodName(request.method())), allowed.join(QStringLiteral(", "))),
                        nlohmann::json{{"AllowedMethods", allowed}});
    throw HttpError(404, QStringLiteral("NotFound"), QStringLiteral("No such endpoint: %1").arg(request.url().path()),
                    nlohmann::json{{"ObjectType", "Route"}, {"ObjectID", request.url().path()}});
}

QHttpServerResponse Router::dispatch(const QHttpServerRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    try {
        reply = handle(request);
    } catch (const HttpError &e) {
        reply = Reply{e.status(), e.envelope()};
    } catch (const wire::DecodeError &e) {
        reply = Reply{400, HttpError::badRequest(QStringLiteral("InvalidRequest"), e.message(),
                                                 nlohmann::json{{"Field", e.field()}})
                               .envelope()};
    } catch (const nlohmann::json::exception &e) {
        reply =
            Reply{400, HttpError::badRequest(QStringLiteral("InvalidRequest"), QString::fromUtf8(e.what())).envelope()};
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "internal error:" << e.what();
        reply = Reply{500, HttpError(500, QStringLiteral("InternalServerError"),
                                     QStringLiteral("The server could not complete the request."))
                               .envelope()};
    }
    // Path and status only: never headers (tokens) or bodies (passwords).
    qCDebug(lcHttp).noquote() << methodName(request.method()) << request.url().path() << reply.status << timer.elapsed()
                              << "ms";

    const auto status = static_cast<QHttpServerResponse::StatusCode>(reply.status);
    if (reply.status == 204)
        return QHttpServerResponse(status);
    const std::string text = reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    QHttpServerResponse response(QByteArrayLiteral("application/json; charset=utf-8"),
                                 QByteArray(text.data(), qsizetype(text.size())), status);
    if (reply.status == 405) {
        // RFC 9110: a 405 names the methods the resource does allow.
        QStringList allowed;
        for (const auto &m : reply.body["Errors"][0]["Data"].value("AllowedMethods", nlohmann::json::array()))
            allowed << QString::fromStdString(m.get<std::string>());
        response.setHeader(QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1());
    }
    return response;
}

} // namespace onbehalf::server
