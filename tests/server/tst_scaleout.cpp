#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const QString kClient = QString::fromLatin1(Http::kDemoClientId);
const QString kPassword = QString::fromLatin1(Http::kDemoPassword);

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

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool run(const QString &program, const QStringList &args, QByteArray *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (errors)
        *errors = p.readAllStandardError();
    return ok;
}

// nginx from the system, unprivileged, with packaging/nginx/onbehalf.conf in front of two upstreams.
class Nginx
{
public:
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    static QString program()
    {
        for (const QString &p : {QStringLiteral("/usr/sbin/nginx"), QStringLiteral("/usr/bin/nginx")}) {
            if (QFile::exists(p))
                return p;
        }
        return {};
    }

    bool start(const QList<QUrl> &upstreams)
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString dir = m_dir.path();
        // A certificate for 127.0.0.1, made here.
        QByteArray errors;
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                  dir + QStringLiteral("/tls.key"), QStringLiteral("-out"), dir + QStringLiteral("/tls.crt")},
                 &errors))
            return fail(QStringLiteral("openssl: ") + QString::fromUtf8(errors));

        QFile shipped(QStringLiteral(ONBEHALF_SOURCE_DIR "/packaging/nginx/onbehalf.conf"));
        if (!shipped.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read packaging/nginx/onbehalf.conf"));
        QString conf = QString::fromUtf8(shipped.readAll());
        m_port = freePort();
        // The shipped file, with this test's ports and paths: each must be there to be replaced.
        const QList<QPair<QString, QString>> substitutions{
            {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port)},
            {QStringLiteral("server 127.0.0.1:8091 "),
             QStringLiteral("server 127.0.0.1:%1 ").arg(upstreams.value(0).port())},
            {QStringLiteral("server 127.0.0.1:8092 "),
             QStringLiteral("server 127.0.0.1:%1 ").arg(upstreams.value(1).port())},
            {QStringLiteral("/etc/ssl/onbehalf/onbehalf.crt"), dir + QStringLiteral("/tls.crt")},
            {QStringLiteral("/etc/ssl/onbehalf/onbehalf.key"), dir + QStringLiteral("/tls.key")},
        };
        for (const auto &[from, to] : substitutions) {
            if (!conf.contains(from))
                return fail(QStringLiteral("onbehalf.conf no longer contains \"%1\"").arg(from));
            conf.replace(from, to);
        }
        const QString main = QStringLiteral("worker_processes 1;\npid %1/nginx.pid;\nerror_log stderr warn;\n"
                                            "events { worker_connections 256; }\n"
                                            "http {\n  access_log off;\n"
                                            "  client_body_temp_path %1/body;\n  proxy_temp_path %1/proxy;\n"
                                            "  fastcgi_temp_path %1/fastcgi;\n  uwsgi_temp_path %1/uwsgi;\n"
                                            "  scgi_temp_path %1/scgi;\n  include %1/onbehalf.conf;\n}\n")
                                 .arg(dir);
        if (!write(dir + QStringLiteral("/onbehalf.conf"), conf.toUtf8()) ||
            !write(dir + QStringLiteral("/nginx.conf"), main.toUtf8()))
            return fail(QStringLiteral("cannot write the nginx configuration"));

        QString program = Nginx::program();
        QStringList args{QStringLiteral("-e"), QStringLiteral("stderr"),
                         QStringLiteral("-p"), dir,
                         QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                         QStringLiteral("-g"), QStringLiteral("daemon off;")};
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            // Never as root: as nobody, who must then be able to read the (throw-away) files.
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                           QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
            for (const char *f : {"tls.crt", "tls.key", "nginx.conf", "onbehalf.conf"})
                QFile::setPermissions(dir + QLatin1Char('/') + QLatin1String(f),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
            args.prepend(program);
            args = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                               QStringLiteral("--clear-groups")} +
                   args;
            program = QStringLiteral("setpriv");
        }
#endif
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("cannot start nginx: ") + m_process.errorString());
        // Up once the TLS port answers.
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        return fail(QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_process.readAll()));
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    }
    QByteArray certificate() const
    {
        QFile f(m_dir.filePath(QStringLiteral("tls.crt")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString errorString() const
    {
        return m_error;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace

// Two instances on one database agree at once — directly and through nginx — on tokens,
// revocations, sessions, lockouts and refresh-token reuse.
class TestScaleOut : public QObject
{
    Q_OBJECT

private:
    TestServer m_a, m_b;
    std::unique_ptr<Http> m_httpA, m_httpB;

    static TestServer::Options second(const TestServer &first)
    {
        TestServer::Options o;
        o.attachTo = first.databaseUrl();
        o.signingKeyFile = first.signingKeyFile();
        o.extraArguments = {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")};
        return o;
    }

    Http::Response signInFrom(const QString &source, const QUrl &base, const QString &user, const QString &password,
                              const QByteArray &ca = {})
    {
        return requestFrom(source, base, "POST", QStringLiteral("/oauth/token"), passwordForm(user, password),
                           "application/x-www-form-urlencoded", {}, ca);
    }

private slots:
    void initTestCase()
    {
        TestServer::Options o;
        o.extraArguments = {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")};
        QVERIFY2(m_a.start(o), qPrintable(m_a.errorString()));
        QVERIFY2(m_b.start(second(m_a)), qPrintable(m_b.errorString()));
        QVERIFY(m_a.url() != m_b.url());
        m_httpA = std::make_unique<Http>(m_a.url());
        m_httpB = std::make_unique<Http>(m_b.url());
    }

    void aTokenFromAWorksOnB()
    {
        const QByteArray token = m_httpA->login(QStringLiteral("agent01"));
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), token).status, 200);
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), m_httpB->login(QStringLiteral("agent02"))).status, 200);
    }

    void signOutOnBIsRefusedOnAAtOnce()
    {
        const QByteArray token = m_httpA->login(QStringLiteral("agent03"));
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), token).status, 200); // A has seen (and cached) it
        QCOMPARE(m_httpB->del(QStringLiteral("/v1/me/tokens"), token).status, 204);
        QElapsedTimer t;
        t.start();
        int status = 0;
        while ((status = m_httpA->get(QStringLiteral("/v1/me"), token).status) == 200 && t.elapsed() < 1000)
            QTest::qWait(20);
        QCOMPARE(status, 401);
        QVERIFY(t.elapsed() < 1000);
    }

    void aSessionEndedOnAIsEndedOnB()
    {
        const QByteArray agent = m_httpB->login(QStringLiteral("agent01"));
        const Http::Response started = m_httpB->post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "NORTHWIND"}, {"UserID", "NW-0003"}, {"ClientID", Http::kDemoClientId}, {"Reason", "Call"}},
            agent);
        QCOMPARE(started.status, 201);
        const QString id = str(started.json()["Session"]["ID"]);
        const QByteArray buyer = str(started.json()["AccessToken"]["access_token"]).toLatin1();
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), buyer).status, 200);
        QCOMPARE(m_httpA
                     ->post(QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/end"),
                            {{"EndCause", "AgentEnded"}}, agent)
                     .status,
                 200);
        const json onB = m_httpB->get(QStringLiteral("/v1/impersonationsessions/") + id, agent).json();
        QCOMPARE(str(onB["Status"]), QStringLiteral("Ended"));
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), buyer).status, 401);
        // Ending it on B as well is "already ended", not a second end.
        QCOMPARE(m_httpB
                     ->post(QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/end"),
                            {{"EndCause", "AgentEnded"}}, agent)
                     .status,
                 409);
    }

    void lockoutsAreShared()
    {
        for (int i = 0; i < 5; ++i) {
            const Http::Response r = signInFrom(QStringLiteral("127.0.0.2"), i % 2 ? m_a.url() : m_b.url(),
                                                QStringLiteral("agent02"), QStringLiteral("Wrong#12345"));
            QCOMPARE(r.errorCode(), QStringLiteral("Auth.InvalidUsernameOrPassword"));
        }
        QCOMPARE(signInFrom(QStringLiteral("127.0.0.2"), m_a.url(), QStringLiteral("agent02"), kPassword).errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        QCOMPARE(signInFrom(QStringLiteral("127.0.0.2"), m_b.url(), QStringLiteral("agent02"), kPassword).errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        QCOMPARE(signInFrom(QStringLiteral("127.0.0.3"), m_b.url(), QStringLiteral("agent02"), kPassword).status, 200);
    }

    void aRefreshTokenReusedOnBRevokesTheFamilyOnA()
    {
        const json first = m_httpA
                               ->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                        {QStringLiteral("client_id"), kClient},
                                        {QStringLiteral("username"), QStringLiteral("supervisor01")},
                                        {QStringLiteral("password"), kPassword}})
                               .json();
        auto refresh = [](Http &http, const QString &token) {
            return http.token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("client_id"), kClient},
                               {QStringLiteral("refresh_token"), token}});
        };
        const Http::Response next = refresh(*m_httpA, str(first["refresh_token"]));
        QCOMPARE(next.status, 200);
        const QByteArray access = str(next.json()["access_token"]).toLatin1();
        QCOMPARE(refresh(*m_httpB, str(first["refresh_token"])).status, 400);
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), access).status, 401);
        QCOMPARE(refresh(*m_httpA, str(next.json()["refresh_token"])).status, 400);
    }

    void expiryIsSweptOnceWhoeverSweeps()
    {
        TestServer::Options shortLived;
        shortLived.accessTokenLifetime = 2;
        TestServer a, b;
        QVERIFY2(a.start(shortLived), qPrintable(a.errorString()));
        TestServer::Options o = second(a);
        o.accessTokenLifetime = 2;
        QVERIFY2(b.start(o), qPrintable(b.errorString()));
        Http httpA(a.url()), httpB(b.url());
        const QByteArray agent = httpA.login(QStringLiteral("agent01"));
        const Http::Response started = httpA.post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "NORTHWIND"}, {"UserID", "NW-0004"}, {"ClientID", Http::kDemoClientId}, {"Reason", "Call"}},
            agent);
        QCOMPARE(started.status, 201);
        const QString id = str(started.json()["Session"]["ID"]);
        QTest::qWait(2500);
        // Both sweep as they answer; the session ends once, as Expired, at its expiry.
        const QByteArray supervisorA = httpA.login(QStringLiteral("supervisor01"));
        const QByteArray supervisorB = httpB.login(QStringLiteral("supervisor01"));
        const json onA = httpA.get(QStringLiteral("/v1/impersonationsessions/") + id, supervisorA).json();
        const json onB = httpB.get(QStringLiteral("/v1/impersonationsessions/") + id, supervisorB).json();
        QCOMPARE(str(onA["EndCause"]), QStringLiteral("Expired"));
        QVERIFY(onA == onB);
        QCOMPARE(str(onA["DateEnded"]), str(started.json()["Session"]["TokenExpires"]));
    }

    void aKeyRotatedWhileRunningVerifiesEverywhere()
    {
        TestServer a, b;
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        QVERIFY2(b.start(second(a)), qPrintable(b.errorString()));
        QByteArray errors;
        QVERIFY2(run(TestServer::serverBinary(),
                     {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--database"), a.databaseUrl(),
                      QStringLiteral("--signing-key"), a.signingKeyFile()},
                     &errors),
                 errors.constData());
        // A restarts with the new key; B, still on the old one, verifies A's new tokens at once.
        QVERIFY2(a.restart({}), qPrintable(a.errorString()));
        const QByteArray fresh = Http(a.url()).login(QStringLiteral("agent01"));
        QCOMPARE(Http(b.url()).get(QStringLiteral("/v1/me"), fresh).status, 200);
        QCOMPARE(Http(a.url()).get(QStringLiteral("/v1/me"), Http(b.url()).login(QStringLiteral("agent01"))).status,
                 200);
    }

    void throughNginx()
    {
        if (Nginx::program().isEmpty())
            QFAIL("nginx is not installed (scripts/deps.sh installs it)");
        Nginx nginx;
        QVERIFY2(nginx.start({m_a.url(), m_b.url()}), qPrintable(nginx.errorString()));
        const QByteArray ca = nginx.certificate();
        const QUrl front = nginx.url();

        // Sign-in and calls over TLS, served by both instances alike.
        const Http::Response signedIn =
            signInFrom(QStringLiteral("127.0.0.4"), front, QStringLiteral("agent01"), kPassword, ca);
        QCOMPARE(signedIn.status, 200);
        const QByteArray token = str(signedIn.json()["access_token"]).toLatin1();
        auto me = [&](const QByteArray &t) {
            return requestFrom(QStringLiteral("127.0.0.4"), front, "GET", QStringLiteral("/v1/me"), {}, {},
                               {{"Authorization", "Bearer " + t}}, ca);
        };
        for (int i = 0; i < 4; ++i)
            QCOMPARE(me(token).status, 200);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), token).status, 200);
        // Sign-out through nginx: refused by both instances.
        QCOMPARE(requestFrom(QStringLiteral("127.0.0.4"), front, "DELETE", QStringLiteral("/v1/me/tokens"), {}, {},
                             {{"Authorization", "Bearer " + token}}, ca)
                     .status,
                 204);
        QCOMPARE(me(token).status, 401);
        QCOMPARE(m_httpA->get(QStringLiteral("/v1/me"), token).status, 401);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), token).status, 401);

        // Lockouts count the agent's address as nginx saw it (the instances trust 127.0.0.1 only).
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signInFrom(QStringLiteral("127.0.0.5"), front, QStringLiteral("agent03"),
                                QStringLiteral("Wrong#12345"), ca)
                         .errorCode(),
                     QStringLiteral("Auth.InvalidUsernameOrPassword"));
        QCOMPARE(signInFrom(QStringLiteral("127.0.0.5"), front, QStringLiteral("agent03"), kPassword, ca).errorCode(),
                 QStringLiteral("Auth.LockedOut"));
        QCOMPARE(signInFrom(QStringLiteral("127.0.0.6"), front, QStringLiteral("agent03"), kPassword, ca).status, 200);

        // Request limits: an oversized body never reaches the servers; a sign-in storm is cut.
        const Http::Response big =
            requestFrom(QStringLiteral("127.0.0.7"), front, "POST", QStringLiteral("/v1/me/addresses"),
                        QByteArray(2 * 1024 * 1024, 'x'), "application/json", {}, ca);
        QCOMPARE(big.status, 413);
        int limited = 0;
        for (int i = 0; i < 30 && limited == 0; ++i) {
            if (requestFrom(QStringLiteral("127.0.0.8"), front, "POST", QStringLiteral("/oauth/token"), "x=1",
                            "application/x-www-form-urlencoded", {}, ca)
                    .status == 429)
                ++limited;
        }
        QVERIFY(limited > 0);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
