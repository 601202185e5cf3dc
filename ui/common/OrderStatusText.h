#pragma once

#include <QCoreApplication>
#include <QString>

namespace onbehalf {

// Display names for the order statuses the marketplace sends ("Open", "Unsubmitted", …). The raw
// word is an API value, never shown to the agent; an unknown status is shown as sent rather than
// hidden.
class OrderStatusText
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusText)

public:
    static QString displayName(const QString &status);
};

} // namespace onbehalf
