#include "WrkRun.h"

#include <QFile>
#include <QStandardPaths>

namespace onbehalf::bench {

namespace {

const char *kScript = R"lua(
local token = os.getenv("OB_WRK_TOKEN")
local paths = {}
for line in io.lines(os.getenv("OB_WRK_PATHS")) do
  if #line > 0 then table.insert(paths, line) end
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
)lua";

} // namespace

WrkRun::WrkRun(const QUrl &server, const QByteArray &token, const QStringList &paths, int connections, int seconds,
               int threads)
    : m_server(server), m_token(token), m_connections(connections), m_seconds(seconds),
      m_threads(std::min(threads, connections))
{
    QFile script(m_dir.filePath(QStringLiteral("bench.lua")));
    if (script.open(QIODevice::WriteOnly))
        script.write(kScript);
    QFile list(m_dir.filePath(QStringLiteral("paths.txt")));
    if (list.open(QIODevice::WriteOnly))
        list.write(paths.join(QLatin1Char('\n')).toUtf8() + '\n');
}

bool WrkRun::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty();
}

void WrkRun::start()
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OB_WRK_TOKEN"), QString::fromLatin1(m_token));
    env.insert(QStringLiteral("OB_WRK_PATHS"), m_dir.filePath(QStringLiteral("paths.txt")));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("wrk"),
                     {QStringLiteral("-t%1").arg(m_threads), QStringLiteral("-c%1").arg(m_connections),
                      QStringLiteral("-d%1s").arg(m_seconds), QStringLiteral("--timeout"), QStringLiteral("10s"),
                      QStringLiteral("-s"), m_dir.filePath(QStringLiteral("bench.lua")), m_server.toString()});
}

WrkResult WrkRun::wait()
{
    WrkResult r;
    // Already ended while the caller's event loop ran: waitForFinished() would say false.
    if (!m_process ||
        (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished((m_seconds + 60) * 1000))) {
        r.error = QStringLiteral("wrk did not finish");
        return r;
    }
    const QByteArray out = m_process->readAll();
    const qsizetype at = out.indexOf("RESULT ");
    if (at < 0) {
        r.error = QString::fromUtf8(out);
        return r;
    }
    const QList<QByteArray> f = out.mid(at + 7, out.indexOf('\n', at) - at - 7).split(' ');
    if (f.size() < 7) {
        r.error = QString::fromUtf8(out);
        return r;
    }
    r.requests = f[0].toLongLong();
    r.seconds = f[1].toDouble() / 1e6;
    r.p50 = f[2].toDouble() / 1000;
    r.p95 = f[3].toDouble() / 1000;
    r.p99 = f[4].toDouble() / 1000;
    r.statusErrors = f[5].toLongLong();
    r.socketErrors = f[6].toLongLong();
    r.ok = true;
    return r;
}

} // namespace onbehalf::bench
