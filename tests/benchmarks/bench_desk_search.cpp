// Search as the agent types, with the real main window (offscreen) against 100,000 buyer users:
// time from a keystroke to the first rows on screen (target p95 < 50 ms on loopback), and the
// desk's cold start (process start → first window) and resident memory.

#include "BuyerUserSearchModel.h"
#include "MainWindow.h"
#include "MarketplaceClient.h"
#include "Settings.h"
#include "TestServer.h"
#include "TokenStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace onbehalf;
using namespace onbehalf::test;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    constexpr double kTargetMs = 50;

    TestServer server;
    TestServer::Options o;
    o.seedUsers = 100000;
    if (!server.start(o)) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    MarketplaceClient client;
    client.setBaseUrl(server.url());
    client.setClientId(QString::fromLatin1(Http::kDemoClientId));
    bool signedIn = false;
    client.signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr,
                  [&](Result<wire::AccessToken> r) { signedIn = r.ok(); });
    if (!QTest::qWaitFor([&] { return signedIn; }, 20000))
        return 2;
    TokenStore tokens;
    tokens.setKeychainEnabled(false);
    Settings settings;
    settings.setValue(SettingKeys::ActiveOnly, false);
    MainWindow window(&client, &tokens, &settings);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.start(QStringLiteral("bench"));
    BuyerUserSearchModel *model = window.searchModel();
    (void)QTest::qWaitFor([&] { return model->rowCount() > 0; }, 20000);
    QTest::qWait(500);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));

    // What agents type: names, usernames, e-mail addresses and IDs, letter by letter.
    const QStringList words{
        QStringLiteral("jane"),   QStringLiteral("wang"),   QStringLiteral("muller"),   QStringLiteral("garcia"),
        QStringLiteral("sofia"),  QStringLiteral("nw-00"),  QStringLiteral("syn-0123"), QStringLiteral("kowal"),
        QStringLiteral("lena.f"), QStringLiteral("okafor"), QStringLiteral("chloe"),    QStringLiteral("tanaka"),
        QStringLiteral("emma"),   QStringLiteral("ivanov"), QStringLiteral("rossi"),    QStringLiteral("demir"),
        QStringLiteral("sam.r"),  QStringLiteral("haddad"), QStringLiteral("nguyen"),   QStringLiteral("costa"),
        QStringLiteral("fb-0"),   QStringLiteral("ayse"),   QStringLiteral("smith"),    QStringLiteral("lars")};
    auto run = [&](int debounceMs) {
        window.setSearchDelay(debounceMs);
        std::vector<double> samples;
        for (const QString &word : words) {
            search->clear();
            QTest::qWait(debounceMs + 100);
            for (const QChar c : word) {
                QSignalSpy shown(model, &BuyerUserSearchModel::firstRowsShown);
                QElapsedTimer t;
                t.start();
                QTest::keyClick(search, c.toLatin1());
                const bool ok = QTest::qWaitFor(
                    [&] {
                        return !shown.isEmpty() || model->state() == BuyerUserSearchModel::State::Empty ||
                               model->state() == BuyerUserSearchModel::State::Error;
                    },
                    5000);
                if (ok)
                    samples.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        return samples;
    };
    const std::vector<double> immediate = run(0);
    const std::vector<double> debounced = run(120);

    // Cold start of the real executable up to its first window, ten times.
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/onbehalf");
    std::vector<double> startMs, rssMb;
    for (int i = 0; i < 10; ++i) {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONBEHALF_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(program, {QStringLiteral("--marketplace"), server.url().toString(), QStringLiteral("--client-id"),
                          QString::fromLatin1(Http::kDemoClientId)});
        if (!p.waitForFinished(20000))
            return 1;
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() >= 4) {
            startMs.push_back(parts[1].toDouble());
            rssMb.push_back(parts[3].toDouble() / 1024.0);
        }
    }

    std::printf("bench_desk_search: 100,090 buyer users, SQLite, loopback, real MainWindow (offscreen)\n");
    std::printf("%-52s %6s %8s %8s %8s\n", "keystroke -> first rows shown", "count", "p50 ms", "p95 ms", "max ms");
    std::printf("%-52s %6zu %8.1f %8.1f %8.1f\n", "search runs at once (debounce 0)", immediate.size(),
                percentile(immediate, 0.5), percentile(immediate, 0.95),
                *std::max_element(immediate.begin(), immediate.end()));
    std::printf("%-52s %6zu %8.1f %8.1f %8.1f\n", "as shipped (120 ms debounce included)", debounced.size(),
                percentile(debounced, 0.5), percentile(debounced, 0.95),
                *std::max_element(debounced.begin(), debounced.end()));
    if (!startMs.empty())
        std::printf("cold start to sign-in window: min %.0f ms, median %.0f ms, max %.0f ms; RSS median %.1f MiB\n",
                    *std::min_element(startMs.begin(), startMs.end()), percentile(startMs, 0.5),
                    *std::max_element(startMs.begin(), startMs.end()), percentile(rssMb, 0.5));
    const bool pass = percentile(immediate, 0.95) < kTargetMs;
    std::printf("%s: p95 keystroke -> first rows (without the debounce) %s %.0f ms\n", pass ? "PASS" : "FAIL",
                pass ? "<" : ">=", kTargetMs);
    return pass ? 0 : 1;
}
