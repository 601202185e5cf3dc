#include "shop/RecentOrders.h"

#include "common/OrderStatusText.h"
#include "shop/Money.h"
#include "shop/ShopTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onbehalf {

RecentOrders::RecentOrders(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("recentOrders"));
    m_table = ShopTable::make(this, "buyerOrdersTable", QString(), {QString(), QString(), QString(), QString()});
    // The long order number gives way (elided in the middle, whole in its tooltip) so status,
    // date and total always fit.
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    retranslate();
}

void RecentOrders::retranslate()
{
    setTitle(tr("Recent orders of this buyer"));
    m_table->setAccessibleName(tr("The buyer's recent orders"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Status"), tr("Date"), tr("Total")});
}

void RecentOrders::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setOrders(std::vector<wire::Order>(m_orders)); // statuses, dates and totals in the new language
    }
    QGroupBox::changeEvent(event);
}

void RecentOrders::setOrders(const std::vector<wire::Order> &orders)
{
    m_orders = orders;
    m_table->setRowCount(int(orders.size()));
    for (int row = 0; row < int(orders.size()); ++row) {
        const wire::Order &o = orders[size_t(row)];
        m_table->setItem(row, 0, ShopTable::item(o.ID));
        m_table->setItem(row, 1, ShopTable::item(OrderStatusText::displayName(o.Status)));
        m_table->setItem(row, 2,
                         ShopTable::item(o.DateCreated
                                             ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat)
                                             : QString()));
        m_table->setItem(row, 3, ShopTable::item(formatMoney(o.Total, o.Currency)));
    }
}

void RecentOrders::clear()
{
    m_orders.clear();
    m_table->setRowCount(0);
}

} // namespace onbehalf
