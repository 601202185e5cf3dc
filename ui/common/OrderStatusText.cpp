#include "common/OrderStatusText.h"

#include <QLocale>

namespace onbehalf {

QString OrderStatusText::displayName(const QString &status)
{
    // The OrderCloud order statuses (OrderStatus in the official SDK).
    if (status == QLatin1String("Unsubmitted"))
        return tr("Not submitted", "order status");
    if (status == QLatin1String("AwaitingApproval"))
        return tr("Awaiting approval", "order status");
    if (status == QLatin1String("Declined"))
        return tr("Declined", "order status");
    if (status == QLatin1String("Open"))
        return tr("Open", "order status");
    if (status == QLatin1String("Completed"))
        return tr("Completed", "order status");
    if (status == QLatin1String("Canceled") || status == QLatin1String("Cancelled"))
        return tr("Canceled", "order status");
    return status;
}

QString OrderStatusText::groupList(const QStringList &groups, const QString &buyerCompany)
{
    const QString names = QLocale().createSeparatedList(groups);
    return buyerCompany.isEmpty() ? names
                                  : tr("%1 of %2", "approving groups of a buyer company").arg(names, buyerCompany);
}

QString OrderStatusText::withApproval(const wire::Order &order, const std::optional<ApprovalSummary> &approvals)
{
    if (order.Status == QLatin1String("AwaitingApproval") && approvals && !approvals->waitingFor.isEmpty())
        return tr("Awaiting approval by %1", "order status").arg(groupList(approvals->waitingFor));
    if (order.Status == QLatin1String("Declined") && approvals && approvals->declineComment &&
        !approvals->declineComment->trimmed().isEmpty())
        return tr("Declined: %1", "order status with the approver's comment").arg(approvals->declineComment->trimmed());
    if (order.DateApproved && (order.Status == QLatin1String("Open") || order.Status == QLatin1String("Completed")))
        return tr("Approved — %1", "order status of an approved order").arg(displayName(order.Status));
    return displayName(order.Status);
}

QString OrderStatusText::outcome(const wire::Order &order, const std::optional<ApprovalSummary> &approvals,
                                 const QString &buyerCompany)
{
    if (order.Status == QLatin1String("AwaitingApproval")) {
        if (approvals && !approvals->waitingFor.isEmpty())
            return tr("Submitted — waiting for approval by %1").arg(groupList(approvals->waitingFor, buyerCompany));
        return tr("Submitted — waiting for approval");
    }
    if (order.Status == QLatin1String("Declined")) {
        if (approvals && approvals->declineComment && !approvals->declineComment->trimmed().isEmpty())
            return tr("Declined: %1").arg(approvals->declineComment->trimmed());
        return tr("Declined");
    }
    if (order.Status == QLatin1String("Open") || order.Status == QLatin1String("Completed"))
        return tr("Placed");
    return tr("Submitted — the marketplace says: %1").arg(displayName(order.Status));
}

} // namespace onbehalf
