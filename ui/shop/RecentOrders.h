#pragma once

#include "wire/Order.h"

#include <QGroupBox>
#include <vector>

class QTableWidget;

namespace onbehalf {

// The buyer's recent orders (number, status by its display name, date, total).
class RecentOrders : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecentOrders(QWidget *parent = nullptr);

    void setOrders(const std::vector<wire::Order> &orders);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTableWidget *m_table;
    std::vector<wire::Order> m_orders;
};

} // namespace onbehalf
