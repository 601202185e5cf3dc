#pragma once

#include "core/session/SessionJournal.h"
#include "wire/ImpersonationSession.h"
#include "wire/ListPage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace onbehalf {

// An order placed with a session's token, as the session list reports it.
struct HistoryOrder
{
    QString id;
    QString status;              // Unsubmitted, Open, …, or Deleted
    std::optional<qint64> total; // 1/10,000 units; none for a deleted order
    std::optional<QDateTime> created;
    std::optional<QDateTime> submitted;
};

// One impersonation session of the history: from the marketplace's sessions extension, or from
// this desk's local journal when the marketplace has no such extension.
struct HistorySession
{
    QString id;
    QString agentUserId;
    QString agentUsername;
    QString buyerId;
    QString buyerName;
    QString userId;
    QString username;
    QString userFullName;
    QString clientId;
    QStringList roles;
    QString reason;
    QString caseNumber;
    QDateTime started;
    QDateTime tokenExpires;
    std::optional<QDateTime> ended;
    QString endCause;
    bool active = false;
    qint64 durationSeconds = 0;
    std::vector<HistoryOrder> orders;
    int orderCount = 0;
    qint64 submittedTotal = 0; // 1/10,000 units
    bool fromJournal = false;

    // From the sessions extension's record (decoded through app/wire, the one definition).
    static HistorySession fromWire(const wire::ImpersonationSession &w);
    static std::vector<HistorySession> fromPage(const wire::ListPage<wire::ImpersonationSession> &page);
    static HistorySession fromJournalEntry(const JournalEntry &e);
    // Seconds from start to end, or to `now` while the session is active.
    qint64 durationAt(const QDateTime &now) const;
    bool sameState(const HistorySession &other) const;
};

} // namespace onbehalf
