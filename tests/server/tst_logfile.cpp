#include "LogFile.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace onbehalf::test;
using onbehalf::server::LogFile;

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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Waits until `path` has a line containing `needle` (the server writes as requests come).
bool waitForLine(const QString &path, const QByteArray &needle)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (readFile(path).contains(needle))
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

// --log-file: 0600 in a 0700 folder (looser ones tightened with a warning), one bounded line per
// message whatever a client sends, reopened on SIGHUP after logrotate moved the file away.
class TestLogFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static TestServer::Options withLog(const QString &path)
    {
        TestServer::Options o;
        o.demo = false;
        o.extraArguments = {QStringLiteral("--log-file"), path};
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every request logged (path, status, time): client text reaches the log.
        qputenv("QT_LOGGING_RULES", "onbehalf.server.http.debug=true");
    }

    void linesAreBoundedAndEscaped()
    {
        const QString message = QStringLiteral("x\ny\r\x1b[2J\\") + QString(100000, QChar(0x00e9)); // é: 2 bytes
        const QByteArray line = LogFile::formatLine(QtWarningMsg, "onbehalf.server.http", message);
        QVERIFY(line.size() <= LogFile::kMaxLineBytes);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(!line.contains('\r'));
        QVERIFY(!line.contains('\x1b'));
        QVERIFY2(line.contains(" warning onbehalf.server.http: x\\ny\\r\\x1b[2J\\\\"), line.left(120).constData());
        QVERIFY2(line.contains("more bytes cut]"), line.right(60).constData());
        // Cut between characters, never inside one.
        auto decoder = QStringDecoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        QVERIFY(!decoder.hasError());
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
        // A short message is left whole.
        const QByteArray small = LogFile::formatLine(QtInfoMsg, "default", QStringLiteral("listening"));
        QVERIFY(small.endsWith(" info listening\n"));
    }

    void createdPrivateAndWritten()
    {
        const QString log = m_dir.filePath(QStringLiteral("new/logs/server.log"));
        TestServer s;
        QVERIFY2(s.start(withLog(log)), qPrintable(s.errorString()));
        QCOMPARE(modeOf(QFileInfo(log).absolutePath()), 0700);
        QCOMPARE(modeOf(log), 0600);
        QVERIFY(waitForLine(log, "info listening on http://127.0.0.1:"));
        // A path a client chose, with a newline that would forge a line of its own.
        QCOMPARE(requestFrom(QStringLiteral("127.0.0.1"), s.url(), "GET",
                             QStringLiteral("/v1/nothing%0A2000-01-01T00:00:00.000Z%20critical%20forged"))
                     .status,
                 404);
        QVERIFY(waitForLine(log, "/v1/nothing\\n2000-01-01"));
        for (const QByteArray &line : readFile(log).split('\n')) {
            QVERIFY2(!line.startsWith("2000-01-01"), line.constData());
            QVERIFY(line.size() < LogFile::kMaxLineBytes);
        }
        QVERIFY(s.stop());
        QVERIFY2(!s.standardError().contains("/v1/nothing"), "messages went to stderr as well");
    }

    void looseFilesAreTightenedWithAWarning()
    {
#ifdef Q_OS_UNIX
        const QString folder = m_dir.filePath(QStringLiteral("loose"));
        const QString log = folder + QStringLiteral("/server.log");
        QVERIFY(QDir().mkpath(folder));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("earlier line\n") == 13);
        f.close();
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(log).constData(), 0644) == 0);
        TestServer s;
        QVERIFY2(s.start(withLog(log)), qPrintable(s.errorString()));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(log), 0600);
        QVERIFY(waitForLine(log, "info listening on"));
        const QByteArray text = readFile(log);
        QVERIFY(text.startsWith("earlier line\n")); // appended to, not replaced
        QVERIFY2(text.contains(QByteArray("tightened " + QFile::encodeName(log) + " from mode 644 to 0600")),
                 text.constData());
        QVERIFY2(text.contains("from mode 755 to 0700"), text.constData());
#else
        QSKIP("file modes are Unix");
#endif
    }

    void reopenedOnSigHup()
    {
#ifdef Q_OS_UNIX
        const QString log = m_dir.filePath(QStringLiteral("rotate/server.log"));
        TestServer s;
        QVERIFY2(s.start(withLog(log)), qPrintable(s.errorString()));
        Http http(s.url());
        QCOMPARE(http.get(QStringLiteral("/v1/before-rotation")).status, 404);
        QVERIFY(waitForLine(log, "/v1/before-rotation"));
        // What logrotate does: move the file away, then tell the server.
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        QVERIFY(::kill(pid_t(s.processId()), SIGHUP) == 0);
        // Until the server reopened, its lines still go to the moved file; afterwards to a new one.
        QDeadlineTimer deadline(10000);
        while (!QFileInfo::exists(log) && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY(QFileInfo::exists(log));
        QCOMPARE(modeOf(log), 0600);
        QCOMPARE(http.get(QStringLiteral("/v1/after-rotation")).status, 404);
        QVERIFY(waitForLine(log, "/v1/after-rotation"));
        QVERIFY(!readFile(log).contains("/v1/before-rotation"));
        QVERIFY(!readFile(log + QStringLiteral(".1")).contains("/v1/after-rotation"));
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200); // still serving
        QVERIFY(s.stop());
        QCOMPARE(s.exitCode(), 0);
#else
        QSKIP("SIGHUP is Unix");
#endif
    }

    void standardErrorGetsTheSameLines()
    {
        // Without --log-file (the journal under systemd): the same escaped, bounded lines.
        TestServer s;
        TestServer::Options o;
        o.demo = false;
        QVERIFY2(s.start(o), qPrintable(s.errorString()));
        QCOMPARE(
            requestFrom(QStringLiteral("127.0.0.1"), s.url(), "GET", QStringLiteral("/v1/nothing%0Aforged%0D")).status,
            404);
        QVERIFY(s.stop());
        const QByteArray errors = s.standardError();
        QVERIFY2(errors.contains("debug onbehalf.server.http: GET /v1/nothing\\nforged\\r 404"), errors.constData());
        for (const QByteArray &line : errors.split('\n'))
            QVERIFY2(!line.startsWith("forged") && !line.contains('\r'), line.constData());
    }

    void theJournalGetsPriorities()
    {
        // Under systemd (JOURNAL_STREAM set) each line starts with its syslog priority, so
        // journalctl -p warning shows the warnings.
        qputenv("JOURNAL_STREAM", "8:12345");
        TestServer s;
        TestServer::Options o;
        o.demo = false;
        const bool started = s.start(o);
        qunsetenv("JOURNAL_STREAM");
        QVERIFY2(started, qPrintable(s.errorString()));
        QCOMPARE(Http(s.url()).get(QStringLiteral("/v1/nowhere")).status, 404);
        QVERIFY(s.stop());
        const QByteArray errors = s.standardError();
        QVERIFY2(errors.contains("<7>debug onbehalf.server.http: GET /v1/nowhere 404"), errors.constData());
        for (const QByteArray &line : errors.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.startsWith('<') && line.at(2) == '>', line.constData());
        }
    }

    void anUnwritableLogIsRefusedAtStart()
    {
        TestServer s;
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!s.start(withLog(blocker + QStringLiteral("/server.log")))); // its folder is a file
        QVERIFY2(s.errorString().contains(QLatin1String("cannot open the log file")), qPrintable(s.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
