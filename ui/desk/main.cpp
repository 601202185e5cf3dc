#include "core/platform/ScreenPopRequest.h"
#include "core/platform/Settings.h"
#include "core/platform/SingleInstance.h"
#include "desk/DeskController.h"
#include "desk/ScreenPopEvents.h"
#include "desk/Translations.h"
#include "search/BuyerUserSearchModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <optional>

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
    QCommandLineOption find{
        QStringLiteral("find"),
        QCoreApplication::translate(
            "main", "Bring the desk to the front searching for a phone number, e-mail, username or user ID."),
        QStringLiteral("text")};

    void configure(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Service desk for acting on behalf of B2B buyers in an OrderCloud marketplace."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({marketplace, clientId, demo, find});
        parser.addPositionalArgument(
            QStringLiteral("link"),
            QCoreApplication::translate("main", "An onbehalf: link, e.g. onbehalf:find?phone=%2B12065550184."),
            QStringLiteral("[link]"));
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

// Tests of the literal binary: once a screen-pop's search has answered (the buyers loaded, so not
// the "no buyers yet" of a first start), what the window shows, on one line of stdout.
void reportScreenPop(onbehalf::DeskController &desk)
{
    using Model = onbehalf::BuyerUserSearchModel;
    onbehalf::MainWindow *window = desk.mainWindow();
    Model *model = window->searchModel();
    auto answered = [model] { return model->state() != Model::State::Searching && !model->buyers().empty(); };
    auto report = [window, model] {
        const onbehalf::wire::User *first = model->userAt(0);
        std::printf("screen-pop search=%s active=%d rows=%d first=%s\n",
                    QUrl::toPercentEncoding(model->search()).constData(), int(window->isActiveWindow()),
                    model->rowCount(), first ? qPrintable(first->Username) : "-");
        std::fflush(stdout);
    };
    if (answered()) {
        report();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(model, &Model::stateChanged, window, [answered, report, connection] {
        if (answered()) {
            QObject::disconnect(*connection);
            report();
        }
    });
}

// What --find or an onbehalf: link asks for; false (after saying why on stderr) when it is unusable.
bool screenPopRequest(const QCommandLineParser &parser, const CommandLine &cli,
                      std::optional<onbehalf::ScreenPopRequest> &request)
{
    const QStringList links = parser.positionalArguments();
    if (!parser.isSet(cli.find) && links.isEmpty())
        return true;
    QString error = QCoreApplication::translate("main", "Give either --find or one onbehalf: link.");
    if (parser.isSet(cli.find) + links.size() == 1)
        request = onbehalf::ScreenPopRequest::fromArgument(
            parser.isSet(cli.find) ? parser.value(cli.find) : links.first(), &error);
    if (!request)
        std::fprintf(stderr, "onbehalf: %s\n", qPrintable(error));
    return request.has_value();
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

    // One desk per user: a second start hands its search (or just "to the front") to the first.
    std::optional<onbehalf::ScreenPopRequest> pop;
    if (!screenPopRequest(parser, cli, pop))
        return 2;
    onbehalf::SingleInstance instance(onbehalf::Settings().fileName());
    if (instance.claim(pop) == onbehalf::SingleInstance::Role::Forwarded)
        return 0;

    onbehalf::DeskController desk;
    QObject::connect(&desk, &onbehalf::DeskController::quitRequested, &app, &QApplication::quit);
    // Terminated or logged out: an open session is ended (and recorded) before the process goes.
    desk.endSessionOnTermination();
    desk.endSessionOnScreenLock();
    QObject::connect(&instance, &onbehalf::SingleInstance::activationRequested, &desk,
                     &onbehalf::DeskController::screenPop);
    const onbehalf::ScreenPopEvents links; // macOS: links to the running app
    QObject::connect(&links, &onbehalf::ScreenPopEvents::requested, &desk, &onbehalf::DeskController::screenPop);
    if (pop)
        desk.screenPop(pop);
    if (qEnvironmentVariableIsSet("ONBEHALF_SCREENPOP_PROBE")) // tests: what the screen-pop showed
        QObject::connect(&desk, &onbehalf::DeskController::screenPopShown, &app, [&desk] { reportScreenPop(desk); });

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
