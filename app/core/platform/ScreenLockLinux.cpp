#include "core/platform/ScreenLockLinux.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcScreenLock, "onbehalf.screenlock", QtInfoMsg)

namespace onbehalf {

namespace {
const QString kLogind = QStringLiteral("org.freedesktop.login1");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");
} // namespace

ScreenLockLinux::ScreenLockLinux(QObject *parent) : QObject(parent)
{
    // Any sender and any path: the screen saver's bus name and object differ between desktops
    // (GNOME, KDE's /ScreenSaver, xfce4-screensaver, tests).
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString &name :
             {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
            session.connect(QString(), QString(), name, QStringLiteral("ActiveChanged"), this,
                            SLOT(onScreenSaverActiveChanged(bool)));
    }
    watchLogind();
}

void ScreenLockLinux::watchLogind()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    // This process's session object (the Lock/Unlock signals carry its real path, not ".../auto");
    // a process outside any session (started by a user service) asks by XDG_SESSION_ID instead.
    QDBusMessage call = QDBusMessage::createMethodCall(kLogind, QStringLiteral("/org/freedesktop/login1"),
                                                       QStringLiteral("org.freedesktop.login1.Manager"),
                                                       QStringLiteral("GetSessionByPID"));
    call << quint32(::getpid());
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (!reply.isError()) {
            watchSession(reply.value().path());
            return;
        }
        const QString id = qEnvironmentVariable("XDG_SESSION_ID");
        if (id.isEmpty()) {
            qCDebug(lcScreenLock) << "no logind session to watch:" << reply.error().message();
            return;
        }
        QDBusMessage byId = QDBusMessage::createMethodCall(kLogind, QStringLiteral("/org/freedesktop/login1"),
                                                           QStringLiteral("org.freedesktop.login1.Manager"),
                                                           QStringLiteral("GetSession"));
        byId << id;
        auto *second = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(byId), this);
        connect(second, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w2) {
            w2->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> session = *w2;
            if (!session.isError())
                watchSession(session.value().path());
        });
    });
}

void ScreenLockLinux::watchSession(const QString &path)
{
    m_sessionPath = path;
    QDBusConnection system = QDBusConnection::systemBus();
    system.connect(kLogind, path, kLogindSession, QStringLiteral("Lock"), this, SLOT(onLogindLock()));
    system.connect(kLogind, path, kLogindSession, QStringLiteral("Unlock"), this, SLOT(onLogindUnlock()));
    system.connect(kLogind, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                   QStringLiteral("PropertiesChanged"), this,
                   SLOT(onLogindPropertiesChanged(QString, QVariantMap, QStringList)));
}

void ScreenLockLinux::onScreenSaverActiveChanged(bool active)
{
    m_screenSaver = active;
    update();
}

void ScreenLockLinux::onLogindLock()
{
    m_logindLocked = true;
    update();
}

void ScreenLockLinux::onLogindUnlock()
{
    m_logindLocked = false;
    update();
}

void ScreenLockLinux::onLogindPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                                const QStringList &)
{
    if (interface != kLogindSession)
        return;
    if (changed.contains(QStringLiteral("LockedHint")))
        m_logindLocked = changed.value(QStringLiteral("LockedHint")).toBool();
    if (changed.contains(QStringLiteral("Active")))
        m_switchedAway = !changed.value(QStringLiteral("Active")).toBool();
    update();
}

void ScreenLockLinux::update()
{
    emit lockedChanged(m_screenSaver || m_logindLocked || m_switchedAway);
}

} // namespace onbehalf
