#include "history/HistoryFormat.h"

#include "common/OrderStatusText.h"
#include "wire/Money.h"

#include <QLocale>

namespace onbehalf {

QString HistoryFormat::duration(qint64 seconds)
{
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 v) {
        return locale.toString(v).rightJustified(2, locale.zeroDigit().at(0));
    };
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(locale.toString(h), twoDigits(m));
    if (m > 0)
        return tr("%1 min %2 s").arg(locale.toString(m), twoDigits(s));
    return tr("%1 s").arg(locale.toString(s));
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
    // Exact: the whole part grouped by the locale, two to four decimals as the amount needs.
    const QLocale locale;
    const qint64 whole = units / wire::Money::kScale;
    QString fraction = QString::number(qAbs(units % wire::Money::kScale)).rightJustified(4, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString text = locale.toString(qAbs(whole)) + locale.decimalPoint() + fraction;
    return units < 0 ? locale.negativeSign() + text : text;
}

QString HistoryFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString HistoryFormat::orderStatus(const QString &status)
{
    if (status == QLatin1String("Deleted"))
        return tr("Deleted", "order status");
    return OrderStatusText::displayName(status);
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
