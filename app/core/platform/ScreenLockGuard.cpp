#include "core/platform/ScreenLockGuard.h"

#include "core/api/Discovery.h"
#include "core/api/PolicyApi.h"
#include "core/session/SessionManager.h"

#include <algorithm>

namespace onbehalf {

ScreenLockGuard::ScreenLockGuard(SessionManager *sessions, QObject *parent) : QObject(parent), m_sessions(sessions)
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenLockGuard::check);
}

void ScreenLockGuard::setGraceMinutes(int minutes)
{
    m_graceMinutes = std::clamp(minutes, 0, kMaxGraceMinutes);
    check(); // a shorter grace may already be over
}

void ScreenLockGuard::followPolicy(MarketplaceClient *client, int localMinutes)
{
    m_localGraceMinutes = localMinutes;
    setGraceMinutes(localMinutes);
    if (!m_policy) {
        m_policy = new PolicyApi(client, this);
        connect(m_sessions, &SessionManager::started, this, &ScreenLockGuard::readPolicy);
    }
}

void ScreenLockGuard::readPolicy()
{
    m_sessions->discovery()->probeSessionsExtension(this, [this](Result<Discovery::Extension> r) {
        if (!r.ok() || r.value != Discovery::Extension::Present) {
            setGraceMinutes(m_localGraceMinutes);
            return;
        }
        // A policy that cannot be read leaves the grace as it was (the preference at first).
        m_policy->get(this, [this](Result<wire::OnbehalfPolicy> policy) {
            if (policy.ok())
                setGraceMinutes(policy.value.ScreenLockGraceMinutes);
        });
    });
}

void ScreenLockGuard::setLocked(bool locked)
{
    if (locked == isLocked())
        return;
    if (!locked) {
        m_lockedSince.reset();
        m_timer.stop();
        return;
    }
    m_lockedSince = m_clock();
    m_timer.start();
    check();
}

void ScreenLockGuard::check()
{
    if (!m_lockedSince)
        return;
    if (m_lockedSince->secsTo(m_clock()) >= qint64(m_graceMinutes) * 60)
        endSession();
}

void ScreenLockGuard::endSession()
{
    if (!m_sessions->isActive() || m_ending)
        return;
    m_ending = true;
    m_sessions->end(wire::EndCause::ScreenLocked, this, [this](const ApiError &error) {
        m_ending = false;
        emit sessionEnded(error);
    });
}

} // namespace onbehalf
