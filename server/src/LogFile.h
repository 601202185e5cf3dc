#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace onbehalf::server {

// The server's messages, one bounded line each (a client's text never makes a long line or a line
// of its own): on standard error (the journal), or with --log-file in a file of its user's alone
// (0600 in a 0700 folder, looser ones tightened with a warning), reopened on SIGHUP after logrotate
// moved it away.
class LogFile
{
public:
    static constexpr int kMaxLineBytes = 2048;

    // Opens (appends to) `path` and sends every Qt message there; false with *error when it cannot.
    static bool install(const QString &path, QString *error, QStringList *warnings);
    // Without --log-file: the same lines on standard error, without the time (the journal adds it).
    static void installStderr();
    // SIGHUP: opens the path again (a new file when it was renamed); keeps the old one on failure.
    static bool reopen(QString *error);
    static bool isInstalled(); // a log file (not standard error)

    // "2026-11-26T14:55:00.123Z warning category: message", control characters escaped, cut to
    // kMaxLineBytes (the cut said), newline-terminated.
    static QByteArray formatLine(QtMsgType type, const char *category, const QString &message, bool withTime = true);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

} // namespace onbehalf::server
