#include "wire/Json.h"

#include <QTimeZone>

namespace onbehalf::wire {

QString formatDateTime(const QDateTime &t)
{
    // Fixed width and explicit "+00:00" so that text order is time order (the server sorts on it).
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    // A time without an offset is taken as UTC: the marketplace only speaks UTC.
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

QStringList missingRequired(const nlohmann::json &j, std::initializer_list<const char *> keys)
{
    QStringList names;
    for (const char *k : keys)
        names << QString::fromLatin1(k);
    return missingRequired(j, names);
}

QStringList missingRequired(const nlohmann::json &j, const QStringList &keys)
{
    QStringList missing;
    for (const QString &k : keys) {
        const std::string key = k.toStdString();
        if (!j.is_object() || !j.contains(key)) {
            missing << k;
            continue;
        }
        const nlohmann::json &v = j.at(key);
        if (v.is_null() || (v.is_string() && QString::fromStdString(v.get<std::string>()).trimmed().isEmpty()))
            missing << k;
    }
    return missing;
}

} // namespace onbehalf::wire
