#include "core/api/SessionsApi.h"

#include "wire/SessionEnd.h"

namespace onbehalf {

namespace {

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString SessionsApi::sessionPath(const QString &sessionId)
{
    return collectionPath() + QLatin1Char('/') + percent(sessionId);
}

QPointer<ApiJob> SessionsApi::list(const QUrlQuery &filters, int page, int pageSize, const QString &sortBy,
                                   QObject *context, Callback<wire::ListPage<wire::ImpersonationSession>> done)
{
    QUrlQuery q = filters;
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(pageSize, 1, 100)));
    if (!sortBy.isEmpty())
        q.addQueryItem(QStringLiteral("sortBy"), percent(sortBy));
    return call<wire::ListPage<wire::ImpersonationSession>>(
        "GET", collectionPath() + QLatin1Char('?') + q.query(QUrl::FullyEncoded), nullptr, context, std::move(done));
}

QPointer<ApiJob> SessionsApi::get(const QString &sessionId, QObject *context, Callback<wire::ImpersonationSession> done)
{
    return call<wire::ImpersonationSession>("GET", sessionPath(sessionId), nullptr, context, std::move(done));
}

QPointer<ApiJob> SessionsApi::start(const wire::SessionStart &request, QObject *context,
                                    Callback<wire::SessionGrant> done)
{
    return call<wire::SessionGrant>("POST", collectionPath(), nlohmann::json(request), context, std::move(done));
}

QPointer<ApiJob> SessionsApi::end(const QString &sessionId, wire::EndCause cause, QObject *context,
                                  Callback<wire::ImpersonationSession> done)
{
    return call<wire::ImpersonationSession>("POST", sessionPath(sessionId) + QStringLiteral("/end"),
                                            nlohmann::json(wire::SessionEnd{cause, std::nullopt}), context,
                                            std::move(done));
}

QPointer<ApiJob> SessionsApi::renew(const QString &sessionId, QObject *context, Callback<wire::SessionGrant> done)
{
    return call<wire::SessionGrant>("POST", sessionPath(sessionId) + QStringLiteral("/renew"), nlohmann::json::object(),
                                    context, std::move(done));
}

QPointer<ApiJob> SessionsApi::eligibility(const QString &buyerId, const QString &userId, const QString &clientId,
                                          QObject *context, Callback<wire::SessionEligibility> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("BuyerID"), percent(buyerId));
    q.addQueryItem(QStringLiteral("UserID"), percent(userId));
    q.addQueryItem(QStringLiteral("ClientID"), percent(clientId));
    return call<wire::SessionEligibility>(
        "GET", collectionPath() + QStringLiteral("/eligibility?") + q.query(QUrl::FullyEncoded), nullptr, context,
        std::move(done));
}

} // namespace onbehalf
