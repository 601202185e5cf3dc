#include "ParentWatch.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <thread>
#include <windows.h>
#endif

namespace onbehalf::server {

void quitWhenStdinCloses(QCoreApplication &app)
{
#ifdef Q_OS_UNIX
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
            return; // the parent may write; only the end of the stream counts
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
#elif defined(Q_OS_WIN)
    Q_UNUSED(app);
    // Detached: it blocks in ReadFile for the life of the process and touches nothing but the
    // handle; the queued call runs on the main thread.
    std::thread([] {
        const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
        if (in == nullptr || in == INVALID_HANDLE_VALUE)
            return;
        char buffer[256];
        DWORD read = 0;
        while (::ReadFile(in, buffer, sizeof buffer, &read, nullptr) && read > 0) {
        }
        if (QCoreApplication *instance = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                instance, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    }).detach();
#else
    Q_UNUSED(app);
#endif
}

} // namespace onbehalf::server
