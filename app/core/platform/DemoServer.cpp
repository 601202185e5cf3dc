#include "core/platform/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace onbehalf {

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo marketplace could not be started (%1).").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_url.isValid())
            emit failed(tr("The demo marketplace stopped while starting (exit code %1): %2")
                            .arg(code)
                            .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        m_url = QUrl();
    });
}

DemoServer::~DemoServer()
{
    stop();
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

void DemoServer::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    const QString program = serverProgram();
    if (program.isEmpty()) {
        emit failed(tr("The demo marketplace program (onbehalf-server) is not installed."));
        return;
    }
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-marketplace");
    QDir().mkpath(dir);
    m_buffer.clear();
    m_process.start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                              QStringLiteral("sqlite:") + dir + QStringLiteral("/market.sqlite"),
                              QStringLiteral("--seed"), QStringLiteral("demo")});
}

void DemoServer::onOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0 || m_url.isValid())
        return;
    const QByteArray line = m_buffer.left(end).trimmed();
    static const QByteArray prefix("listening on ");
    if (line.startsWith(prefix)) {
        m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        emit ready(m_url);
    }
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the server shuts down cleanly
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_url = QUrl();
}

} // namespace onbehalf
