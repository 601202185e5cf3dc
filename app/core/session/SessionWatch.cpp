#include "core/session/SessionWatch.h"

#include "core/api/SessionsApi.h"
#include "core/session/SessionManager.h"

namespace onbehalf {

SessionWatch::SessionWatch(SessionManager *sessions, QObject *parent) : QObject(parent), m_sessions(sessions)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionWatch::poll);
    connect(m_sessions, &SessionManager::started, this, [this] {
        // Without the sessions extension there is no record to read: the desk alone ends it.
        if (m_sessions->session().serverRecorded)
            m_timer.start();
    });
    connect(m_sessions, &SessionManager::ended, this, [this] {
        m_timer.stop();
        if (m_inFlight)
            m_inFlight->abort();
    });
}

void SessionWatch::poll()
{
    if (m_inFlight || !m_sessions->isActive() || m_sessions->isBusy())
        return;
    const QString id = m_sessions->session().ID;
    m_inFlight = m_sessions->sessionsApi()->get(id, this, [this, id](Result<wire::ImpersonationSession> r) {
        m_inFlight.clear();
        // A failed read proves nothing (network, a refresh under way): the next second asks again.
        if (!r.ok() || r.value.isActive() || !m_sessions->isActive() || m_sessions->session().ID != id)
            return;
        m_sessions->endedOnServer(r.value.EndCause.value_or(wire::EndCause::Revoked),
                                  r.value.EndedBy.value_or(QString()), r.value.EndComment.value_or(QString()));
    });
}

} // namespace onbehalf
