#include "shop/RecentOrders.h"

#include "common/OrderStatusText.h"
#include "common/ReadAloud.h"
#include "shop/Money.h"
#include "shop/ShopTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
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
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshRecentOrdersButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_refresh, 0, Qt::AlignLeft);
    connect(m_refresh, &QPushButton::clicked, this, &RecentOrders::refreshRequested);
    retranslate();
}

void RecentOrders::retranslate()
{
    setTitle(tr("Recent orders of this buyer"));
    m_table->setAccessibleName(tr("The buyer's recent orders"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Status"), tr("Date"), tr("Total")});
    m_refresh->setText(tr("&Update statuses"));
    m_refresh->setAccessibleName(tr("Read the buyer's recent orders again"));
}

void RecentOrders::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill(); // statuses, dates and totals in the new language
    }
    QGroupBox::changeEvent(event);
}

bool RecentOrders::needsApprovals(const wire::Order &order)
{
    return order.Status == QLatin1String("AwaitingApproval") || order.Status == QLatin1String("Declined");
}

void RecentOrders::setOrders(const std::vector<wire::Order> &orders)
{
    m_orders = orders;
    fill();
}

void RecentOrders::setApprovals(const QString &orderId, const ApprovalSummary &approvals)
{
    m_approvals.insert(orderId, approvals);
    fill();
}

QString RecentOrders::statusText(const QString &orderId) const
{
    for (const wire::Order &o : m_orders) {
        if (o.ID == orderId) {
            const auto it = m_approvals.constFind(o.ID);
            return OrderStatusText::withApproval(o, it == m_approvals.constEnd() ? std::nullopt
                                                                                 : std::optional<ApprovalSummary>(*it));
        }
    }
    return QString();
}

void RecentOrders::fill()
{
    m_table->setRowCount(int(m_orders.size()));
    for (int row = 0; row < int(m_orders.size()); ++row) {
        const wire::Order &o = m_orders[size_t(row)];
        m_table->setItem(row, 0, ShopTable::item(ReadAloud::orderNumber(o.ID)));
        m_table->setItem(row, 1, ShopTable::item(statusText(o.ID)));
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
    m_approvals.clear();
    m_table->setRowCount(0);
}

} // namespace onbehalf
