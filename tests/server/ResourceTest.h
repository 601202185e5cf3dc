#pragma once

// What the identity-resource suites share: the real server, an administrator and an agent signed
// in, and small readers for the JSON the server answers.

#include "TestServer.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

namespace onbehalf::test {

class ResourceTest : public QObject
{
protected:
    using json = nlohmann::json;

    static inline const QString kClient = QString::fromLatin1(Http::kDemoClientId);

    static QString qs(const json &v)
    {
        return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
    }

    static QSet<QString> stringSet(const json &array)
    {
        QSet<QString> out;
        if (array.is_array()) {
            for (const json &v : array)
                out.insert(qs(v));
        }
        return out;
    }

    static QString show(const QSet<QString> &set)
    {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list.join(QLatin1Char(','));
    }

    static QString show(const Http::Response &r)
    {
        return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(500)));
    }

    static bool hasNoPassword(const json &user) { return !user.contains("Password") || user["Password"].is_null(); }

    static bool validTime(const json &v)
    {
        return v.is_string() && QDateTime::fromString(qs(v), Qt::ISODateWithMs).isValid();
    }

    // The user body an administrator would send.
    static json newUser(const char *id, const char *username, const char *password = nullptr)
    {
        json u{{"ID", id},
               {"Username", username},
               {"FirstName", "Rhea"},
               {"LastName", "Source"},
               {"Email", QStringLiteral("%1@res.example").arg(QString::fromLatin1(username)).toStdString()},
               {"Phone", "+1 555 0199"},
               {"Active", true}};
        if (password)
            u["Password"] = password;
        return u;
    }

    QSet<QString> profileRoles(const QString &id)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/securityprofiles/") + id, m_admin);
        if (r.status != 200)
            return {QStringLiteral("<profile %1: %2>").arg(id).arg(r.status)};
        const json p = r.json();
        return stringSet(p["Roles"]) | stringSet(p["CustomRoles"]);
    }

    QSet<QString> userRoles(const QString &buyer, const QString &user)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyers/%1/users/%2").arg(buyer, user), m_admin);
        if (r.status != 200)
            return {QStringLiteral("<user %1: %2>").arg(user).arg(r.status)};
        return stringSet(r.json()["AvailableRoles"]);
    }

    QSet<QString> adminRoles(const QString &user)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/adminusers/") + user, m_admin);
        if (r.status != 200)
            return {QStringLiteral("<admin user %1: %2>").arg(user).arg(r.status)};
        return stringSet(r.json()["AvailableRoles"]);
    }

    int assign(const json &assignment)
    {
        return m_http->post(QStringLiteral("/v1/securityprofiles/assignments"), assignment, m_admin).status;
    }

    int unassign(const QString &profile, const QString &query)
    {
        return m_http->del(QStringLiteral("/v1/securityprofiles/%1/assignments%2").arg(profile, query), m_admin).status;
    }

    void startAndSignIn()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
    }

    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_agent;
};

} // namespace onbehalf::test
