#pragma once

#include <QObject>
#include <QVariantMap>

namespace onbehalf {

// Linux: the screen counts as locked while any of these says so — the screen saver on the
// session bus (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged), or this
// process's logind session on the system bus (Lock/Unlock, LockedHint, Active false when the
// user switched to another session). A bus that is not there is simply not watched.
class ScreenLockLinux : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockLinux(QObject *parent = nullptr);

signals:
    void lockedChanged(bool locked);

private slots:
    // D-Bus delivers signals only to slots named by signature (no new-style connect there).
    void onScreenSaverActiveChanged(bool active);
    void onLogindLock();
    void onLogindUnlock();
    void onLogindPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                   const QStringList &invalidated);

private:
    void watchLogind();
    void watchSession(const QString &path);
    void update();

    QString m_sessionPath;
    bool m_screenSaver = false;
    bool m_logindLocked = false;
    bool m_switchedAway = false;
};

} // namespace onbehalf
