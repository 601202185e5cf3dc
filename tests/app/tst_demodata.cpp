#include "core/platform/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace onbehalf;

namespace {
int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
#else
    Q_UNUSED(path)
    return 0600;
#endif
}
} // namespace

// The desk's own demo marketplace keeps its data (database, WAL, signing key) private to the
// OS user, even where an older version left the folder open.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("onbehalf-demodata-test"));
    }

    void demoDataIsTheUsersAlone()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX file modes");
#endif
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                            QStringLiteral("/demo-marketplace");
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        // As an older desk left it.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                       QFileDevice::ExeOther);

        DemoServer demo;
        QSignalSpy ready(&demo, &DemoServer::ready);
        QSignalSpy failed(&demo, &DemoServer::failed);
        demo.start();
        QVERIFY2(ready.wait(120000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));

        QCOMPARE(modeOf(dir), 0700);
        const QString db = dir + QStringLiteral("/market.sqlite");
        for (const QString &file : QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                               db + QStringLiteral(".signing-key.pem")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), 0600);
        }
        QSignalSpy stopped(&demo, &DemoServer::stopped);
        demo.stop();
        QVERIFY(stopped.count() > 0 || stopped.wait(30000));
        QDir(dir).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
