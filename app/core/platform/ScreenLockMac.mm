#include "core/platform/ScreenLockMac.h"

#include <QPointer>

#import <Foundation/Foundation.h>

namespace onbehalf {

namespace {

void *observe(NSString *name, ScreenLockMac *owner, bool locked)
{
    // A notification already queued when the watcher goes must not reach a deleted object.
    QPointer<ScreenLockMac> guard(owner);
    id observer = [[NSDistributedNotificationCenter defaultCenter] addObserverForName:name
                                                                               object:nil
                                                                                queue:[NSOperationQueue mainQueue]
                                                                           usingBlock:^(NSNotification *) {
                                                                             if (guard)
                                                                                 emit guard->lockedChanged(locked);
                                                                           }];
    return const_cast<void *>(CFBridgingRetain(observer)); // kept until forget(), with or without ARC
}

void forget(void *observer)
{
    if (observer)
        [[NSDistributedNotificationCenter defaultCenter] removeObserver:CFBridgingRelease(observer)];
}

} // namespace

ScreenLockMac::ScreenLockMac(QObject *parent) : QObject(parent)
{
    m_lockObserver = observe(@"com.apple.screenIsLocked", this, true);
    m_unlockObserver = observe(@"com.apple.screenIsUnlocked", this, false);
}

ScreenLockMac::~ScreenLockMac()
{
    forget(m_lockObserver);
    forget(m_unlockObserver);
}

} // namespace onbehalf
