#pragma once

#include "history/HistorySession.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace onbehalf {

// What the history list is narrowed to, in the marketplace's list grammar.
struct SessionFilter
{
    QString agent;   // AgentUsername ('*' allowed); applied for supervisors only
    QString buyerId; // BuyerID
    QString user;    // Username prefix
    QDateTime from;  // DateStarted >= from (invalid: open)
    QDateTime to;    // DateStarted < to (invalid: open)
    bool activeOnly = false;
    QString search; // over reason, case number, username, full name and agent

    // The start-date range by its name (today, 7days, 30days, any, custom: first to last day,
    // whole local days).
    void setRange(const QString &range, QDate first, QDate last);
    // Filters and search, without paging or sorting.
    QUrlQuery toQuery() const;
    // The same rules applied locally (the journal).
    bool matches(const HistorySession &s) const;
    bool operator==(const SessionFilter &) const = default;
};

} // namespace onbehalf
