#pragma once

#include <QProcess>
#include <QStringList>

namespace onbehalf::test {

// A child process of a process test (the real desk, a desk child, a guard child) with a home of
// its own: settings, journal, keychain entries' names and demo data under fresh XDG folders,
// offscreen. Its stdout is read line by line; it is killed if still running at the end.
class ChildProcess
{
public:
    explicit ChildProcess(const QString &home);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    void setEnvironment(const QString &name, const QString &value);
    void start(const QString &program, const QStringList &arguments) { m_process.start(program, arguments); }
    // This test binary again, in one of its child roles.
    void startSelf(const QStringList &arguments);
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }

    // The value of the first "key value" line on stdout so far, waiting for it; an "error …" line
    // ends the wait (failure() says it). Lines stay for later calls.
    QString value(const QString &key, int timeoutMs = 90000);
    // The rest of the next line that starts with `key`, waiting for it; the lines before it and
    // that line are used up. Null on timeout or exit.
    QString take(const QString &key, int timeoutMs = 90000);

    // What went wrong, for a failed wait: the child's error line (if any) and its last stderr.
    QString failure();
    QString stderrText();

private:
    // Waits up to 100 ms for output and splits what came into m_lines; false once the child is gone.
    bool readMore();

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    QString m_error;
};

} // namespace onbehalf::test
