#pragma once

#include "core/api/ApprovalsApi.h"
#include "wire/Order.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace onbehalf {

// What became of a submitted order in the caller's words ("Order OB-000123 placed …", "Submitted
// — waiting for approval by …", "Declined: …"): the number selectable, grouped for the eye,
// spelled for reading it to the caller ("capital O, capital B · dash · zero, …"), and a Copy
// button.
class OrderConfirmation : public QFrame
{
    Q_OBJECT

public:
    explicit OrderConfirmation(QWidget *parent = nullptr);

    // `approvals` once read (for an order awaiting approval or declined); `buyerCompany` names
    // whose approvers they are.
    void showOrder(const wire::Order &order, const QString &buyerName,
                   const std::optional<ApprovalSummary> &approvals = std::nullopt, const QString &buyerCompany = {});
    void clear();
    QString text() const;
    QString orderId() const { return m_orderId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_summary;
    QLabel *m_number;
    QLabel *m_spelled;
    QPushButton *m_copy;
    QString m_orderId;
    wire::Order m_order;
    QString m_buyerName;
    std::optional<ApprovalSummary> m_approvals;
    QString m_buyerCompany;
};

} // namespace onbehalf
