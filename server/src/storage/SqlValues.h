#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

namespace onbehalf::server {

// How values are written to and read from the database, the same in both dialects:
// times as fixed-width ISO-8601 UTC text (so text order is time order), booleans as 0/1.
namespace SqlValues {
QString formatTime(const QDateTime &t);
QString now();
QDateTime parseTime(const QVariant &stored);
std::optional<QDateTime> optionalTime(const QVariant &stored);
// A date or date-time from a list filter, normalised to the stored form; nullopt if invalid.
std::optional<QString> normalizeDateFilter(const QString &text);
QVariant nullable(const std::optional<QString> &value);
std::optional<QString> optionalText(const QVariant &stored);
} // namespace SqlValues

} // namespace onbehalf::server
