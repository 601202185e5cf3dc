#include "core/platform/ProcessGuard.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#ifdef Q_OS_WIN
#include <QObject>
#include <windows.h>
#endif

namespace onbehalf {

#ifdef Q_OS_WIN
namespace {

// One job for all guarded children; its handle is never closed, so the kernel closes it when
// this process ends, which kills the children (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE).
HANDLE guardJob()
{
    static const HANDLE job = [] {
        HANDLE h = ::CreateJobObjectW(nullptr, nullptr);
        if (!h)
            return HANDLE(nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (!::SetInformationJobObject(h, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
            ::CloseHandle(h);
            return HANDLE(nullptr);
        }
        return h;
    }();
    return job;
}

} // namespace
#endif

void ProcessGuard::bindToThisProcess(QProcess &child)
{
#if defined(Q_OS_UNIX)
    [[maybe_unused]] const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    child.setChildProcessModifier([parent] {
        // A process group of its own: Ctrl+C or a hang-up from our terminal reaches only us, and
        // we still have the child while we end our work (e.g. an open session), then stop it.
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // we died before prctl took effect
            ::_exit(1);
#endif
    });
#elif defined(Q_OS_WIN)
    // Assigned as soon as it runs; the server starts no processes of its own, so nothing escapes.
    QObject::connect(&child, &QProcess::started, &child, [&child] {
        const HANDLE job = guardJob();
        if (!job)
            return;
        const HANDLE process =
            ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, static_cast<DWORD>(child.processId()));
        if (!process)
            return;
        ::AssignProcessToJobObject(job, process);
        ::CloseHandle(process);
    });
#else
    Q_UNUSED(child);
#endif
}

} // namespace onbehalf
