#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace onbehalf {

// How the history shows durations, times, amounts and end causes, in the language chosen.
class HistoryFormat
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFormat)

public:
    static QString duration(qint64 seconds);
    static QString time(const QDateTime &t);
    // ISO 8601 in UTC with milliseconds (tooltips, files): the same in every language.
    static QString iso(const QDateTime &t);
    // 1/10,000 units as a decimal of the current locale.
    static QString money(qint64 units);
    static QString number(qint64 value);
    static QString endCause(const QString &cause);
    // An order status's display name; "Deleted" is the sessions extension's word for a cart
    // removed before it was submitted.
    static QString orderStatus(const QString &status);
};

} // namespace onbehalf
