#pragma once

#include <QObject>

namespace onbehalf {

// macOS: the com.apple.screenIsLocked / com.apple.screenIsUnlocked distributed notifications
// (sent for the lock screen and for fast user switching).
class ScreenLockMac : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockMac(QObject *parent = nullptr);
    ~ScreenLockMac() override;

signals:
    void lockedChanged(bool locked);

private:
    void *m_lockObserver = nullptr; // id<NSObject>, retained
    void *m_unlockObserver = nullptr;
};

} // namespace onbehalf
