#include "core/platform/Settings.h"

#include <QCryptographicHash>
#include <QUrl>

namespace onbehalf {

Settings::Settings() : m_settings() {}

QString Settings::group(const QString &marketplace)
{
    // Settings keys cannot hold '/' and ':' portably; a short hash names the marketplace.
    const QByteArray normal = QUrl(marketplace).adjusted(QUrl::StripTrailingSlash).toString().toUtf8();
    return QStringLiteral("marketplaces/") +
           QString::fromLatin1(QCryptographicHash::hash(normal, QCryptographicHash::Sha1).toHex().left(12));
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
