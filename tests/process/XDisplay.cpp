#include "XDisplay.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThread>

namespace onbehalf::test {

XDisplay::~XDisplay()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }
}

bool XDisplay::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
}

bool XDisplay::start()
{
    // -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
    m_server.start(QStringLiteral("Xvfb"),
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!m_server.waitForStarted(10000)) {
        m_error = QStringLiteral("Xvfb did not start: ") + m_server.errorString();
        return false;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 20000 && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(200);
        out += m_server.readAllStandardOutput();
    }
    bool ok = false;
    const int number = out.trimmed().toInt(&ok);
    if (!ok) {
        m_error = QStringLiteral("Xvfb gave no display number: ") + QString::fromUtf8(m_server.readAllStandardError());
        return false;
    }
    m_display = QLatin1Char(':') + QString::number(number);
    return true;
}

bool XDisplay::xdotool(const QStringList &arguments, QByteArray *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), arguments);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

qulonglong XDisplay::waitForWindow(const QString &title, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    do {
        QByteArray out;
        if (xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), title},
                    &out)) {
            const qulonglong id = out.trimmed().split('\n').value(0).toULongLong();
            if (id)
                return id;
        }
        QThread::msleep(100); // another process draws the window: nothing here to wait on but the display
    } while (clock.elapsed() < timeoutMs);
    return 0;
}

bool XDisplay::focus(qulonglong window)
{
    return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window)});
}

bool XDisplay::type(const QString &text)
{
    return xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
}

bool XDisplay::key(const QString &keys)
{
    return xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("50")} +
                   keys.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

} // namespace onbehalf::test
