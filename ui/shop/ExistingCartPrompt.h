#pragma once

#include "wire/LineItem.h"
#include "wire/Order.h"

#include <QFrame>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace onbehalf {

// "The caller's cart has 2 lines … Continue the caller's cart / Start a separate order": what is
// in the buyer's storefront cart (or an unsubmitted order) now, offered and never silently
// reused or merged, since it is the buyer's own work in progress.
class ExistingCartPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit ExistingCartPrompt(QWidget *parent = nullptr);

    // `lines` may be empty when only the order is known.
    void offer(const wire::Order &order, const std::vector<wire::LineItem> &lines = {});
    QString orderId() const { return m_orderId; }

signals:
    void continueRequested(const QString &orderId);
    void separateRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QListWidget *m_lines;
    QPushButton *m_continue;
    QPushButton *m_new;
    QString m_orderId;
    std::optional<wire::Order> m_order;
    std::vector<wire::LineItem> m_lineItems;
};

} // namespace onbehalf
