// Search latency of GET /v1/buyerusers?search=<prefix> (every buyer at once, as the desk asks) at
// 100,000 users, "as the agent types", and of the per-buyer GET /v1/buyers/{b}/users for comparison.
// Starts the real onbehalf-server with --seed demo --seed-users N (on PostgreSQL when
// ONBEHALF_TEST_DATABASE=postgresql), draws 1–6 character prefixes of real first names, last names,
// usernames, e-mails and IDs from the data, and reports p50/p95/p99/max latency and requests/second,
// sequentially and with 4 concurrent connections. Exits non-zero when the p95 of a sequential search
// run exceeds the threshold (20 ms unless --threshold-ms says otherwise).

#include "BenchSupport.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <numeric>
#include <vector>

using namespace onbehalf::test;
using nlohmann::json;
using onbehalf::bench::percentile;

namespace {

const QStringList kBuyers{QStringLiteral("NORTHWIND"), QStringLiteral("CONTOSO"), QStringLiteral("FABRIKAM")};

struct Query
{
    QString path;
    int prefixLength = 0;
};

struct Stats
{
    QString name;
    std::vector<double> ms;
    double wallSeconds = 0;
    int errors = 0;
    long long matches = 0; // sum of TotalCount, sequential runs only
};

QString searchPath(const QString &buyer, const QString &term, const QString &extra = {})
{
    return QStringLiteral("/v1/buyers/%1/users?search=%2&pageSize=20%3")
        .arg(buyer, QString::fromLatin1(QUrl::toPercentEncoding(term)), extra);
}

// The machine's load average (1, 5, 15 minutes): figures from a shared machine say how busy it was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

void print(const char *text)
{
    std::fputs(text, stdout);
    std::fflush(stdout);
}

void printLine(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

Stats runSequential(Http &http, const QByteArray &token, const std::vector<Query> &queries, const QString &name)
{
    Stats s;
    s.name = name;
    QElapsedTimer wall;
    wall.start();
    for (const Query &q : queries) {
        QElapsedTimer t;
        t.start();
        const Http::Response r = http.get(q.path, token);
        s.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r.status != 200) {
            if (++s.errors <= 3)
                std::fprintf(stderr, "GET %s → %d %s\n", q.path.toUtf8().constData(), r.status,
                             r.body.left(200).constData());
            continue;
        }
        const json body = r.json();
        const long long total = body.is_object() && body.contains("Meta") ? body["Meta"].value("TotalCount", 0LL) : -1;
        s.matches += std::max(0LL, total);
        // A page that is short of what TotalCount promises is an error, not a fast answer.
        const size_t items = body.is_object() && body.contains("Items") ? body["Items"].size() : 0;
        if (total < 0 || items != size_t(std::min(20LL, total))) {
            if (++s.errors <= 3)
                std::fprintf(stderr, "GET %s → %zu items for TotalCount %lld\n", q.path.toUtf8().constData(), items,
                             total);
        }
    }
    s.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    return s;
}

// `connections` requests in flight at all times over one QNetworkAccessManager (one connection each).
Stats runConcurrent(const QUrl &base, const QByteArray &token, const std::vector<Query> &queries, int connections,
                    const QString &name)
{
    Stats s;
    s.name = name;
    QNetworkAccessManager nam;
    QEventLoop loop;
    QElapsedTimer wall;
    size_t next = 0;
    int inFlight = 0;
    std::function<void()> launch;
    launch = [&] {
        while (inFlight < connections && next < queries.size()) {
            const QString &path = queries[next++].path;
            const qsizetype q = path.indexOf(QLatin1Char('?'));
            QUrl url = base;
            url.setPath(path.left(q));
            url.setQuery(path.mid(q + 1));
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer " + token);
            const qint64 started = wall.nsecsElapsed();
            QNetworkReply *reply = nam.get(req);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, started] {
                s.ms.push_back(double(wall.nsecsElapsed() - started) / 1e6);
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++s.errors;
                reply->readAll();
                reply->deleteLater();
                --inFlight;
                if (next >= queries.size() && inFlight == 0)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    wall.start();
    launch();
    QTimer::singleShot(std::chrono::minutes(10), &loop, &QEventLoop::quit);
    loop.exec();
    s.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (s.ms.size() < queries.size())
        s.errors += int(queries.size() - s.ms.size());
    return s;
}

void printHeader()
{
    printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(QStringLiteral("run"), -34)
                  .arg(QStringLiteral("count"), 6)
                  .arg(QStringLiteral("p50 ms"), 8)
                  .arg(QStringLiteral("p95 ms"), 8)
                  .arg(QStringLiteral("p99 ms"), 8)
                  .arg(QStringLiteral("max ms"), 8)
                  .arg(QStringLiteral("req/s"), 8)
                  .arg(QStringLiteral("errors"), 6));
    printLine(QString(104, QLatin1Char('-')));
}

void printRow(const Stats &s)
{
    const double rps = s.wallSeconds > 0 ? double(s.ms.size()) / s.wallSeconds : 0;
    printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(s.name, -34)
                  .arg(s.ms.size(), 6)
                  .arg(percentile(s.ms, 0.50), 8, 'f', 2)
                  .arg(percentile(s.ms, 0.95), 8, 'f', 2)
                  .arg(percentile(s.ms, 0.99), 8, 'f', 2)
                  .arg(s.ms.empty() ? 0.0 : *std::max_element(s.ms.begin(), s.ms.end()), 8, 'f', 2)
                  .arg(rps, 8, 'f', 1)
                  .arg(s.errors, 6));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search latency of onbehalf-server at 100,000 users."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Synthetic users to seed."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold-ms"),
                                             QStringLiteral("Fail when a sequential p95 exceeds this."),
                                             QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Passes over the prefix set."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({usersOption, thresholdOption, repeatOption});
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const double threshold = parser.value(thresholdOption).toDouble();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    printLine(QStringLiteral("bench_server_search: %1 synthetic users + the demo seed, threshold p95 <= %2 ms "
                             "(sequential search runs)")
                  .arg(users)
                  .arg(threshold));

    // 1. Start and seed, timed.
    TestServer server;
    TestServer::Options options;
    options.demo = true;
    options.seedUsers = users;
    QElapsedTimer startup;
    startup.start();
    if (!server.start(options)) {
        std::fprintf(stderr, "the server did not start: %s\n", server.errorString().toUtf8().constData());
        return 2;
    }
    const double startSeconds = double(startup.elapsed()) / 1000.0;
    Http http(server.url());
    const QByteArray token = http.login(QStringLiteral("agent01"));
    if (token.isEmpty()) {
        std::fprintf(stderr, "agent01 cannot sign in\n");
        return 2;
    }
    long long totalUsers = 0;
    for (const QString &b : kBuyers) {
        const Http::Response r = http.get(QStringLiteral("/v1/buyers/%1/users?pageSize=1").arg(b), token);
        totalUsers += r.json()["Meta"].value("TotalCount", 0LL);
    }
    printLine(QStringLiteral("database: %1; start with seeding: %2 s; buyer users: %3; load average: %4")
                  .arg(server.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                  .arg(startSeconds, 0, 'f', 1)
                  .arg(totalUsers)
                  .arg(loadAverage()));

    // 2. Words from the data: sample pages across each buyer's list.
    QRandomGenerator rng(20261123);
    std::vector<Query> queries;
    const std::vector<std::pair<const char *, int>> fields{
        {"FirstName", 6}, {"LastName", 6}, {"Username", 4}, {"Email", 4}, {"ID", 3}};
    auto addWord = [&](const QString &buyer, const QString &word) {
        for (int n = 1; n <= std::min<int>(6, int(word.size())); ++n)
            queries.push_back({searchPath(buyer, word.left(n)), n});
    };
    for (const QString &b : kBuyers) {
        const Http::Response first = http.get(QStringLiteral("/v1/buyers/%1/users?pageSize=100").arg(b), token);
        const int pages = std::max(1, first.json()["Meta"].value("TotalPages", 1));
        json sample = json::array();
        for (int page : {1, pages / 4, pages / 2, 3 * pages / 4, pages}) {
            const Http::Response r = http.get(
                QStringLiteral("/v1/buyers/%1/users?pageSize=100&page=%2").arg(b).arg(std::max(1, page)), token);
            const json body = r.json();
            for (const json &u : body["Items"])
                sample.push_back(u);
        }
        if (sample.empty()) {
            std::fprintf(stderr, "no users in %s\n", b.toUtf8().constData());
            return 2;
        }
        for (const auto &[field, count] : fields) {
            for (int i = 0; i < count; ++i) {
                const json &u = sample[size_t(rng.bounded(int(sample.size())))];
                addWord(b, QString::fromStdString(u.value(field, std::string())));
            }
        }
    }
    addWord(QStringLiteral("NORTHWIND"), QStringLiteral("jane")); // j, ja, jan, jane
    std::vector<Query> repeated;
    for (int i = 0; i < repeat; ++i)
        repeated.insert(repeated.end(), queries.begin(), queries.end());
    printLine(QStringLiteral("prefixes: %1 distinct requests x %2 passes").arg(queries.size()).arg(repeat));

    // Warm-up (not measured).
    for (size_t i = 0; i < std::min<size_t>(20, queries.size()); ++i) {
        http.get(queries[i].path, token);
        http.get(QStringLiteral("/v1/buyerusers") + queries[i].path.mid(queries[i].path.indexOf(QLatin1Char('?'))),
                 token);
    }

    // 3. Runs: the same words across every buyer (what the desk sends per keystroke), then per buyer.
    auto across = [](const std::vector<Query> &from, const QString &extra = {}) {
        std::vector<Query> out;
        for (const Query &q : from)
            out.push_back(
                {QString(QStringLiteral("/v1/buyerusers") + q.path.mid(q.path.indexOf(QLatin1Char('?'))) + extra),
                 q.prefixLength});
        return out;
    };
    const std::vector<Query> acrossRepeated = across(repeated);
    std::vector<Stats> results;
    results.push_back(runSequential(http, token, acrossRepeated, QStringLiteral("buyerusers search, sequential")));
    const Stats &sequential = results.back();
    std::map<int, Stats> byLength;
    for (size_t i = 0; i < acrossRepeated.size(); ++i) {
        Stats &s = byLength[acrossRepeated[i].prefixLength];
        s.name = QStringLiteral("  of which %1-character words").arg(acrossRepeated[i].prefixLength);
        s.ms.push_back(sequential.ms[i]);
    }
    for (auto &[length, s] : byLength)
        s.wallSeconds = std::accumulate(s.ms.begin(), s.ms.end(), 0.0) / 1000.0;
    const double averageMatches = double(sequential.matches) / double(std::max<size_t>(1, acrossRepeated.size()));

    results.push_back(
        runConcurrent(server.url(), token, acrossRepeated, 4, QStringLiteral("buyerusers search, 4 connections")));
    results.push_back(runSequential(http, token, across(queries, QStringLiteral("&Active=true")),
                                    QStringLiteral("buyerusers + Active=true, sequential")));
    results.push_back(runSequential(http, token, repeated, QStringLiteral("per-buyer search, one at a time")));
    // 4. Report.
    print("\n");
    printHeader();
    printRow(results[0]);
    for (const auto &[length, s] : byLength)
        printRow(s);
    for (size_t i = 1; i < results.size(); ++i)
        printRow(results[i]);
    print("\n");
    printLine(QStringLiteral("average matches per search (TotalCount): %1").arg(averageMatches, 0, 'f', 1));
    printLine(QStringLiteral("(by-length rows: req/s is 1 / mean latency)"));
    printLine(QStringLiteral("load average at the end: %1").arg(loadAverage()));

    int failures = 0;
    for (const Stats &s : results) {
        failures += s.errors;
        const bool gated = s.name.contains(QStringLiteral("sequential"));
        if (gated && percentile(s.ms, 0.95) > threshold) {
            printLine(QStringLiteral("FAIL: %1 p95 %2 ms > %3 ms")
                          .arg(s.name)
                          .arg(percentile(s.ms, 0.95), 0, 'f', 2)
                          .arg(threshold));
            ++failures;
        }
    }
    server.stop();
    printLine(failures == 0
                  ? QStringLiteral("PASS: every sequential search run has p95 <= %1 ms, no errors").arg(threshold)
                  : QStringLiteral("FAIL (%1 problems)").arg(failures));
    return failures == 0 ? 0 : 1;
}
