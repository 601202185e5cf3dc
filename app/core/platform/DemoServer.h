#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace onbehalf {

// The bundled onbehalf-server with the demo marketplace, run as a child process on a free
// loopback port with its database in the app's data folder (private to the OS user). It cannot
// outlive the desk (it exits when our end of its stdin closes, plus ProcessGuard); if it dies
// while the desk runs, it is started again on the same data (a new port) and `restarted` says
// where. Stopping never blocks: terminate, then the end arrives as `stopped`.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    // Restarts allowed within kRestartWindowMs before giving up (a server that dies on start).
    static constexpr int kMaxRestarts = 3;
    static constexpr int kRestartWindowMs = 60000;

    explicit DemoServer(QObject *parent = nullptr);
    // Quitting: a bounded wait here is fine, the windows are gone by then.
    ~DemoServer() override;

    static QString demoClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001"); }
    // Next to the app's executable, else ONBEHALF_SERVER_BIN, else on PATH.
    static QString serverProgram();
    // The demo marketplace's folder (created 0700 on start).
    static QString dataFolder();

    void start();
    // Asks the server to shut down (SIGTERM, then kill after a grace period); returns at once.
    void stop();
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);
    // It died on its own while in use; a restart is on its way.
    void lost();
    // Running again after `lost`, on the same data at a new address.
    void restarted(const QUrl &url);
    void stopped();

private:
    void onOutput();
    void onFinished(int code);
    void launch();

    QProcess m_process;
    QByteArray m_buffer; // standard output up to the "listening on" line
    QByteArray m_errors; // the last few KiB of standard error
    QUrl m_url;
    bool m_stopping = false;
    bool m_restarting = false;
    bool m_startAfterStop = false;
    int m_restarts = 0;
    QElapsedTimer m_restartWindow;
};

} // namespace onbehalf
