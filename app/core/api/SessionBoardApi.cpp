#include "core/api/SessionBoardApi.h"

#include "wire/SessionEnd.h"

#include <algorithm>

namespace onbehalf {

QString SessionBoardApi::sessionPath(const QString &sessionId)
{
    return QStringLiteral("/v1/impersonationsessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId));
}

QPointer<ApiJob> SessionBoardApi::activeSessions(QObject *context,
                                                 Callback<wire::ListPage<wire::ImpersonationSession>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("Status"), QStringLiteral("Active"));
    q.addQueryItem(QStringLiteral("sortBy"),
                   QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("!LastActivity"))));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kBoardSize));
    return call<wire::ListPage<wire::ImpersonationSession>>(
        "GET", QStringLiteral("/v1/impersonationsessions?") + q.query(QUrl::FullyEncoded), nullptr, context,
        std::move(done));
}

QPointer<ApiJob> SessionBoardApi::session(const QString &sessionId, QObject *context,
                                          Callback<wire::ImpersonationSession> done)
{
    return call<wire::ImpersonationSession>("GET", sessionPath(sessionId), nullptr, context, std::move(done));
}

QPointer<ApiJob> SessionBoardApi::forceEnd(const QString &sessionId, const QString &comment, QObject *context,
                                           Callback<wire::ImpersonationSession> done)
{
    const wire::SessionEnd end{wire::EndCause::Revoked,
                               comment.trimmed().isEmpty() ? std::nullopt : std::optional(comment.trimmed())};
    return call<wire::ImpersonationSession>("POST", sessionPath(sessionId) + QStringLiteral("/end"),
                                            nlohmann::json(end), context, std::move(done));
}

QPointer<ApiJob> SessionBoardApi::decideCoSign(const QString &sessionId, const QString &orderId, bool approve,
                                               const QString &comment, QObject *context,
                                               Callback<wire::ImpersonationSession> done)
{
    const wire::CoSignDecision decision{orderId, approve,
                                        comment.trimmed().isEmpty() ? std::nullopt : std::optional(comment.trimmed())};
    return call<wire::ImpersonationSession>("POST", sessionPath(sessionId) + QStringLiteral("/cosign"),
                                            nlohmann::json(decision), context, std::move(done));
}

std::vector<PendingCoSign> SessionBoardApi::pendingCoSigns(const std::vector<wire::ImpersonationSession> &sessions)
{
    std::vector<PendingCoSign> out;
    for (const wire::ImpersonationSession &s : sessions) {
        for (const wire::CoSignRequest &r : s.CoSignRequests) {
            if (r.isPending())
                out.push_back({s, r});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PendingCoSign &a, const PendingCoSign &b) {
        return a.request.DateRequested < b.request.DateRequested;
    });
    return out;
}

} // namespace onbehalf
