#pragma once

#include <QObject>

namespace onbehalf {

// Turns the requests to end the process (SIGTERM, SIGINT, SIGHUP on Unix; console close, log-off
// and shutdown events on Windows) into a queued Qt signal, so the app can end the way it does
// when the agent quits: the handler itself only writes a byte to a self-pipe (async-signal-safe).
// One instance per process; destroying it restores the previous handlers.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Request
    {
        Interrupt,
        Terminate,
        HangUp
    };
    Q_ENUM(Request)

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isWatching() const { return m_watching; }

signals:
    void terminationRequested(onbehalf::SignalWatcher::Request request);

private:
    void onReadable();

    bool m_watching = false;
};

} // namespace onbehalf
