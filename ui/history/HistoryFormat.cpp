#include "history/HistoryFormat.h"

#include "wire/Money.h"

#include <QLocale>

namespace onbehalf {

QString HistoryFormat::duration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

QString HistoryFormat::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString HistoryFormat::iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString HistoryFormat::money(qint64 units)
{
    return wire::Money::toDecimalString(units);
}

QString HistoryFormat::endCause(const QString &cause)
{
    if (cause == QLatin1String("AgentEnded"))
        return tr("Ended by agent");
    if (cause == QLatin1String("Expired"))
        return tr("Expired");
    if (cause == QLatin1String("Inactivity"))
        return tr("Inactivity");
    if (cause == QLatin1String("SignedOut"))
        return tr("Agent signed out");
    if (cause == QLatin1String("Recovered"))
        return tr("Ended after a restart");
    if (cause == QLatin1String("Revoked"))
        return tr("Revoked");
    return cause;
}

} // namespace onbehalf
