#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

namespace onbehalf {

// Windows: WTSRegisterSessionNotification on a message-only window; a native event filter reads
// WM_WTSSESSION_CHANGE. Locked from WTS_SESSION_LOCK (or a console/remote disconnect: the user
// switched away) until WTS_SESSION_UNLOCK (or the session is connected again).
class ScreenLockWindows : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit ScreenLockWindows(QObject *parent = nullptr);
    ~ScreenLockWindows() override;

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

signals:
    void lockedChanged(bool locked);

private:
    void *m_window = nullptr; // HWND
};

} // namespace onbehalf
