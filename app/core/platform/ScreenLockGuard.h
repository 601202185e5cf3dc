#pragma once

#include "core/net/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace onbehalf {

class MarketplaceClient;
class PolicyApi;
class SessionManager;

// Ends the impersonation session (EndCause ScreenLocked) when the screen locks or the user
// session is switched away: at once, or — with a grace period, the policy's "pause" — only once
// it has stayed locked that long; unlocking before then leaves the session as it was. The clock
// and the check interval are seams for tests; the wall clock counts, so a suspended laptop that
// wakes up locked past the grace period ends the session at the next check.
class ScreenLockGuard : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMaxGraceMinutes = 240; // as the server's policy allows
    static constexpr int kCheckIntervalMs = 5000;

    explicit ScreenLockGuard(SessionManager *sessions, QObject *parent = nullptr);

    // 0 ends the session at once; out of range is clamped.
    void setGraceMinutes(int minutes);
    // The grace period from the marketplace's policy (ScreenLockGraceMinutes) where it has the
    // sessions extension, else `localMinutes` (the desk's preference); read again at every session
    // start, as a supervisor may change it during the day.
    void followPolicy(MarketplaceClient *client, int localMinutes);
    int graceMinutes() const { return m_graceMinutes; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCheckInterval(int ms) { m_timer.setInterval(ms); }

    bool isLocked() const { return m_lockedSince.has_value(); }
    // Connected to ScreenLockWatcher::lockedChanged.
    void setLocked(bool locked);
    // Ends the session when it has been locked for the grace period (the timer calls it).
    void check();

signals:
    // The session was ended because of the lock (error empty when the end was recorded).
    void sessionEnded(const onbehalf::ApiError &error);

private:
    void endSession();
    void readPolicy();

    SessionManager *m_sessions;
    PolicyApi *m_policy = nullptr; // child, once following the policy
    int m_localGraceMinutes = 0;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QTimer m_timer;
    std::optional<QDateTime> m_lockedSince;
    int m_graceMinutes = 0;
    bool m_ending = false;
};

} // namespace onbehalf
