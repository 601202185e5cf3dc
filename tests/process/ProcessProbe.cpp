#include "ProcessProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>
#include <dirent.h>
#include <unistd.h>

namespace onbehalf::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses.
struct Stat
{
    QByteArray comm;
    char state = 0;
    qint64 ppid = 0;
};

bool readStat(qint64 pid, Stat *out)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open || close + 4 >= stat.size())
        return false;
    out->comm = stat.mid(open + 1, close - open - 1);
    const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
    if (rest.size() < 2 || rest[0].isEmpty())
        return false;
    out->state = rest[0][0];
    out->ppid = rest[1].toLongLong();
    return true;
}

} // namespace

bool ProcessProbe::isAlive(qint64 pid)
{
    Stat s;
    return pid > 0 && readStat(pid, &s) && s.state != 'Z' && s.state != 'X';
}

QList<qint64> ProcessProbe::children(qint64 parent, const QString &name)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        Stat s;
        if (number && readStat(pid, &s) && s.ppid == parent && s.state != 'Z' &&
            QString::fromUtf8(s.comm) == name.left(15)) // the kernel keeps 15 characters
            found.append(pid);
    }
    return found;
}

quint16 ProcessProbe::listeningPort(qint64 pid)
{
    // The fds are links to "socket:[inode]", which QDir filters and QFileInfo resolve oddly.
    QSet<QByteArray> sockets;
    const QByteArray fdDir = QByteArray("/proc/") + QByteArray::number(pid) + "/fd";
    if (DIR *dir = ::opendir(fdDir.constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            char target[128] = {};
            const QByteArray link = fdDir + '/' + entry->d_name;
            const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
            const QByteArray name(target, n > 0 ? n : 0);
            if (name.startsWith("socket:[") && name.endsWith(']'))
                sockets.insert(name.mid(8).chopped(1));
        }
        ::closedir(dir);
    }
    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
    const QList<QByteArray> lines = readAll(QStringLiteral("/proc/%1/net/tcp").arg(pid)).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 10 || f[3] != "0A" || !sockets.contains(f[9])) // 0A: LISTEN
            continue;
        bool ok = false;
        const uint port = f[1].mid(f[1].indexOf(':') + 1).toUInt(&ok, 16);
        if (ok)
            return quint16(port);
    }
    return 0;
}

bool ProcessProbe::waitGone(qint64 pid, int timeoutMs)
{
    return QTest::qWaitFor([pid] { return !isAlive(pid); }, timeoutMs);
}

} // namespace onbehalf::test
