#include "TestServer.h"
#include "auth/LoginThrottle.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>

using namespace onbehalf::test;
using nlohmann::json;
using onbehalf::server::LoginThrottle;

namespace {
const QString kClient = QString::fromLatin1(Http::kDemoClientId);
const QString kPassword = QString::fromLatin1(Http::kDemoPassword);
const QString kWrong = QStringLiteral("Wrong#12345");

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[k, v] : fields)
        q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
    return q.query(QUrl::FullyEncoded).toUtf8();
}

QByteArray passwordForm(const QString &user, const QString &password)
{
    return form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                 {QStringLiteral("client_id"), kClient},
                 {QStringLiteral("username"), user},
                 {QStringLiteral("password"), password}});
}

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? double(v[n / 2]) : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}
} // namespace

// Signing in as an attacker would probe it: unknown and known usernames look and cost the same,
// lockouts are per (username, client address) and shared by the database, admins can unlock.
class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;

    Http::Response signIn(const QString &source, const QString &user, const QString &password,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QUrl &base = {})
    {
        return requestFrom(source, base.isValid() ? base : m_server.url(), "POST", QStringLiteral("/oauth/token"),
                           passwordForm(user, password), "application/x-www-form-urlencoded", headers);
    }

    void lockFrom(const QString &source, const QString &user, const QUrl &base = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
            QCOMPARE(signIn(source, user, kWrong, headers, base).errorCode(),
                     QStringLiteral("Auth.InvalidUsernameOrPassword"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
    }

    void delaysGrowAndAreCapped()
    {
        QCOMPARE(LoginThrottle::delaySeconds(LoginThrottle::kFreeFailures - 1), 0);
        QCOMPARE(LoginThrottle::delaySeconds(LoginThrottle::kFreeFailures), LoginThrottle::kFirstDelaySeconds);
        QCOMPARE(LoginThrottle::delaySeconds(LoginThrottle::kFreeFailures + 1), 2 * LoginThrottle::kFirstDelaySeconds);
        QCOMPARE(LoginThrottle::delaySeconds(LoginThrottle::kFreeFailures + 2), 4 * LoginThrottle::kFirstDelaySeconds);
        QCOMPARE(LoginThrottle::delaySeconds(1000), LoginThrottle::kMaxDelaySeconds);
    }

    void lockoutElsewhereDoesNotLockTheAgentOut()
    {
        lockFrom(QStringLiteral("127.0.0.2"), QStringLiteral("agent01"));
        // The attacker's address is locked, even with the right password...
        const Http::Response locked = signIn(QStringLiteral("127.0.0.2"), QStringLiteral("agent01"), kPassword);
        QCOMPARE(locked.status, 400);
        QCOMPARE(locked.errorCode(), QStringLiteral("Auth.LockedOut"));
        // ...the agent at its own desk is not.
        const Http::Response agent = signIn(QStringLiteral("127.0.0.3"), QStringLiteral("agent01"), kPassword);
        QCOMPARE(agent.status, 200);
        QVERIFY(agent.json()["access_token"].is_string());
    }

    void unknownUsernamesLockTheSameWay()
    {
        lockFrom(QStringLiteral("127.0.0.4"), QStringLiteral("agent02"));
        lockFrom(QStringLiteral("127.0.0.4"), QStringLiteral("no.such.agent"));
        const Http::Response known = signIn(QStringLiteral("127.0.0.4"), QStringLiteral("agent02"), kWrong);
        const Http::Response unknown = signIn(QStringLiteral("127.0.0.4"), QStringLiteral("no.such.agent"), kWrong);
        QCOMPARE(known.status, unknown.status);
        QCOMPARE(known.errorCode(), QStringLiteral("Auth.LockedOut"));
        QCOMPARE(unknown.errorCode(), QStringLiteral("Auth.LockedOut"));
        // The same words (the seconds left aside).
        auto words = [](const Http::Response &r) {
            return QString::fromStdString(r.json()["error_description"].get<std::string>())
                .remove(QRegularExpression(QStringLiteral("[0-9]+")));
        };
        QCOMPARE(words(known), words(unknown));
    }

    void adminUnlocks()
    {
        lockFrom(QStringLiteral("127.0.0.5"), QStringLiteral("agent03"));
        QCOMPARE(signIn(QStringLiteral("127.0.0.5"), QStringLiteral("agent03"), kPassword).errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        const QByteArray admin = m_http->login(QStringLiteral("admin01"));
        const QByteArray agent = m_http->login(QStringLiteral("agent01"));
        const json agents = m_http->get(QStringLiteral("/v1/adminusers?Username=agent03"), admin).json();
        const QString id = QString::fromStdString(agents["Items"][0]["ID"].get<std::string>());
        const QString unlock = QStringLiteral("/v1/adminusers/") + id + QStringLiteral("/unlock");
        QCOMPARE(m_http->post(unlock, json::object(), agent).status, 403); // not an AdminUserAdmin
        QCOMPARE(m_http->post(QStringLiteral("/v1/adminusers/nobody/unlock"), json::object(), admin).status, 404);
        QCOMPARE(m_http->post(unlock, json::object(), admin).status, 204);
        QCOMPARE(signIn(QStringLiteral("127.0.0.5"), QStringLiteral("agent03"), kPassword).status, 200);

        lockFrom(QStringLiteral("127.0.0.5"), QStringLiteral("jane.doe"));
        QCOMPARE(signIn(QStringLiteral("127.0.0.5"), QStringLiteral("jane.doe"), kPassword).errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        const QString buyerUnlock = QStringLiteral("/v1/buyers/NORTHWIND/users/NW-0001/unlock");
        QCOMPARE(m_http->post(buyerUnlock, json::object(), agent).status, 403); // not a BuyerUserAdmin
        QCOMPARE(m_http->post(QStringLiteral("/v1/buyers/CONTOSO/users/NW-0001/unlock"), json::object(), admin).status,
                 404);
        QCOMPARE(m_http->post(buyerUnlock, json::object(), admin).status, 204);
        QCOMPARE(signIn(QStringLiteral("127.0.0.5"), QStringLiteral("jane.doe"), kPassword).status, 200);
    }

    void lockedAccountGetsNoRefresh()
    {
        const Http::Response first = signIn(QStringLiteral("127.0.0.6"), QStringLiteral("supervisor01"), kPassword);
        QCOMPARE(first.status, 200);
        const QString refresh = QString::fromStdString(first.json()["refresh_token"].get<std::string>());
        lockFrom(QStringLiteral("127.0.0.6"), QStringLiteral("supervisor01"));
        const Http::Response r =
            requestFrom(QStringLiteral("127.0.0.6"), m_server.url(), "POST", QStringLiteral("/oauth/token"),
                        form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("client_id"), kClient},
                              {QStringLiteral("refresh_token"), refresh}}),
                        "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Auth.LockedOut"));
    }

    void forwardedForIsIgnoredUnlessFromATrustedProxy()
    {
        // Not trusted: X-Forwarded-For is the client's own word, so changing it changes nothing.
        lockFrom(QStringLiteral("127.0.0.7"), QStringLiteral("agent02"), {}, {{"X-Forwarded-For", "10.1.1.1"}});
        QCOMPARE(
            signIn(QStringLiteral("127.0.0.7"), QStringLiteral("agent02"), kPassword, {{"X-Forwarded-For", "10.2.2.2"}})
                .errorCode(),
            QStringLiteral("Auth.LockedOut"));

        // Behind a trusted proxy the address it appended is the client.
        TestServer proxied;
        TestServer::Options o;
        o.extraArguments = {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.8")};
        QVERIFY2(proxied.start(o), qPrintable(proxied.errorString()));
        lockFrom(QStringLiteral("127.0.0.8"), QStringLiteral("agent02"), proxied.url(),
                 {{"X-Forwarded-For", "203.0.113.9, 10.1.1.1"}});
        QCOMPARE(signIn(QStringLiteral("127.0.0.8"), QStringLiteral("agent02"), kPassword,
                        {{"X-Forwarded-For", "10.1.1.1"}}, proxied.url())
                     .errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        QCOMPARE(signIn(QStringLiteral("127.0.0.8"), QStringLiteral("agent02"), kPassword,
                        {{"X-Forwarded-For", "10.1.1.1, 10.2.2.2"}}, proxied.url())
                     .status,
                 200);
    }

    // Unknown and known usernames cost the same: medians of 50 tries each within 20 %.
    void unknownAndKnownUsernamesTakeTheSameTime()
    {
        std::vector<qint64> known, unknown;
        auto attempt = [this](const QString &source, const QString &user, std::vector<qint64> &into) {
            QElapsedTimer t;
            t.start();
            const Http::Response r = signIn(source, user, kWrong);
            into.push_back(t.nsecsElapsed() / 1000);
            return r;
        };
        // Warm-up (first connections, first hash).
        attempt(QStringLiteral("127.0.9.1"), QStringLiteral("agent01"), known);
        attempt(QStringLiteral("127.0.9.2"), QStringLiteral("nobody.at.all"), unknown);
        known.clear();
        unknown.clear();
        constexpr int kTries = 50;
        for (int i = 0; i < kTries; ++i) {
            // Under the lockout threshold per address, interleaved so load on the machine hits both alike.
            const QString n = QString::number(i / (LoginThrottle::kFreeFailures - 1) + 1);
            const Http::Response a = attempt(QStringLiteral("127.0.10.") + n, QStringLiteral("agent01"), known);
            const Http::Response b = attempt(QStringLiteral("127.0.11.") + n, QStringLiteral("nobody.at.all"), unknown);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.errorCode(), QStringLiteral("Auth.InvalidUsernameOrPassword"));
            QCOMPARE(b.errorCode(), a.errorCode());
            QVERIFY(b.json()["error_description"] == a.json()["error_description"]);
        }
        const double mk = median(known), mu = median(unknown);
        qInfo("median sign-in: known %.1f ms, unknown %.1f ms", mk / 1000, mu / 1000);
        QVERIFY2(std::abs(mk - mu) <= 0.2 * std::max(mk, mu),
                 qPrintable(QStringLiteral("known %1 µs, unknown %2 µs").arg(mk).arg(mu)));
    }
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
