#include "core/platform/ScreenLockWindows.h"

#include <QCoreApplication>
#include <windows.h>
#include <wtsapi32.h>

namespace onbehalf {

ScreenLockWindows::ScreenLockWindows(QObject *parent) : QObject(parent)
{
    // A message-only window: Qt's event dispatcher hands its messages to the filter below.
    HWND window = CreateWindowExW(0, L"STATIC", L"OnbehalfScreenLock", 0, 0, 0, 0, 0, HWND_MESSAGE, nullptr,
                                  GetModuleHandleW(nullptr), nullptr);
    if (!window)
        return;
    if (!WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION)) {
        DestroyWindow(window);
        return;
    }
    m_window = window;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

ScreenLockWindows::~ScreenLockWindows()
{
    if (!m_window)
        return;
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeNativeEventFilter(this);
    WTSUnRegisterSessionNotification(static_cast<HWND>(m_window));
    DestroyWindow(static_cast<HWND>(m_window));
}

bool ScreenLockWindows::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG *msg = static_cast<const MSG *>(message);
    if (msg->hwnd != static_cast<HWND>(m_window) || msg->message != WM_WTSSESSION_CHANGE)
        return false;
    switch (msg->wParam) {
    case WTS_SESSION_LOCK:
    case WTS_CONSOLE_DISCONNECT:
    case WTS_REMOTE_DISCONNECT:
        emit lockedChanged(true);
        break;
    case WTS_SESSION_UNLOCK:
        emit lockedChanged(false);
        break;
    default:
        break;
    }
    return false;
}

} // namespace onbehalf
