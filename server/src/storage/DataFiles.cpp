#include "storage/DataFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace onbehalf::server::DataFiles {

void restrictUmask()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

#ifdef Q_OS_UNIX
namespace {

// Makes `folder` (0700 under the umask), or tightens it when it is the server user's own and not a
// shared one (sticky like /tmp, the home folder, the root).
void secureFolder(const QString &folder, QStringList &warnings)
{
    QDir().mkpath(folder);
    struct stat st = {};
    const QByteArray folderName = QFile::encodeName(folder);
    if (::stat(folderName.constData(), &st) != 0 || (st.st_mode & 077) == 0)
        return;
    const bool own = st.st_uid == ::geteuid();
    const bool shared = (st.st_mode & S_ISVTX) != 0 || QDir(folder) == QDir::home() || QDir(folder).isRoot();
    if (own && !shared && ::chmod(folderName.constData(), 0700) == 0)
        warnings << QStringLiteral("tightened the data folder %1 from mode %2 to 0700")
                        .arg(folder)
                        .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
    else
        warnings << QStringLiteral("the data folder %1 is open to other users (mode %2): keep the server's files in "
                                   "a folder of its own (mode 0700)")
                        .arg(folder)
                        .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

void tightenFile(const QString &path, QStringList &warnings)
{
    struct stat st = {};
    const QByteArray file = QFile::encodeName(path);
    if (::stat(file.constData(), &st) != 0 || (st.st_mode & 077) == 0)
        return;
    if (::chmod(file.constData(), 0600) == 0)
        warnings << QStringLiteral("tightened %1 from mode %2 to 0600")
                        .arg(path)
                        .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

} // namespace
#endif

QStringList secureSqlite(const QString &databaseUrl)
{
    QStringList warnings;
#ifdef Q_OS_UNIX
    if (!databaseUrl.startsWith(QLatin1String("sqlite:")))
        return warnings;
    const QString path = databaseUrl.mid(7);
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return warnings;
    secureFolder(QFileInfo(path).absolutePath(), warnings);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        tightenFile(path + QLatin1String(suffix), warnings);
#else
    Q_UNUSED(databaseUrl)
#endif
    return warnings;
}

QStringList secureFile(const QString &path)
{
    QStringList warnings;
#ifdef Q_OS_UNIX
    secureFolder(QFileInfo(path).absolutePath(), warnings);
    tightenFile(path, warnings);
#else
    Q_UNUSED(path)
#endif
    return warnings;
}

} // namespace onbehalf::server::DataFiles
