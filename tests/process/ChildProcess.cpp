#include "ChildProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace onbehalf::test {

namespace {

bool hasKey(const QString &line, const QString &key)
{
    return line == key || line.startsWith(key + QLatin1Char(' '));
}

} // namespace

ChildProcess::ChildProcess(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name), home + QLatin1Char('/') + QString::fromLatin1(name).toLower());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ChildProcess::~ChildProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ChildProcess::setEnvironment(const QString &name, const QString &value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

void ChildProcess::startSelf(const QStringList &arguments)
{
    start(QCoreApplication::applicationFilePath(), arguments);
}

bool ChildProcess::readMore()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.waitForReadyRead(100);
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromUtf8(m_buffer.left(end)).trimmed());
        m_buffer.remove(0, end + 1);
    }
    return true;
}

QString ChildProcess::value(const QString &key, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (const QString &line : std::as_const(m_lines)) {
            if (hasKey(line, key))
                return line.mid(key.size()).trimmed();
            if (line.startsWith(QLatin1String("error ")))
                m_error = line;
        }
        if (!m_error.isEmpty() || !readMore())
            break;
    }
    return {};
}

QString ChildProcess::take(const QString &key, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        while (!m_lines.isEmpty()) {
            const QString line = m_lines.takeFirst();
            if (hasKey(line, key))
                return line.mid(key.size()).trimmed();
        }
        if (!readMore())
            break;
    }
    return {};
}

QString ChildProcess::failure()
{
    return QStringLiteral("%1 | stderr: %2")
        .arg(m_error.isEmpty() ? QStringLiteral("no answer") : m_error, stderrText());
}

QString ChildProcess::stderrText()
{
    return QString::fromUtf8(m_process.readAllStandardError().right(2000));
}

} // namespace onbehalf::test
