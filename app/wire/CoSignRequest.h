#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// A submit over the policy's SessionOrderLimit waiting for (or decided by) a supervisor. The
// amounts are what was asked for: an approval covers the order up to OrderTotal, with the
// session's submitted orders up to SessionTotal (this order included).
struct CoSignRequest
{
    QString ID;
    QString OrderID;
    Amount OrderTotal;
    Amount SessionTotal;
    Amount Limit;
    QString Currency;
    QString Status;      // Pending | Approved | Declined | Superseded (the order grew before a decision)
    QString RequestedBy; // the agent's username
    QDateTime DateRequested;
    std::optional<QString> DecidedBy;
    std::optional<QDateTime> DateDecided;
    std::optional<QString> Comment;

    bool isPending() const { return Status == QLatin1String("Pending"); }
    bool isApproved() const { return Status == QLatin1String("Approved"); }
};

ONBEHALF_WIRE_FIELDS(CoSignRequest)
{
    visit("ID", v.ID);
    visit("OrderID", v.OrderID);
    visit("OrderTotal", v.OrderTotal);
    visit("SessionTotal", v.SessionTotal);
    visit("Limit", v.Limit);
    visit("Currency", v.Currency);
    visit("Status", v.Status);
    visit("RequestedBy", v.RequestedBy);
    visit("DateRequested", v.DateRequested);
    visit("DecidedBy", v.DecidedBy);
    visit("DateDecided", v.DateDecided);
    visit("Comment", v.Comment);
}
ONBEHALF_WIRE_JSON(CoSignRequest)

// POST /v1/impersonationsessions/{id}/cosign: a supervisor's decision on a pending request.
struct CoSignDecision
{
    QString OrderID;
    std::optional<bool> Approve;
    std::optional<QString> Comment;
};

ONBEHALF_WIRE_FIELDS(CoSignDecision)
{
    visit("OrderID", v.OrderID);
    visit("Approve", v.Approve);
    visit("Comment", v.Comment);
}
ONBEHALF_WIRE_JSON(CoSignDecision)

} // namespace onbehalf::wire
