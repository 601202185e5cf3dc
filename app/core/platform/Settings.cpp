#include "core/platform/Settings.h"

#include <QCryptographicHash>
#include <QUrl>

namespace onbehalf {

Settings::Settings() : m_settings() {}

QString Settings::group(const QString &marketplace)
{
    // Settings keys cannot hold '/' and ':' portably; a short hash names the marketplace.
    // "https://x/" and "https://x" are one marketplace (StripTrailingSlash keeps a lone "/").
    QString url = QUrl(marketplace).adjusted(QUrl::StripTrailingSlash).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QByteArray normal = url.toUtf8();
    return QStringLiteral("marketplaces/") +
           QString::fromLatin1(QCryptographicHash::hash(normal, QCryptographicHash::Sha1).toHex().left(12));
}

int Settings::value(const IntSettingKey &key) const
{
    bool ok = false;
    const int v = m_settings.value(QString::fromLatin1(key.name)).toString().trimmed().toInt(&ok);
    return ok ? std::clamp(v, key.min, key.max) : key.fallback;
}

void Settings::setValue(const IntSettingKey &key, int value)
{
    m_settings.setValue(QString::fromLatin1(key.name), std::clamp(value, key.min, key.max));
}

MarketplaceSettings Settings::marketplaceSettings(const QString &marketplace) const
{
    const QString g = group(marketplace) + QLatin1Char('/');
    MarketplaceSettings s;
    s.signInClientId = m_settings.value(g + QStringLiteral("clientId")).toString();
    s.impersonationClientId = m_settings.value(g + QStringLiteral("impersonationClientId")).toString();
    s.roles = m_settings.value(g + QStringLiteral("impersonationRoles")).toStringList();
    s.customRoles = m_settings.value(g + QStringLiteral("customRoles")).toStringList();
    s.hasClientSecret = m_settings.value(g + QStringLiteral("hasClientSecret")).toString() == QLatin1String("true");
    s.orderIncrementorId =
        m_settings.value(g + QStringLiteral("orderIncrementor"), MarketplaceSettings::defaultOrderIncrementorId())
            .toString();
    s.orderNumberPrefix =
        m_settings.value(g + QStringLiteral("orderNumberPrefix"), MarketplaceSettings::defaultOrderNumberPrefix())
            .toString();
    return s.validated();
}

void Settings::setMarketplaceSettings(const QString &marketplace, const MarketplaceSettings &settings)
{
    const QString g = group(marketplace) + QLatin1Char('/');
    const MarketplaceSettings s = settings.validated();
    m_settings.setValue(g + QStringLiteral("clientId"), s.signInClientId);
    m_settings.setValue(g + QStringLiteral("impersonationClientId"), s.impersonationClientId);
    m_settings.setValue(g + QStringLiteral("impersonationRoles"), s.roles);
    m_settings.setValue(g + QStringLiteral("customRoles"), s.customRoles);
    m_settings.setValue(g + QStringLiteral("hasClientSecret"), s.hasClientSecret);
    m_settings.setValue(g + QStringLiteral("orderIncrementor"), s.orderIncrementorId);
    m_settings.setValue(g + QStringLiteral("orderNumberPrefix"), s.orderNumberPrefix);
}

QStringList Settings::recentMarketplaces() const
{
    return m_settings.value(QStringLiteral("signIn/recentMarketplaces")).toStringList();
}

void Settings::rememberMarketplace(const QString &url)
{
    QStringList list = recentMarketplaces();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > 10)
        list.removeLast();
    m_settings.setValue(QStringLiteral("signIn/recentMarketplaces"), list);
}

QString Settings::lastUsername(const QString &marketplace) const
{
    return m_settings.value(group(marketplace) + QStringLiteral("/lastUsername")).toString();
}

void Settings::setLastUsername(const QString &marketplace, const QString &username)
{
    m_settings.setValue(group(marketplace) + QStringLiteral("/lastUsername"), username);
}

QString Settings::clientId(const QString &marketplace) const
{
    return m_settings.value(group(marketplace) + QStringLiteral("/clientId")).toString();
}

void Settings::setClientId(const QString &marketplace, const QString &clientId)
{
    m_settings.setValue(group(marketplace) + QStringLiteral("/clientId"), clientId);
}

} // namespace onbehalf
