#include "LogFile.h"

#include "storage/DataFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#else
#include <cstdio>
#endif

namespace onbehalf::server {

namespace {

struct State
{
    std::mutex mutex;
    QString path;
    int fd = -1;
    bool toStderr = false;
    bool journal = false; // stderr is systemd's journal: lines start with their syslog priority
};

State &state()
{
    static State s;
    return s;
}

int openLog(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // 0600 whatever the umask; O_APPEND: concurrent writes never interleave within a line.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0 && error)
        *error = QStringLiteral("cannot open the log file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    return fd;
#else
    Q_UNUSED(path)
    if (error)
        *error = QStringLiteral("--log-file is supported on Unix only");
    return -1;
#endif
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

// sd-daemon(3) priority prefixes.
const char *journalPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "<7>";
    case QtInfoMsg:
        return "<6>";
    case QtWarningMsg:
        return "<4>";
    case QtCriticalMsg:
        return "<3>";
    case QtFatalMsg:
        return "<2>";
    }
    return "<5>";
}

} // namespace

QByteArray LogFile::formatLine(QtMsgType type, const char *category, const QString &message, bool withTime)
{
    QByteArray line;
    if (withTime)
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ';
    line += typeName(type);
    if (category && qstrcmp(category, "default") != 0)
        line += ' ' + QByteArray(category) + ':';
    line += ' ';
    const QByteArray text = message.toUtf8();
    // Escaped so no message can forge a line of its own (or a terminal control sequence).
    QByteArray escaped;
    escaped.reserve(qMin<qsizetype>(text.size(), kMaxLineBytes) + 16);
    qsizetype used = 0;
    for (; used < text.size() && line.size() + escaped.size() < kMaxLineBytes - 40; ++used) {
        const auto c = static_cast<unsigned char>(text[used]);
        if (c == '\n')
            escaped += "\\n";
        else if (c == '\r')
            escaped += "\\r";
        else if (c == '\t')
            escaped += "\\t";
        else if (c == '\\')
            escaped += "\\\\";
        else if (c < 0x20 || c == 0x7f)
            escaped += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            escaped += char(c);
    }
    // Cut on a character boundary (multi-byte UTF-8 sequences were copied as they are).
    while (used < text.size() && used > 0 && (static_cast<unsigned char>(text[used]) & 0xC0) == 0x80) {
        --used;
        escaped.chop(1);
    }
    line += escaped;
    if (used < text.size())
        line += " [" + QByteArray::number(text.size() - used) + " more bytes cut]";
    line += '\n';
    return line;
}

bool LogFile::install(const QString &path, QString *error, QStringList *warnings)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    *warnings += DataFiles::secureFile(absolute);
    const int fd = openLog(absolute, error);
    if (fd < 0)
        return false;
    State &s = state();
    {
        const std::lock_guard lock(s.mutex);
        s.path = absolute;
        s.fd = fd;
    }
    qInstallMessageHandler(&LogFile::handler);
    return true;
}

void LogFile::installStderr()
{
    State &s = state();
    {
        const std::lock_guard lock(s.mutex);
        s.toStderr = true;
        // systemd sets JOURNAL_STREAM when stderr is the journal: "<4>" makes a line a warning there.
        s.journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    }
    qInstallMessageHandler(&LogFile::handler);
}

bool LogFile::reopen(QString *error)
{
    State &s = state();
    QString path;
    {
        const std::lock_guard lock(s.mutex);
        path = s.path;
    }
    if (path.isEmpty())
        return true;
    // A file made anew by logrotate (or by this open) must be the server user's alone too.
    const QStringList warnings = DataFiles::secureFile(path);
    const int fd = openLog(path, error);
    if (fd < 0)
        return false;
    {
        const std::lock_guard lock(s.mutex);
#ifdef Q_OS_UNIX
        ::close(s.fd);
#endif
        s.fd = fd;
    }
    for (const QString &w : warnings)
        qWarning("%s", qPrintable(w));
    return true;
}

bool LogFile::isInstalled()
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    return !s.path.isEmpty();
}

void LogFile::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    QByteArray line = formatLine(type, context.category, message, !s.toStderr);
    if (s.journal)
        line.prepend(journalPriority(type));
#ifdef Q_OS_UNIX
    [[maybe_unused]] const auto n = ::write(s.toStderr ? STDERR_FILENO : s.fd, line.constData(), size_t(line.size()));
#else
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
#endif
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace onbehalf::server
