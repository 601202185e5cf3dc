// Orders placed as a buyer through an impersonation session (create + 3 line items + submit),
// and the session list supervisors read, over 50,000 seeded sessions. Real server, loopback.
// Fails when the session list's p95 exceeds 100 ms.

#include "BenchSupport.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace onbehalf::test;
using nlohmann::json;

using onbehalf::bench::ms;
using onbehalf::bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kOrders = 200;
    constexpr int kListRequests = 320;
    constexpr double kThresholdMs = 100;

    TestServer server;
    TestServer::Options o;
    o.extraArguments = {QStringLiteral("--seed-sessions"), QStringLiteral("50000")};
    QElapsedTimer startup;
    startup.start();
    if (!server.start(o)) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    std::printf("bench_orders_sessions: SQLite, demo + 50,000 sessions; start with seeding %.1f s\n",
                double(startup.elapsed()) / 1000);
    Http http(server.url());
    const QByteArray agent = http.login(QStringLiteral("agent01"));
    const Http::Response started = http.post(QStringLiteral("/v1/impersonationsessions"),
                                             {{"BuyerID", "NORTHWIND"},
                                              {"UserID", "NW-0001"},
                                              {"ClientID", Http::kDemoClientId},
                                              {"Reason", "Benchmark: phone order"}},
                                             agent);
    if (started.status != 201)
        return 2;
    const QByteArray buyer =
        QByteArray::fromStdString(started.json()["AccessToken"]["access_token"].get<std::string>());

    // (a) Whole orders as the buyer.
    std::vector<double> perOrder;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < kOrders; ++i) {
        QElapsedTimer t;
        t.start();
        const Http::Response created = http.post(QStringLiteral("/v1/orders/Outgoing"), json::object(), buyer);
        if (created.status != 201)
            return 1;
        const QString path =
            QStringLiteral("/v1/orders/Outgoing/") + QString::fromStdString(created.json()["ID"].get<std::string>());
        for (const auto &[product, qty] :
             {std::pair{"GLV-NIT-M", 12}, std::pair{"SAN-GEL-500", 3}, std::pair{"GAU-10", 2}}) {
            if (http.post(path + QStringLiteral("/lineitems"), {{"ProductID", product}, {"Quantity", qty}}, buyer)
                    .status != 201)
                return 1;
        }
        const Http::Response submitted = http.post(path + QStringLiteral("/submit"), json::object(), buyer);
        if (submitted.status != 201 || submitted.json()["Total"].dump() != "162.65") {
            std::fprintf(stderr, "submit: %d %s\n", submitted.status, submitted.body.constData());
            return 1;
        }
        perOrder.push_back(ms(t));
    }
    const double seconds = double(all.elapsed()) / 1000;
    std::printf("\n%-44s %8s %8s %8s\n", "orders (create + 3 lines + submit)", "p50 ms", "p95 ms", "orders/s");
    std::printf("%-44s %8.1f %8.1f %8.1f\n", "sequential, 200 orders, total 162.65 each", percentile(perOrder, 0.5),
                percentile(perOrder, 0.95), kOrders / seconds);

    // (b) The supervisors' list over 50,000 sessions.
    const QByteArray supervisor = http.login(QStringLiteral("supervisor01"));
    const QString monthAgo = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const std::vector<std::pair<const char *, QString>> queries{
        {"no filter", QString()},
        {"AgentUsername=agent02", QStringLiteral("AgentUsername=agent02")},
        {"Status=Ended, last 30 days", QStringLiteral("Status=Ended&DateStarted=>") + monthAgo},
        {"BuyerID=CONTOSO", QStringLiteral("BuyerID=CONTOSO")},
        {"search=locked", QStringLiteral("search=locked")},
        {"search=CASE-10", QStringLiteral("search=CASE-10")},
        {"sortBy=Username", QStringLiteral("sortBy=Username")},
        {"page=200", QStringLiteral("page=200")},
    };
    std::map<std::string, std::vector<double>> byKind;
    std::vector<double> overall;
    std::vector<std::string> ids;
    for (int i = 0; i < kListRequests; ++i) {
        const auto &[name, query] = queries[size_t(i) % queries.size()];
        QElapsedTimer t;
        t.start();
        const Http::Response r = http.get(QStringLiteral("/v1/impersonationsessions?pageSize=50&") + query, supervisor);
        const double elapsed = ms(t);
        if (r.status != 200)
            return 1;
        byKind[name].push_back(elapsed);
        overall.push_back(elapsed);
        if (ids.size() < 100) {
            const json page = r.json();
            for (const auto &s : page["Items"])
                ids.push_back(s["ID"].get<std::string>());
        }
    }
    std::printf("\n%-44s %8s %8s %8s %8s\n", "GET /v1/impersonationsessions (pageSize 50)", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
    for (const auto &[name, query] : queries) {
        const auto &v = byKind[name];
        std::printf("%-44s %8.1f %8.1f %8.1f %8.1f\n", name, percentile(v, 0.5), percentile(v, 0.95),
                    percentile(v, 0.99), *std::max_element(v.begin(), v.end()));
    }
    std::printf("%-44s %8.1f %8.1f %8.1f %8.1f\n", "overall", percentile(overall, 0.5), percentile(overall, 0.95),
                percentile(overall, 0.99), *std::max_element(overall.begin(), overall.end()));
    std::vector<double> single;
    for (size_t i = 0; i < std::min<size_t>(100, ids.size()); ++i) {
        QElapsedTimer t;
        t.start();
        if (http.get(QStringLiteral("/v1/impersonationsessions/") + QString::fromStdString(ids[i]), supervisor)
                .status != 200)
            return 1;
        single.push_back(ms(t));
    }
    std::printf("%-44s %8.1f %8.1f\n", "GET /v1/impersonationsessions/{id}", percentile(single, 0.5),
                percentile(single, 0.95));
    const bool pass = percentile(overall, 0.95) <= kThresholdMs;
    std::printf("\n%s: session list p95 %.1f ms (threshold %.0f ms)\n", pass ? "PASS" : "FAIL",
                percentile(overall, 0.95), kThresholdMs);
    return pass ? 0 : 1;
}
