#include "common/OrderStatusText.h"

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

} // namespace onbehalf
