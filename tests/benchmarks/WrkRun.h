#pragma once

// Drives `wrk` (Debian package wrk) against the test server and reads back requests/s and
// latency percentiles through a small Lua script (wrk's own output has no p95).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace onbehalf::bench {

struct WrkResult
{
    bool ok = false;
    long long requests = 0;
    double seconds = 0;
    double p50 = 0, p95 = 0, p99 = 0; // ms
    long long statusErrors = 0;       // answers outside 2xx/3xx
    long long socketErrors = 0;       // connect, read, write, timeout
    QString error;
    double perSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

class WrkRun
{
public:
    // GET each of `paths` in turn with the bearer token, from `connections` connections.
    WrkRun(const QUrl &server, const QByteArray &token, const QStringList &paths, int connections, int seconds,
           int threads = 2);
    void start();
    WrkResult wait(); // until wrk ends
    WrkResult run()
    {
        start();
        return wait();
    }

    static bool available();

private:
    QUrl m_server;
    QByteArray m_token;
    int m_connections, m_seconds, m_threads;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace onbehalf::bench
