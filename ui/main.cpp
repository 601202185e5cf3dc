#include "DeskController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Onbehalf"));
    QApplication::setApplicationName(QStringLiteral("Onbehalf"));
    QApplication::setApplicationVersion(QStringLiteral(ONBEHALF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.onbehalf.Onbehalf"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Service desk for acting on behalf of B2B buyers in an OrderCloud marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption marketplace(QStringLiteral("marketplace"),
                                         QApplication::translate("main", "Marketplace base URL."), QStringLiteral("url"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QApplication::translate("main", "API client ID to sign in with."),
                                      QStringLiteral("id"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Use the local demo marketplace."));
    parser.addOptions({marketplace, clientId, demo});
    parser.process(app);

    onbehalf::DeskController desk;
    QObject::connect(&desk, &onbehalf::DeskController::quitRequested, &app, &QApplication::quit);
    onbehalf::DeskController::Options options;
    options.marketplace = parser.value(marketplace);
    options.clientId = parser.value(clientId);
    options.demo = parser.isSet(demo);
    desk.start(options);
    return app.exec();
}
