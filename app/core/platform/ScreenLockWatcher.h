#pragma once

#include <QObject>

namespace onbehalf {

// Whether the screen is locked or the user's desktop session is switched away, from the platform:
// logind and the freedesktop/GNOME screen savers on D-Bus (Linux), session notifications
// (Windows), the screen-lock distributed notifications (macOS). Elsewhere, or where none of them
// answers, it simply never reports a lock.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }

signals:
    void lockedChanged(bool locked);

private:
    void setLocked(bool locked);

    bool m_locked = false;
};

} // namespace onbehalf
