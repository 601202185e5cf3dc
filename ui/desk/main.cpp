#include "core/platform/Settings.h"
#include "desk/DeskController.h"
#include "desk/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace {

struct CommandLine
{
    QCommandLineOption marketplace{QStringLiteral("marketplace"),
                                   QCoreApplication::translate("main", "Marketplace base URL."), QStringLiteral("url")};
    QCommandLineOption clientId{QStringLiteral("client-id"),
                                QCoreApplication::translate("main", "API client ID to sign in with."),
                                QStringLiteral("id")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Use the local demo marketplace.")};

    void configure(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Service desk for acting on behalf of B2B buyers in an OrderCloud marketplace."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({marketplace, clientId, demo});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Onbehalf"));
    QCoreApplication::setApplicationName(QStringLiteral("Onbehalf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONBEHALF_VERSION));
}

bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

// Resident set size in KiB (Linux /proc; 0 elsewhere).
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer timer;
    timer.start();

    // --version and --help answer without a display (installers and CI run them headless).
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        CommandLine().configure(parser);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.onbehalf.Onbehalf"));
    QCommandLineParser parser;
    const CommandLine cli;
    cli.configure(parser);
    parser.process(app);

    // The chosen language, else the system's (German and Spanish are translated).
    onbehalf::Translations::apply(onbehalf::Settings().value(onbehalf::SettingKeys::Language));

    onbehalf::DeskController desk;
    QObject::connect(&desk, &onbehalf::DeskController::quitRequested, &app, &QApplication::quit);
    // Terminated or logged out: an open session is ended (and recorded) before the process goes.
    desk.endSessionOnTermination();

    // Benchmarks measure a cold start up to the first window on screen, then quit.
    if (qEnvironmentVariableIsSet("ONBEHALF_STARTUP_PROBE")) {
        auto report = [&timer] {
            QTimer::singleShot(0, qApp, [&timer] {
                std::printf("startup-ms %lld rss-kb %ld\n", static_cast<long long>(timer.elapsed()), residentKb());
                std::fflush(stdout);
                QApplication::quit();
            });
        };
        QObject::connect(&desk, &onbehalf::DeskController::signInShown, &app, report);
        QObject::connect(&desk, &onbehalf::DeskController::mainWindowShown, &app, report);
    }

    onbehalf::DeskController::Options options;
    options.marketplace = parser.value(cli.marketplace);
    options.clientId = parser.value(cli.clientId);
    options.demo = parser.isSet(cli.demo);
    desk.start(options);
    return app.exec();
}
