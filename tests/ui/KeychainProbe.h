#pragma once

#include "core/platform/TokenStore.h"

#include <QSignalSpy>
#include <qt6keychain/keychain.h>

namespace onbehalf::test {

// What the real Secret Service holds under `key` for the desk's service name ("" if nothing):
// read straight through QtKeychain, not through the TokenStore under test.
inline QString keychainSecret(const QString &key)
{
    QKeychain::ReadPasswordJob job(TokenStore::serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    done.wait(10000);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

} // namespace onbehalf::test
