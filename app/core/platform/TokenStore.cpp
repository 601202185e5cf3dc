#include "core/platform/TokenStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace onbehalf {

namespace {
QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("TokenStore", "No keychain is available on this computer.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("TokenStore", "The keychain is locked or refused access.");
    default:
        return QCoreApplication::translate("TokenStore", "The keychain does not work (%1).").arg(detail);
    }
}
} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

QString TokenStore::serviceName()
{
    return QStringLiteral("Onbehalf");
}

QString TokenStore::key(const QString &marketplace, const QString &username, Purpose purpose)
{
    // The marketplace as typed may differ in a trailing slash; the key must not.
    QString url = QUrl(marketplace).adjusted(QUrl::NormalizePathSegments).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QString what;
    switch (purpose) {
    case Purpose::RefreshToken:
        what = QStringLiteral("refresh");
        break;
    case Purpose::ImpersonationToken:
        what = QStringLiteral("impersonation");
        break;
    case Purpose::ClientSecret:
        what = QStringLiteral("client-secret");
        break;
    }
    return url + QLatin1Char('|') + username.toLower() + QLatin1Char('|') + what;
}

void TokenStore::setKeychainEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        markUnavailable(QCoreApplication::translate("TokenStore", "The keychain is turned off."));
}

void TokenStore::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason = reason;
    emit keychainUnavailable(reason);
}

void TokenStore::read(const QString &key, QObject *context, std::function<void(bool, const QString &)> done)
{
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    if (m_memory.contains(key) || !m_available || !m_enabled) {
        const bool found = m_memory.contains(key);
        const QString secret = m_memory.value(key);
        QMetaObject::invokeMethod(
            this,
            [ctx, hasContext, done, found, secret] {
                if (!hasContext || ctx)
                    done(found, secret);
            },
            Qt::QueuedConnection);
        return;
    }
    // No parent: a job deletes itself when done. Deleting it mid-call (with this store) left
    // the keychain backend calling back into freed memory.
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, ctx, hasContext, done] {
        bool found = false;
        QString secret;
        if (job->error() == QKeychain::NoError) {
            found = true;
            secret = job->textData();
            m_memory.insert(key, secret);
        } else if (job->error() != QKeychain::EntryNotFound) {
            markUnavailable(explain(job->error(), job->errorString()));
        }
        if (!hasContext || ctx)
            done(found, secret);
    });
    job->start();
}

void TokenStore::write(const QString &key, const QString &secret, QObject *context, std::function<void(bool)> done)
{
    m_memory.insert(key, secret);
    QPointer<QObject> ctx(context);
    if (!m_available || !m_enabled) {
        if (done)
            QMetaObject::invokeMethod(
                this,
                [ctx, done, hasContext = context != nullptr] {
                    if (!hasContext || ctx)
                        done(false);
                },
                Qt::QueuedConnection);
        return;
    }
    // No parent: a job deletes itself when done. Deleting it mid-call (with this store) left
    // the keychain backend calling back into freed memory.
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, ctx, done, hasContext = context != nullptr] {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            markUnavailable(explain(job->error(), job->errorString()));
        if (done && (!hasContext || ctx))
            done(ok);
    });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, std::function<void()> done)
{
    m_memory.remove(key);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    if (!m_available || !m_enabled) {
        if (done)
            QMetaObject::invokeMethod(
                this,
                [ctx, done, hasContext] {
                    if (!hasContext || ctx)
                        done();
                },
                Qt::QueuedConnection);
        return;
    }
    // No parent: a job deletes itself when done. Deleting it mid-call (with this store) left
    // the keychain backend calling back into freed memory.
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [ctx, done, hasContext] {
        if (done && (!hasContext || ctx))
            done();
    });
    job->start();
}

} // namespace onbehalf
