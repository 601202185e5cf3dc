#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace onbehalf {

class ApiJob;
class SessionManager;

// Notices, while a session recorded on the server is active, that the server ended it (a
// supervisor's force end): reads the session's record every second (one request at a time) and
// hands the end to the SessionManager, which drops the buyer token and says who ended it and why.
// The cart stays on the server as the buyer's unsubmitted order, offered to the next session.
class SessionWatch : public QObject
{
    Q_OBJECT

public:
    explicit SessionWatch(SessionManager *sessions, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    static constexpr int kIntervalMs = 1000;

private:
    void poll();

    SessionManager *m_sessions;
    QTimer m_timer;
    QPointer<ApiJob> m_inFlight;
};

} // namespace onbehalf
