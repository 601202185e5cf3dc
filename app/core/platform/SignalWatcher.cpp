#include "core/platform/SignalWatcher.h"

#include <QMetaObject>
#include <atomic>
#include <cerrno>
#include <iterator>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace onbehalf {

namespace {

std::atomic<SignalWatcher *> instance = nullptr;

#ifdef Q_OS_UNIX
int selfPipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previous[std::size(kSignals)];
QSocketNotifier *notifier = nullptr;

void onSignal(int signal)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto n = ::write(selfPipe[0], &byte, 1); // async-signal-safe
    errno = savedErrno;
}
#endif

#ifdef Q_OS_WIN
// Runs on a thread of its own; the queued call hands the request to the main thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    SignalWatcher::Request request = SignalWatcher::Request::Terminate;
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        request = SignalWatcher::Request::Interrupt;
        break;
    case CTRL_CLOSE_EVENT:
        request = SignalWatcher::Request::HangUp;
        break;
    default: // CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT
        break;
    }
    SignalWatcher *watcher = instance.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        watcher, [watcher, request] { emit watcher->terminationRequested(request); }, Qt::QueuedConnection);
    if (request != SignalWatcher::Request::Interrupt) {
        // Windows ends the process when this returns: give the normal shutdown (ending an open
        // session) a bounded moment; the watcher goes away when the app has finished.
        for (int waited = 0; waited < 4000 && instance.load(); waited += 50)
            ::Sleep(50);
    }
    return TRUE;
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    SignalWatcher *expected = nullptr;
    if (!instance.compare_exchange_strong(expected, this))
        return; // one per process: the handlers are process-wide
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, selfPipe) != 0)
        return;
    for (int fd : selfPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // not inherited by the demo server
    ::fcntl(selfPipe[0], F_SETFL, ::fcntl(selfPipe[0], F_GETFL) | O_NONBLOCK);
    notifier = new QSocketNotifier(selfPipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &sa, &previous[i]);
    m_watching = true;
#elif defined(Q_OS_WIN)
    m_watching = ::SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#endif
}

SignalWatcher::~SignalWatcher()
{
    if (instance.load() != this)
        return;
#ifdef Q_OS_UNIX
    if (m_watching) {
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &previous[i], nullptr);
    }
    delete notifier;
    notifier = nullptr;
    for (int &fd : selfPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    if (m_watching)
        ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
    instance = nullptr;
}

void SignalWatcher::onReadable()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(selfPipe[1], &byte, 1) != 1)
        return;
    Request request = Request::Terminate;
    if (byte == SIGINT)
        request = Request::Interrupt;
    else if (byte == SIGHUP)
        request = Request::HangUp;
    emit terminationRequested(request);
#endif
}

} // namespace onbehalf
