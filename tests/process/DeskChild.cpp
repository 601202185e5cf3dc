#include "DeskChild.h"

#include "DeskDriver.h"
#include "core/platform/DemoServer.h"
#include "core/platform/ProcessGuard.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionManager.h"
#include "desk/DeskController.h"

#include <QApplication>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace onbehalf::test {

namespace {

void report(const QString &key, const QString &value = {})
{
    std::printf("%s%s%s\n", qPrintable(key), value.isEmpty() ? "" : " ", qPrintable(value));
    std::fflush(stdout);
}

int runDesk(int argc, char *argv[], const QString &mode)
{
    QApplication app(argc, argv);
    // As the real app names itself: its settings, journal and demo data under XDG_*_HOME.
    QCoreApplication::setOrganizationName(QStringLiteral("Onbehalf"));
    QCoreApplication::setApplicationName(QStringLiteral("Onbehalf"));
    DeskController desk;
    QObject::connect(&desk, &DeskController::quitRequested, &app, &QApplication::quit);
    desk.endSessionOnTermination();
    DeskController::Options options;
    options.demo = true;
    desk.start(options);
    QTimer::singleShot(0, &desk, [&desk, mode] {
        DeskDriver driver(desk);
        QString error = driver.signInToDemo(QStringLiteral("agent01"), mode == QLatin1String("signin"));
        if (error.isEmpty() && mode == QLatin1String("session"))
            error = driver.startSession(QStringLiteral("jane doe"), QStringLiteral("Process test: caller on hold"));
        if (!error.isEmpty()) {
            report(QStringLiteral("error"), error);
            QCoreApplication::exit(3);
            return;
        }
        if (mode == QLatin1String("signin")) {
            // The keychain write is asynchronous: "ready" only once the next start can find it.
            const QString key =
                TokenStore::key(QStringLiteral("demo"), QStringLiteral("agent01"), TokenStore::Purpose::RefreshToken);
            TokenStore keychain; // a fresh one: the desk's answers from its memory first
            bool stored = false;
            for (int attempt = 0; attempt < 100 && !stored; ++attempt) {
                auto answer = std::make_shared<int>(-1); // -1 pending, 0 missing, 1 found
                keychain.read(key, &desk, [answer](bool found, const QString &) { *answer = found ? 1 : 0; });
                (void)QTest::qWaitFor([answer] { return *answer >= 0; }, 10000);
                stored = *answer == 1;
                if (!stored)
                    QTest::qWait(100);
            }
            if (!stored) {
                report(QStringLiteral("error"), QStringLiteral("the refresh token never reached the keychain"));
                QCoreApplication::exit(3);
                return;
            }
        }
        report(QStringLiteral("server-pid"), QString::number(desk.demoServer()->processId()));
        if (desk.sessions()->isActive())
            report(QStringLiteral("session"), desk.sessions()->session().ID);
        report(QStringLiteral("ready"));
    });
    return app.exec();
}

int runGuard(int argc, char *argv[], const QStringList &command)
{
    QCoreApplication app(argc, argv);
    QProcess child;
    ProcessGuard::bindToThisProcess(child);
    child.setProgram(command.first());
    child.setArguments(command.mid(1));
    child.start();
    if (!child.waitForStarted(10000)) {
        report(QStringLiteral("error"), child.errorString());
        return 3;
    }
    report(QStringLiteral("child-pid"), QString::number(child.processId()));
    return app.exec();
}

} // namespace

int runChildMode(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--desk-child") == 0)
        return runDesk(argc, argv, QString::fromLocal8Bit(argv[2]));
    if (argc >= 3 && qstrcmp(argv[1], "--guard-child") == 0) {
        QStringList command;
        for (int i = 2; i < argc; ++i)
            command.append(QString::fromLocal8Bit(argv[i]));
        return runGuard(argc, argv, command);
    }
    return -1;
}

} // namespace onbehalf::test
