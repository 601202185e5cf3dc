#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace onbehalf {

// The bundled onbehalf-server with the demo marketplace, run as a child process on a free
// loopback port with its database in the app's data folder; stopped when the app quits.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    static QString demoClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001"); }
    // Next to the app's executable, else ONBEHALF_SERVER_BIN, else on PATH.
    static QString serverProgram();

    void start();
    void stop();
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void onOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
};

} // namespace onbehalf
