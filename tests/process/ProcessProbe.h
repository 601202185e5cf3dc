#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace onbehalf::test {

// What Linux's /proc says about other processes: children, liveness, listening ports. The
// process tests look at the desk and its server from the outside, as an operator would.
class ProcessProbe
{
public:
    // Running (a zombie waiting to be reaped counts as gone).
    static bool isAlive(qint64 pid);
    // Children of `parent` whose command name is `name`.
    static QList<qint64> children(qint64 parent, const QString &name);
    // The first TCP port `pid` listens on (IPv4), or 0.
    static quint16 listeningPort(qint64 pid);
    // Until `pid` is gone or `timeoutMs` passed; true when gone.
    static bool waitGone(qint64 pid, int timeoutMs);
};

} // namespace onbehalf::test
