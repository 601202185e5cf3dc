#include "core/platform/ScreenLockWatcher.h"

#if defined(Q_OS_LINUX)
#include "core/platform/ScreenLockLinux.h"
#elif defined(Q_OS_WIN)
#include "core/platform/ScreenLockWindows.h"
#elif defined(Q_OS_MACOS)
#include "core/platform/ScreenLockMac.h"
#endif

namespace onbehalf {

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent)
{
#if defined(Q_OS_LINUX)
    auto *source = new ScreenLockLinux(this);
    connect(source, &ScreenLockLinux::lockedChanged, this, &ScreenLockWatcher::setLocked);
#elif defined(Q_OS_WIN)
    auto *source = new ScreenLockWindows(this);
    connect(source, &ScreenLockWindows::lockedChanged, this, &ScreenLockWatcher::setLocked);
#elif defined(Q_OS_MACOS)
    auto *source = new ScreenLockMac(this);
    connect(source, &ScreenLockMac::lockedChanged, this, &ScreenLockWatcher::setLocked);
#endif
}

void ScreenLockWatcher::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit lockedChanged(locked);
}

} // namespace onbehalf
