#pragma once

#include "core/api/ApprovalsApi.h"
#include "wire/Order.h"

#include <QCoreApplication>
#include <QString>

namespace onbehalf {

// Display names for the order statuses the marketplace sends ("Open", "Unsubmitted", …). The raw
// word is an API value, never shown to the agent; an unknown status is shown as sent rather than
// hidden. With the order's approvals known, the status says who it waits for, that it was
// approved, or why it was declined — the words an agent reads to the caller.
class OrderStatusText
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusText)

public:
    static QString displayName(const QString &status);
    // "Awaiting approval by Approvers", "Approved — Open", "Declined: over budget", or the
    // display name. `approvals` may be unknown (not read yet).
    static QString withApproval(const wire::Order &order, const std::optional<ApprovalSummary> &approvals);
    // The first sentence of a submit's confirmation: "Placed", "Submitted — waiting for approval by
    // Approvers of Contoso Schools", "Declined: …".
    static QString outcome(const wire::Order &order, const std::optional<ApprovalSummary> &approvals,
                           const QString &buyerCompany = {});
    // Group names as a list for a sentence ("Approvers and Buyers").
    static QString groupList(const QStringList &groups, const QString &buyerCompany = {});
};

} // namespace onbehalf
