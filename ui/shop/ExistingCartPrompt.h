#pragma once

#include "wire/Order.h"

#include <QFrame>

class QLabel;

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

private:
    QLabel *m_label;
    QString m_orderId;
};

} // namespace onbehalf
