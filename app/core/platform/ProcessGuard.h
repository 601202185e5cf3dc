#pragma once

class QProcess;

namespace onbehalf {

// Ties a child process's life to this one, whatever way this process ends (kill -9 included):
// Linux: PR_SET_PDEATHSIG (SIGTERM) set in the child before exec; Windows: a job object that
// kills its processes when the last handle to it (held by this process) closes. The child
// should also watch a pipe from us (onbehalf-server --exit-with-stdin), the portable part.
// On Unix the child gets a process group of its own, so terminal signals meant for us (Ctrl+C,
// hang-up) do not stop it before we have finished with it.
class ProcessGuard
{
public:
    // Call once, before the first QProcess::start(); it holds for every later start.
    static void bindToThisProcess(QProcess &child);
};

} // namespace onbehalf
