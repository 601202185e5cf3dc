#pragma once

#include "core/api/ApprovalsApi.h"
#include "wire/Order.h"

#include <QGroupBox>
#include <QHash>
#include <vector>

class QPushButton;
class QTableWidget;

namespace onbehalf {

// The buyer's recent orders (number, status with its approval state, date, total) and a button
// to read them again (an approval happens elsewhere, while the caller is on the line).
class RecentOrders : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecentOrders(QWidget *parent = nullptr);

    void setOrders(const std::vector<wire::Order> &orders);
    // What the order's approvals say (who it waits for, the decline's comment).
    void setApprovals(const QString &orderId, const ApprovalSummary &approvals);
    void clear();
    // The status shown for an order ("Awaiting approval by Approvers"), empty if not listed.
    QString statusText(const QString &orderId) const;

    // Orders whose status needs their approvals to be said in full.
    static bool needsApprovals(const wire::Order &order);

signals:
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QTableWidget *m_table;
    QPushButton *m_refresh;
    std::vector<wire::Order> m_orders;
    QHash<QString, ApprovalSummary> m_approvals;
};

} // namespace onbehalf
