#include "core/platform/DemoServer.h"

#include "core/platform/PrivateFiles.h"
#include "core/platform/ProcessGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <utility>

namespace onbehalf {

namespace {

constexpr int kStopGraceMs = 5000;
constexpr int kQuitWaitMs = 3000;
constexpr qsizetype kErrorTailBytes = 4096;

} // namespace

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    ProcessGuard::bindToThisProcess(m_process);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onOutput);
    // QProcess would keep all of it for as long as the desk runs; the tail explains a failure.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errors += m_process.readAllStandardError();
        if (m_errors.size() > kErrorTailBytes)
            m_errors = m_errors.right(kErrorTailBytes);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_restarting = false;
            emit failed(tr("The demo marketplace could not be started (%1).").arg(m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) { onFinished(code); });
}

DemoServer::~DemoServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.closeWriteChannel(); // --exit-with-stdin: ends it even if the signal is lost
    m_process.terminate();
    if (!m_process.waitForFinished(kQuitWaitMs))
        m_process.kill();
    m_process.waitForFinished(kQuitWaitMs);
}

QString DemoServer::serverProgram()
{
    const QString local = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("onbehalf-server"));
    if (QFileInfo(local).isExecutable())
        return local;
    const QString fromEnv = qEnvironmentVariable("ONBEHALF_SERVER_BIN");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    return QStandardPaths::findExecutable(QStringLiteral("onbehalf-server"));
}

QString DemoServer::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-marketplace");
}

void DemoServer::start()
{
    if (m_stopping) {
        m_startAfterStop = true; // launched once the old one has gone
        return;
    }
    if (m_process.state() != QProcess::NotRunning) {
        if (m_url.isValid()) // already serving: answer the caller as a fresh start would
            QTimer::singleShot(0, this, [this] {
                if (m_url.isValid())
                    emit ready(m_url);
            });
        return;
    }
    m_restarts = 0;
    m_restarting = false;
    launch();
}

void DemoServer::launch()
{
    const QString program = serverProgram();
    if (program.isEmpty()) {
        m_restarting = false;
        emit failed(tr("The demo marketplace program (onbehalf-server) is not installed."));
        return;
    }
    const QString dir = dataFolder();
    if (!PrivateFiles::makeFolder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)) ||
        !PrivateFiles::makeFolder(dir)) {
        m_restarting = false;
        emit failed(tr("The demo marketplace's folder %1 could not be created or made private.")
                        .arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_buffer.clear();
    m_errors.clear();
    m_stopping = false;
    // Our end of its stdin stays open while we live (QProcess keeps the write channel).
    m_process.start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                              QStringLiteral("sqlite:") + dir + QStringLiteral("/market.sqlite"),
                              QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--exit-with-stdin")});
}

void DemoServer::onOutput()
{
    const QByteArray output = m_process.readAllStandardOutput(); // read always: nothing piles up
    if (m_url.isValid())
        return;
    m_buffer += output;
    static const QByteArray prefix("listening on ");
    qsizetype end;
    QByteArray line;
    while ((end = m_buffer.indexOf('\n')) >= 0 && !line.startsWith(prefix)) {
        line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
    }
    if (!line.startsWith(prefix))
        return;
    m_buffer.clear();
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    if (m_restarting) {
        m_restarting = false;
        emit restarted(m_url);
    } else {
        emit ready(m_url);
    }
}

void DemoServer::onFinished(int code)
{
    const bool wasServing = m_url.isValid();
    m_url = QUrl();
    if (m_stopping) {
        m_stopping = false;
        emit stopped();
        if (std::exchange(m_startAfterStop, false))
            QTimer::singleShot(0, this, &DemoServer::start);
        return;
    }
    if (!wasServing && !m_restarting) {
        emit failed(tr("The demo marketplace stopped while starting (exit code %1): %2")
                        .arg(code)
                        .arg(QString::fromUtf8(m_errors + m_process.readAllStandardError()).trimmed()));
        return;
    }
    // Died on its own (crashed, killed): start it again on the same data, a few times at most.
    if (!m_restartWindow.isValid() || m_restartWindow.elapsed() > kRestartWindowMs) {
        m_restartWindow.start();
        m_restarts = 0;
    }
    if (++m_restarts > kMaxRestarts) {
        m_restarting = false;
        emit failed(tr("The demo marketplace keeps stopping (exit code %1); it was not started again.").arg(code));
        return;
    }
    if (wasServing)
        emit lost();
    m_restarting = true;
    // Queued: QProcess must be done with its finished() before it starts again.
    QTimer::singleShot(0, this, [this] {
        if (m_restarting && m_process.state() == QProcess::NotRunning)
            launch();
    });
}

void DemoServer::stop()
{
    m_restarting = false;
    m_startAfterStop = false;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_url = QUrl();
    m_process.closeWriteChannel();
    m_process.terminate(); // SIGTERM: the server shuts down cleanly
    QTimer::singleShot(kStopGraceMs, &m_process, [this] {
        if (m_stopping && m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

} // namespace onbehalf
