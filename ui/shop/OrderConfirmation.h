#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace onbehalf {

// "Order oTLt Frf7 4kdU … placed": the number selectable, grouped for the eye, spelled for
// reading it to the caller ("o, capital T, capital L, t · …"), and a Copy button.
class OrderConfirmation : public QFrame
{
    Q_OBJECT

public:
    explicit OrderConfirmation(QWidget *parent = nullptr);

    void showOrder(const QString &orderId, const QString &buyerName, const QString &total);
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
    QString m_buyerName;
    QString m_total;
};

} // namespace onbehalf
