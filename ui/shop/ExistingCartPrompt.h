#pragma once

#include "wire/Order.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace onbehalf {

// "This buyer has an unsubmitted order … Continue that order / Start a new cart": offered, never
// silently reused, since it may be the buyer's own work in progress.
class ExistingCartPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit ExistingCartPrompt(QWidget *parent = nullptr);

    void offer(const wire::Order &order);
    QString orderId() const { return m_orderId; }

signals:
    void continueRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QPushButton *m_continue;
    QPushButton *m_new;
    QString m_orderId;
    std::optional<wire::Order> m_order;
};

} // namespace onbehalf
