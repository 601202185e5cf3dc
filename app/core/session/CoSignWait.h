#pragma once

#include "core/net/ApiError.h"
#include "wire/CoSignRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace onbehalf {

class ApiJob;
class SessionManager;

// The agent's side of a co-sign: a submit refused with Onbehalf.CoSignRequired waits here for a
// supervisor's decision, read from the session's record every second or two (one request at a
// time), then says approved (submit again) or declined (with the supervisor's comment). Stops when
// the session ends or another order is waited for.
class CoSignWait : public QObject
{
    Q_OBJECT

public:
    explicit CoSignWait(SessionManager *sessions, QObject *parent = nullptr);

    // The request a refused submit created (Onbehalf.CoSignRequired), or nothing for another error.
    static std::optional<wire::CoSignRequest> requestOf(const ApiError &error);

    void wait(const QString &orderId);
    void stop();
    bool isWaiting() const { return m_timer.isActive(); }
    QString orderId() const { return m_orderId; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    static constexpr int kIntervalMs = 1500;

signals:
    void approved(const QString &orderId);
    void declined(const QString &orderId, const QString &decidedBy, const QString &comment);

private:
    void poll();

    SessionManager *m_sessions;
    QTimer m_timer;
    QString m_orderId;
    QPointer<ApiJob> m_inFlight;
};

} // namespace onbehalf
