#include "core/session/CoSignWait.h"

#include "core/api/SessionsApi.h"
#include "core/session/SessionManager.h"

namespace onbehalf {

CoSignWait::CoSignWait(SessionManager *sessions, QObject *parent) : QObject(parent), m_sessions(sessions)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CoSignWait::poll);
    connect(m_sessions, &SessionManager::ended, this, &CoSignWait::stop);
}

std::optional<wire::CoSignRequest> CoSignWait::requestOf(const ApiError &error)
{
    if (error.errorCode() != QLatin1String("Onbehalf.CoSignRequired") || !error.data().is_object())
        return std::nullopt;
    try {
        auto request = error.data().get<wire::CoSignRequest>();
        if (request.OrderID.isEmpty())
            return std::nullopt;
        return request;
    } catch (const std::exception &) {
        return std::nullopt; // a body this desk cannot read is shown as the plain error
    }
}

void CoSignWait::wait(const QString &orderId)
{
    stop();
    m_orderId = orderId;
    m_timer.start();
}

void CoSignWait::stop()
{
    m_timer.stop();
    m_orderId.clear();
    if (m_inFlight)
        m_inFlight->abort();
}

void CoSignWait::poll()
{
    if (m_inFlight || !m_sessions->isActive() || m_orderId.isEmpty())
        return;
    const QString order = m_orderId;
    m_inFlight = m_sessions->sessionsApi()->get(
        m_sessions->session().ID, this, [this, order](Result<wire::ImpersonationSession> r) {
            m_inFlight.clear();
            if (!r.ok() || order != m_orderId)
                return; // asked again next time
            const wire::CoSignRequest *latest = nullptr;
            for (const wire::CoSignRequest &c : r.value.CoSignRequests) {
                if (c.OrderID == order)
                    latest = &c;
            }
            if (!latest || latest->isPending())
                return;
            const wire::CoSignRequest decided = *latest;
            m_timer.stop();
            m_orderId.clear();
            if (decided.isApproved())
                emit approved(order);
            else if (decided.Status == QLatin1String("Declined"))
                emit declined(order, decided.DecidedBy.value_or(QString()), decided.Comment.value_or(QString()));
        });
}

} // namespace onbehalf
