// The shared server under load (issue 15), driven by wrk and raw sockets against the real
// onbehalf-server (--seed demo --seed-users 100000, SQLite unless ONBEHALF_TEST_DATABASE says
// postgresql), on this machine's cores:
//   1. GET /v1/me with an agent token, 64 connections      (target ≥ 10,000 req/s, p99 < 20 ms)
//   2. buyer-user search at 100,000 users, 32 and 1 conn.  (≥ 2,000 req/s, p99 < 50 ms, 32/1 ≥ 1.7)
//   3. shift start: 200 password sign-ins at once while /v1/me runs on 16 connections
//                                                          (all succeed within 15 s, /v1/me p99 < 100 ms)
//   4. 2,000 idle connections + 20 slow-loris clients      (/v1/me p99 < 2× unloaded; idle ones closed)
//   5. ten 100 MB uploads                                   (every one 413, server RSS grows < 20 MB)
// Prints p50/p95/p99 and requests/s; exits non-zero when a target is missed.

#include "BenchSupport.h"
#include "RawHttp.h"
#include "TestServer.h"
#include "WrkRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace onbehalf::test;
using namespace onbehalf::bench;
using nlohmann::json;

namespace {

int failures = 0;

void report(const char *name, const WrkResult &r, const QString &target, bool held)
{
    if (!r.ok) {
        std::printf("%-52s wrk failed: %s\n", name, qPrintable(r.error));
        ++failures;
        return;
    }
    std::printf("%-52s %9.0f req/s  p50 %6.2f  p95 %6.2f  p99 %6.2f ms  errors %lld/%lld  %s: %s\n", name,
                r.perSecond(), r.p50, r.p95, r.p99, r.statusErrors, r.socketErrors, qPrintable(target),
                held ? "held" : "NOT HELD");
    std::fflush(stdout);
    if (!held)
        ++failures;
}

void check(const QString &what, bool held)
{
    std::printf("  %-100s %s\n", qPrintable(what), held ? "held" : "NOT HELD");
    std::fflush(stdout);
    if (!held)
        ++failures;
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray get(const QByteArray &path, const QByteArray &token)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
}

// Search paths as agents type them: 1–6 letter prefixes of real names in the data.
QStringList searchPaths(Http &http, const QByteArray &token)
{
    QStringList paths;
    QRandomGenerator rng(20261126);
    for (const char *buyer : {"NORTHWIND", "CONTOSO"}) {
        const json first =
            http.get(QStringLiteral("/v1/buyers/%1/users?pageSize=100").arg(QLatin1String(buyer)), token).json();
        const int pages = std::max(1, first["Meta"].value("TotalPages", 1));
        for (int i = 0; i < 8; ++i) {
            const json page = http.get(QStringLiteral("/v1/buyers/%1/users?pageSize=100&page=%2")
                                           .arg(QLatin1String(buyer))
                                           .arg(1 + int(rng.bounded(pages))),
                                       token)
                                  .json();
            for (const json &u : page["Items"]) {
                if (rng.bounded(10) != 0)
                    continue;
                const QString word =
                    QString::fromStdString(u.value(rng.bounded(2) ? "LastName" : "FirstName", std::string("a")));
                for (int n = 1; n <= std::min<int>(6, int(word.size())); ++n)
                    paths << QStringLiteral("/v1/buyers/%1/users?search=%2&pageSize=20")
                                 .arg(QLatin1String(buyer), QString::fromLatin1(QUrl::toPercentEncoding(word.left(n))));
            }
        }
    }
    return paths;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!WrkRun::available()) {
        std::fprintf(stderr, "wrk is not installed (scripts/bench.sh installs it)\n");
        return 2;
    }
    const int seconds =
        qEnvironmentVariableIntValue("OB_BENCH_SECONDS") > 0 ? qEnvironmentVariableIntValue("OB_BENCH_SECONDS") : 10;
    TestServer server;
    TestServer::Options options;
    options.seedUsers = 100000;
    options.extraArguments = {QStringLiteral("--idle-timeout"), QStringLiteral("10")};
    QElapsedTimer startup;
    startup.start();
    if (!server.start(options)) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    std::printf("onbehalf-server on %s, %d cores, database %s, started with 100,000 users in %.1f s\n\n",
                qPrintable(server.url().toString()), QThread::idealThreadCount(),
                server.isPostgres() ? "PostgreSQL" : "SQLite", double(startup.elapsed()) / 1000);
    Http http(server.url());
    const QByteArray agent = http.login(QStringLiteral("agent01"));
    if (agent.isEmpty())
        return 2;
    const QStringList me{QStringLiteral("/v1/me")};

    // 1. /v1/me, 64 connections.
    {
        const WrkResult r = WrkRun(server.url(), agent, me, 64, seconds).run();
        report("GET /v1/me, 64 connections", r, QStringLiteral("≥ 10000 req/s, p99 < 20 ms"),
               r.ok && r.perSecond() >= 10000 && r.p99 < 20 && r.statusErrors == 0);
    }

    // 2. Buyer-user search at 100,000 users, 32 connections and 1.
    {
        const QStringList paths = searchPaths(http, agent);
        const WrkResult many = WrkRun(server.url(), agent, paths, 32, seconds).run();
        report("buyer-user search (100,000 users), 32 connections", many, QStringLiteral("≥ 2000 req/s, p99 < 50 ms"),
               many.ok && many.perSecond() >= 2000 && many.p99 < 50 && many.statusErrors == 0);
        const WrkResult one = WrkRun(server.url(), agent, paths, 1, seconds, 1).run();
        report("buyer-user search (100,000 users), 1 connection", one, QStringLiteral("(baseline)"), one.ok);
        const double ratio = one.perSecond() > 0 ? many.perSecond() / one.perSecond() : 0;
        std::printf("%-52s %9.2f                                             target ≥ 1.7: %s\n",
                    "  ratio 32 / 1 connections", ratio, ratio >= 1.7 ? "held" : "NOT HELD");
        if (ratio < 1.7)
            ++failures;
    }

    // 3. Shift start: 200 password sign-ins at once, /v1/me from 16 other connections meanwhile.
    {
        WrkRun background(server.url(), agent, me, 16, 15, 1);
        background.start();
        QTest::qWait(500);
        const QByteArray form = QByteArray("grant_type=password&client_id=") + Http::kDemoClientId +
                                "&username=agent02&password=Onbehalf%232026";
        std::vector<std::unique_ptr<RawHttp>> clients;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 200; ++i) {
            clients.push_back(std::make_unique<RawHttp>(server.url()));
            clients.back()->send("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                 "application/x-www-form-urlencoded\r\nContent-Length: " +
                                 QByteArray::number(form.size()) + "\r\n\r\n" + form);
        }
        int ok = 0;
        for (auto &c : clients)
            ok += c->read(30000).status == 200 ? 1 : 0;
        const double signInSeconds = double(clock.elapsed()) / 1000;
        const WrkResult r = background.wait();
        std::printf("shift start: %d of 200 sign-ins succeeded, all answered after %.1f s\n", ok, signInSeconds);
        check(QStringLiteral("200 sign-ins all succeed within 15 s"), ok == 200 && signInSeconds < 15);
        report("  GET /v1/me, 16 connections, during the sign-ins", r, QStringLiteral("p99 < 100 ms"),
               r.ok && r.p99 < 100 && r.statusErrors == 0);
    }

    // 4. 2,000 idle connections and 20 slow-loris clients.
    {
        const WrkResult unloaded = WrkRun(server.url(), agent, me, 16, 5, 1).run();
        report("GET /v1/me, 16 connections, unloaded", unloaded, QStringLiteral("(baseline)"), unloaded.ok);
        std::vector<std::unique_ptr<RawHttp>> idle;
        for (int i = 0; i < 2000; ++i) {
            idle.push_back(std::make_unique<RawHttp>(server.url()));
            idle.back()->send(get("/healthz", agent));
            idle.back()->read(10000);
        }
        QElapsedTimer idleSince;
        idleSince.start();
        std::vector<std::unique_ptr<RawHttp>> loris;
        auto trickle = [&] {
            for (auto &c : loris) {
                if (!c->connected()) { // cut off: a new one takes its place
                    c = std::make_unique<RawHttp>(server.url());
                    c->send("GET /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
                }
                c->socket().write("a");
                c->socket().flush();
            }
        };
        for (int i = 0; i < 20; ++i) {
            loris.push_back(std::make_unique<RawHttp>(server.url()));
            loris.back()->send("GET /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &app, trickle);
        drip.start(500);
        WrkRun loaded(server.url(), agent, me, 16, 5, 1);
        loaded.start();
        QElapsedTimer waitLoaded;
        waitLoaded.start();
        while (waitLoaded.elapsed() < 6000)
            QTest::qWait(100);
        const WrkResult r = loaded.wait();
        drip.stop();
        report("GET /v1/me, 16 conn., + 2,000 idle + 20 slow loris", r,
               QStringLiteral("p99 < 2 × %1 ms").arg(unloaded.p99, 0, 'f', 2),
               r.ok && unloaded.ok && r.p99 < 2 * unloaded.p99 && r.statusErrors == 0);
        // The idle ones go after the server's idle timeout (10 s here).
        int closed = 0;
        while (idleSince.elapsed() < 20000) {
            closed = 0;
            for (auto &c : idle) {
                c->socket().waitForReadyRead(0);
                closed += c->connected() ? 0 : 1;
            }
            if (closed == int(idle.size()))
                break;
            QTest::qWait(200);
        }
        std::printf("idle connections closed by the server: %d of 2000 after %.1f s (idle timeout 10 s)\n", closed,
                    double(idleSince.elapsed()) / 1000);
        check(QStringLiteral("every idle connection closed after the idle timeout"), closed == 2000);
    }

    // 5. Ten 100 MB uploads at once: each refused from its Content-Length; memory stays flat.
    {
        const qint64 pid = server.processId();
        const qint64 before = rssKiB(pid);
        qint64 peak = before;
        std::vector<std::unique_ptr<RawHttp>> uploads;
        constexpr qint64 kSize = 100LL * 1024 * 1024;
        for (int i = 0; i < 10; ++i) {
            uploads.push_back(std::make_unique<RawHttp>(server.url()));
            uploads.back()->send("POST /v1/buyers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                 "Authorization: Bearer " +
                                 agent + "\r\nContent-Length: " + QByteArray::number(kSize) + "\r\n\r\n");
        }
        const QByteArray chunk(1024 * 1024, 'x');
        std::vector<qint64> sent(10, 0);
        QElapsedTimer clock;
        clock.start();
        bool sending = true;
        while (sending && clock.elapsed() < 60000) {
            sending = false;
            for (size_t i = 0; i < uploads.size(); ++i) {
                QTcpSocket &s = uploads[i]->socket();
                if (s.state() != QAbstractSocket::ConnectedState || sent[i] >= kSize || s.bytesAvailable() > 0)
                    continue;
                sending = true;
                if (s.bytesToWrite() < 4 * chunk.size()) {
                    s.write(chunk);
                    sent[i] += chunk.size();
                }
                s.waitForBytesWritten(5);
            }
            peak = std::max(peak, rssKiB(pid));
        }
        int refused = 0;
        qint64 totalSent = 0;
        for (size_t i = 0; i < uploads.size(); ++i) {
            refused += uploads[i]->read(10000).status == 413 ? 1 : 0;
            totalSent += sent[i];
        }
        peak = std::max(peak, rssKiB(pid));
        std::printf("ten 100 MB uploads: %d answered 413; client wrote %.1f MB before being cut off; server RSS "
                    "%.1f MB before, peak %.1f MB (+%.1f MB)\n",
                    refused, double(totalSent) / 1e6, double(before) / 1024, double(peak) / 1024,
                    double(peak - before) / 1024);
        check(QStringLiteral("every upload 413, RSS grows < 20 MB"), refused == 10 && peak - before < 20 * 1024);
    }

    std::printf("\n%s\n", failures == 0 ? "all targets held" : "some targets NOT HELD");
    return failures == 0 ? 0 : 1;
}
