#pragma once

#include "core/platform/MarketplaceSettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace onbehalf {

// A typed settings key: the name, the type and the default live in one place.
template <typename T>
struct SettingKey
{
    const char *name;
    T fallback;
};

// A whole-number setting with its range: a stored value that is not a number, or out of range,
// reads as the fallback or the nearest bound — never as 0 by accident.
struct IntSettingKey
{
    const char *name;
    int fallback;
    int min;
    int max;
};

// Only what is not secret: marketplaces used, last usernames, window and column layout, filters.
// Tokens and passwords never go here (TokenStore keeps them in the keychain).
class Settings
{
public:
    Settings();

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings.value(QString::fromLatin1(key.name));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.fallback;
    }

    template <typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings.setValue(QString::fromLatin1(key.name), QVariant::fromValue(value));
    }

    int value(const IntSettingKey &key) const;
    void setValue(const IntSettingKey &key, int value);

    // Marketplace base URLs, most recent first (at most ten).
    QStringList recentMarketplaces() const;
    void rememberMarketplace(const QString &url);
    QString lastUsername(const QString &marketplace) const;
    void setLastUsername(const QString &marketplace, const QString &username);
    QString clientId(const QString &marketplace) const;
    void setClientId(const QString &marketplace, const QString &clientId);
    // Everything per marketplace (validated on the way in and out).
    MarketplaceSettings marketplaceSettings(const QString &marketplace) const;
    void setMarketplaceSettings(const QString &marketplace, const MarketplaceSettings &settings);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    static QString group(const QString &marketplace);
    QSettings m_settings;
};

namespace SettingKeys {
inline const SettingKey<QByteArray> MainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const SettingKey<QByteArray> MainWindowState{"ui/mainWindowState", {}};
inline const SettingKey<QByteArray> SearchColumns{"ui/searchColumns", {}};
inline const SettingKey<QString> LastMarketplace{"signIn/lastMarketplace", {}};
inline const SettingKey<bool> RememberMe{"signIn/rememberMe", false};
inline const SettingKey<bool> ActiveOnly{"search/activeOnly", true};
inline const IntSettingKey InactivityMinutes{"session/inactivityMinutes", 15, 1, 480};
inline const SettingKey<QString> Language{"ui/language", {}};
// Minutes a locked screen keeps a session before it ends (0: at once) without the server's policy.
inline const IntSettingKey ScreenLockGraceMinutes{"session/screenLockGraceMinutes", 0, 0, 240};
} // namespace SettingKeys

} // namespace onbehalf
