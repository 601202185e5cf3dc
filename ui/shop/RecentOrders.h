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

private:
    QTableWidget *m_table;
};

} // namespace onbehalf
