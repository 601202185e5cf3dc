#include "LogFile.h"
#include "MarketplaceServer.h"
#include "ParentWatch.h"
#include "auth/KeysCommand.h"
#include "storage/DataFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <csignal>
#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using onbehalf::server::HttpServer;
using onbehalf::server::LogFile;
using onbehalf::server::MarketplaceServer;

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(signalPipe[0], &byte, 1); // async-signal-safe
}

// SIGINT/SIGTERM → a byte on a socket pair → QCoreApplication::quit() in the event loop;
// SIGHUP → onHangup there (the key file and the log file are opened again).
void installSignalHandlers(QCoreApplication &app, std::function<void()> onHangup)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [onHangup = std::move(onHangup)] {
        char bytes[16];
        const auto n = ::read(signalPipe[1], bytes, sizeof bytes);
        for (ssize_t i = 0; i < n; ++i) {
            if (bytes[i] != char(SIGHUP))
                return QCoreApplication::quit();
        }
        if (n > 0)
            onHangup();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
}
#else
void onSignal(int)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
}
void installSignalHandlers(QCoreApplication &, std::function<void()>)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Whatever the server creates (database, WAL, key) is its user's alone: 0600 files, 0700 folders.
    onbehalf::server::DataFiles::restrictUmask();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onbehalf-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Onbehalf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONBEHALF_VERSION));

    if (app.arguments().value(1) == QLatin1String("keys"))
        return onbehalf::server::KeysCommand::run(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Onbehalf marketplace server: a local, OrderCloud-compatible marketplace with the "
                       "impersonation-session audit service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on (port 0 picks a free one)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8090"));
    const QString defaultDb =
        QStringLiteral("sqlite:") + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                        .filePath(QStringLiteral("market.sqlite"));
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("sqlite:/path/file.sqlite or postgresql://user:pass@host:port/db."),
        QStringLiteral("url"), defaultDb);
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Data set to load on first start: demo or none."),
                                  QStringLiteral("demo|none"), QStringLiteral("none"));
    const QCommandLineOption seedUsers(QStringLiteral("seed-users"),
                                       QStringLiteral("Add N deterministic synthetic buyer users (load testing)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption lifetime(
        QStringLiteral("access-token-lifetime"),
        QStringLiteral("Override every API client's access-token lifetime (training, tests)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption seedSessions(
        QStringLiteral("seed-sessions"),
        QStringLiteral(
            "Add N deterministic past impersonation sessions of the demo agents (load testing; needs demo)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A reverse proxy (e.g. nginx on 127.0.0.1) whose X-Forwarded-For names the client; repeatable."),
        QStringLiteral("address"));
    const QCommandLineOption signingKey(
        QStringLiteral("signing-key"),
        QStringLiteral(
            "The token signing key (PEM, mode 0600); default $CREDENTIALS_DIRECTORY/signing-key, else a "
            "file next to a SQLite database. Required on PostgreSQL. See also: onbehalf-server keys --help."),
        QStringLiteral("file"));
    const QCommandLineOption keyInDatabase(
        QStringLiteral("allow-key-in-database"),
        QStringLiteral("PostgreSQL trials only: keep the signing key in the database (anyone who reads it can mint "
                       "tokens)."));
    const QCommandLineOption keyCheck(
        QStringLiteral("key-check-interval"),
        QStringLiteral("Seconds between looks at the signing key file and the database's public keys, so a rotated "
                       "key is used without a restart (0: only on SIGHUP)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption logFile(
        QStringLiteral("log-file"),
        QStringLiteral("Write messages to FILE (mode 0600, folder 0700) instead of standard error; SIGHUP reopens "
                       "it (logrotate)."),
        QStringLiteral("file"));
    // A child of the desk (the embedded demo marketplace) must not outlive it.
    const QCommandLineOption exitWithStdin(
        QStringLiteral("exit-with-stdin"),
        QStringLiteral("Shut down cleanly when standard input closes (run as a child: ends with its parent)."));
    parser.addOption(exitWithStdin);
    // Transport: threads, connection cap, limits and timeouts (defaults in HttpServer::Options).
    const HttpServer::Options httpDefaults;
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Threads answering requests (default: one per core)."),
                                     QStringLiteral("N"), QString::number(HttpServer::defaultThreads()));
    const QCommandLineOption hashThreads(
        QStringLiteral("hash-threads"),
        QStringLiteral("Threads of their own for password sign-ins (default: one per core)."), QStringLiteral("N"),
        QString::number(HttpServer::defaultThreads()));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at most; more are answered 503 and closed."), QStringLiteral("N"),
        QString::number(httpDefaults.maxConnections));
    const QCommandLineOption headerLimit(QStringLiteral("max-header-bytes"),
                                         QStringLiteral("Largest request head (431 beyond)."), QStringLiteral("bytes"),
                                         QString::number(httpDefaults.headerLimit));
    const QCommandLineOption bodyLimit(QStringLiteral("max-body-bytes"),
                                       QStringLiteral("Largest request body (413 beyond, before reading it)."),
                                       QStringLiteral("bytes"), QString::number(httpDefaults.bodyLimit));
    const QCommandLineOption readTimeout(
        QStringLiteral("read-timeout"), QStringLiteral("Seconds a request may take to arrive whole."),
        QStringLiteral("seconds"), QString::number(double(httpDefaults.readTimeout.count()) / 1000.0));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"), QStringLiteral("Seconds a kept-alive connection may stay idle."),
        QStringLiteral("seconds"), QString::number(double(httpDefaults.idleTimeout.count()) / 1000.0));
    parser.addOptions({listen, database, seed, seedUsers, seedSessions, lifetime, trustedProxy, signingKey,
                       keyInDatabase, keyCheck, logFile, threads, hashThreads, maxConnections, headerLimit, bodyLimit,
                       readTimeout, idleTimeout});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "onbehalf-server: %s\n", qPrintable(message));
        if (LogFile::isInstalled())
            qCritical("%s", qPrintable(message));
        return 2;
    };
    // Through the message handler below: a bounded line in the log file or on standard error.
    auto warn = [](const QString &message) { qWarning("%s", qPrintable(message)); };
    // Every message one bounded, escaped line, wherever it goes.
    if (parser.isSet(logFile)) {
        QString error;
        QStringList warnings;
        if (!LogFile::install(parser.value(logFile), &error, &warnings))
            return fail(error);
        for (const QString &warning : std::as_const(warnings))
            warn(warning);
    } else {
        LogFile::installStderr();
    }

    MarketplaceServer::Options options;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenValue.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!portOk || port > 65535 || !options.address.setAddress(host))
        return fail(QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:8090"));
    options.port = quint16(port);
    options.databaseUrl = parser.value(database);
    const QString seedValue = parser.value(seed);
    if (seedValue != QLatin1String("demo") && seedValue != QLatin1String("none"))
        return fail(QStringLiteral("--seed expects demo or none"));
    options.seedDemo = seedValue == QLatin1String("demo");
    bool ok = false;
    options.seedUsers = parser.value(seedUsers).toInt(&ok);
    if (!ok || options.seedUsers < 0)
        return fail(QStringLiteral("--seed-users expects a whole number"));
    options.seedSessions = parser.value(seedSessions).toInt(&ok);
    if (!ok || options.seedSessions < 0 || (options.seedSessions > 0 && !options.seedDemo))
        return fail(QStringLiteral("--seed-sessions expects a whole number and --seed demo"));
    options.accessTokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || options.accessTokenLifetimeSeconds < 0)
        return fail(QStringLiteral("--access-token-lifetime expects seconds"));

    for (const QString &proxy : parser.values(trustedProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull())
            return fail(QStringLiteral("--trusted-proxy expects an IP address, e.g. 127.0.0.1"));
        options.trustedProxies << address;
    }
    auto positive = [&parser](const QCommandLineOption &option, qint64 max, qint64 *out) {
        bool valid = false;
        *out = parser.value(option).toLongLong(&valid);
        return valid && *out > 0 && *out <= max;
    };
    auto seconds = [&parser](const QCommandLineOption &option, std::chrono::milliseconds *out) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value <= 0 || value > 86400)
            return false;
        *out = std::chrono::milliseconds(qint64(value * 1000));
        return true;
    };
    qint64 number = 0;
    if (!positive(threads, 1024, &number))
        return fail(QStringLiteral("--threads expects a number from 1 to 1024"));
    options.http.threads = int(number);
    if (!positive(hashThreads, 1024, &number))
        return fail(QStringLiteral("--hash-threads expects a number from 1 to 1024"));
    options.http.heavyThreads = int(number);
    if (!positive(maxConnections, 1000000, &number))
        return fail(QStringLiteral("--max-connections expects a positive number"));
    options.http.maxConnections = int(number);
    if (!positive(headerLimit, 16 * 1024 * 1024, &number))
        return fail(QStringLiteral("--max-header-bytes expects a positive number up to 16 MiB"));
    options.http.headerLimit = std::size_t(number);
    if (!positive(bodyLimit, qint64(1) << 30, &number))
        return fail(QStringLiteral("--max-body-bytes expects a positive number up to 1 GiB"));
    options.http.bodyLimit = std::size_t(number);
    if (!seconds(readTimeout, &options.http.readTimeout))
        return fail(QStringLiteral("--read-timeout expects seconds"));
    if (!seconds(idleTimeout, &options.http.idleTimeout))
        return fail(QStringLiteral("--idle-timeout expects seconds"));

    options.signingKeyFile = parser.value(signingKey);
    options.allowKeyInDatabase = parser.isSet(keyInDatabase);
    if (!positive(keyCheck, 86400, &number) && parser.value(keyCheck) != QLatin1String("0"))
        return fail(QStringLiteral("--key-check-interval expects seconds (0: only on SIGHUP)"));
    options.keyCheckSeconds = parser.value(keyCheck).toInt();
    for (const QString &warning : onbehalf::server::DataFiles::secureSqlite(options.databaseUrl))
        warn(warning);

    MarketplaceServer server;
    installSignalHandlers(app, [&server] {
        QString error;
        if (!LogFile::reopen(&error))
            std::fprintf(stderr, "onbehalf-server: %s\n", qPrintable(error));
        server.reloadKeys();
    });
    if (parser.isSet(exitWithStdin))
        onbehalf::server::quitWhenStdinCloses(app);
    QString error;
    if (!server.start(options, &error))
        return fail(error);

    // The one line tools wait for.
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    if (LogFile::isInstalled())
        qInfo("listening on %s", qPrintable(server.url().toString()));
    return QCoreApplication::exec();
}
