#pragma once

#include "wire/CallNote.h"
#include "wire/CoSignRequest.h"
#include "wire/EndCause.h"
#include "wire/Json.h"
#include "wire/Money.h"
#include "wire/SessionNote.h"
#include "wire/SessionOrder.h"

#include <vector>

namespace onbehalf::wire {

// One impersonation session of the sessions extension (/v1/impersonationsessions): who acted
// for whom, why, with which client and roles, and how it ended. The one definition of the
// record: the server stores and serves it, the desk's journal keeps it, the history shows it.
// Never holds a token.
struct ImpersonationSession
{
    QString ID;
    QString AgentUserID;
    QString AgentUsername;
    QString BuyerID;
    QString BuyerName;
    QString UserID;
    QString Username;
    QString UserFullName;
    QString ClientID;
    QStringList Roles;
    SessionNote note; // Reason, CaseNumber
    QDateTime DateStarted;
    QDateTime TokenExpires;
    std::optional<QDateTime> DateEnded;
    std::optional<wire::EndCause> EndCause;
    std::optional<QString> EndedBy;    // username of who ended it; null while active and for expiry
    std::optional<QString> EndComment; // why a supervisor revoked it (shown to the agent)
    // The last request made with the session's token (the server writes it at most every few
    // seconds per session; see the README); DateStarted until then.
    std::optional<QDateTime> LastActivity;
    std::vector<SessionOrder> Orders;
    std::vector<CallNote> Notes;               // append-only, oldest first
    std::vector<CoSignRequest> CoSignRequests; // oldest first

    // Derived on output (Status, DurationSeconds, OrderCount, OrderTotal, SubmittedTotal); read
    // back as given.
    std::optional<int> OrderCount;
    std::optional<Amount> OrderTotal;
    std::optional<qint64> DurationSeconds;
    std::optional<Amount> SubmittedTotal;

    bool isActive() const { return !DateEnded.has_value(); }
    QString status() const { return isActive() ? QStringLiteral("Active") : QStringLiteral("Ended"); }
    // Seconds from start to end, or to `now` while active.
    qint64 durationAt(const QDateTime &now) const
    {
        if (!DateStarted.isValid())
            return DurationSeconds.value_or(0);
        return std::max<qint64>(0, DateStarted.secsTo(DateEnded.value_or(now)));
    }
    int orderCount() const { return OrderCount.value_or(int(Orders.size())); }
    // Every order still there, open carts included: what is at stake in the session so far.
    Amount orderTotal() const
    {
        if (OrderTotal)
            return *OrderTotal;
        Amount sum;
        for (const SessionOrder &o : Orders) {
            if (o.Total && !o.isDeleted())
                sum = sum + *o.Total;
        }
        return sum;
    }
    // Submitted orders only: a cart is not yet money spent.
    Amount submittedTotal() const
    {
        if (SubmittedTotal)
            return *SubmittedTotal;
        Amount sum;
        for (const SessionOrder &o : Orders) {
            if (o.counts())
                sum = sum + *o.Total;
        }
        return sum;
    }
};

inline void to_json(nlohmann::json &j, const ImpersonationSession &s)
{
    j = nlohmann::json{{"ID", s.ID},
                       {"AgentUserID", s.AgentUserID},
                       {"AgentUsername", s.AgentUsername},
                       {"BuyerID", s.BuyerID},
                       {"BuyerName", s.BuyerName},
                       {"UserID", s.UserID},
                       {"Username", s.Username},
                       {"UserFullName", s.UserFullName},
                       {"ClientID", s.ClientID},
                       {"Roles", s.Roles},
                       {"DateStarted", s.DateStarted},
                       {"TokenExpires", s.TokenExpires},
                       {"DateEnded", s.DateEnded},
                       {"EndCause", s.EndCause},
                       {"EndedBy", s.EndedBy},
                       {"EndComment", s.EndComment},
                       {"LastActivity", s.LastActivity},
                       {"Status", s.status()},
                       {"DurationSeconds", s.durationAt(QDateTime::currentDateTimeUtc())},
                       {"Orders", s.Orders},
                       {"OrderCount", s.orderCount()},
                       {"OrderTotal", s.orderTotal()},
                       {"SubmittedTotal", s.submittedTotal()},
                       {"Notes", s.Notes},
                       {"CoSignRequests", s.CoSignRequests}};
    writeNote(j, s.note);
}

inline void from_json(const nlohmann::json &j, ImpersonationSession &s)
{
    read(j, "ID", s.ID);
    read(j, "AgentUserID", s.AgentUserID);
    read(j, "AgentUsername", s.AgentUsername);
    read(j, "BuyerID", s.BuyerID);
    read(j, "BuyerName", s.BuyerName);
    read(j, "UserID", s.UserID);
    read(j, "Username", s.Username);
    read(j, "UserFullName", s.UserFullName);
    read(j, "ClientID", s.ClientID);
    read(j, "Roles", s.Roles);
    readNote(j, s.note);
    read(j, "DateStarted", s.DateStarted);
    read(j, "TokenExpires", s.TokenExpires);
    read(j, "DateEnded", s.DateEnded);
    read(j, "EndCause", s.EndCause);
    read(j, "EndedBy", s.EndedBy);
    read(j, "EndComment", s.EndComment);
    read(j, "LastActivity", s.LastActivity);
    read(j, "Orders", s.Orders);
    read(j, "Notes", s.Notes);
    read(j, "CoSignRequests", s.CoSignRequests);
    read(j, "OrderCount", s.OrderCount);
    read(j, "OrderTotal", s.OrderTotal);
    read(j, "DurationSeconds", s.DurationSeconds);
    read(j, "SubmittedTotal", s.SubmittedTotal);
    // Status is derived from DateEnded; a record whose Status says otherwise is not trusted.
    QString status;
    read(j, "Status", status);
    if (!status.isEmpty() && status != s.status())
        throw DecodeError(QStringLiteral("Status"), QStringLiteral("does not match DateEnded"));
    if (s.ID.isEmpty())
        throw DecodeError(QStringLiteral("ID"), QStringLiteral("is missing"));
}

} // namespace onbehalf::wire
