#pragma once

#include "wire/Json.h"
#include "wire/Money.h"
#include "wire/SessionOrder.h"

#include <vector>

namespace onbehalf::wire {

// GET /v1/impersonationsessions/{id}/receipt: what was done in the customer's name, for the
// customer. The agent by display name (never a username or an internal ID); the orders with their
// numbers, totals and states; Total is what was submitted.
struct SessionReceipt
{
    QString SessionID;
    QString AgentName;
    QString CustomerName;
    QString CompanyName;
    QString Reason;
    QString CaseNumber;
    QDateTime DateStarted;
    std::optional<QDateTime> DateEnded;
    std::vector<SessionOrder> Orders;
    Amount Total;
    QString Currency;
};

ONBEHALF_WIRE_FIELDS(SessionReceipt)
{
    visit("SessionID", v.SessionID);
    visit("AgentName", v.AgentName);
    visit("CustomerName", v.CustomerName);
    visit("CompanyName", v.CompanyName);
    visit("Reason", v.Reason);
    visit("CaseNumber", v.CaseNumber);
    visit("DateStarted", v.DateStarted);
    visit("DateEnded", v.DateEnded);
    visit("Orders", v.Orders);
    visit("Total", v.Total);
    visit("Currency", v.Currency);
}
ONBEHALF_WIRE_JSON(SessionReceipt)

} // namespace onbehalf::wire
