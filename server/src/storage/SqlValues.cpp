#include "storage/SqlValues.h"

#include <QTimeZone>

namespace onbehalf::server::SqlValues {

QString formatTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

QString now()
{
    return formatTime(QDateTime::currentDateTimeUtc());
}

QDateTime parseTime(const QVariant &stored)
{
    QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

std::optional<QDateTime> optionalTime(const QVariant &stored)
{
    if (stored.isNull() || stored.toString().isEmpty())
        return std::nullopt;
    return parseTime(stored);
}

std::optional<QString> normalizeDateFilter(const QString &text)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return formatTime(QDateTime(d, QTime(0, 0), QTimeZone::utc()));
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // no offset given: OrderCloud times are UTC
    return formatTime(t);
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> optionalText(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    return stored.toString();
}

} // namespace onbehalf::server::SqlValues
