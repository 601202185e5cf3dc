#include "shop/CartView.h"

#include "shop/ExistingCartPrompt.h"
#include "shop/Money.h"
#include "shop/ShippingOptions.h"
#include "shop/ShopTable.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onbehalf {

CartView::CartView(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("cartView"));
    m_existing = new ExistingCartPrompt(this);
    m_table = ShopTable::make(this, "cartTable", QString(), {QString(), QString(), QString(), QString()});
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("addressCombo"));
    m_comments = new QLineEdit(this);
    m_comments->setObjectName(QStringLiteral("commentsEdit"));
    m_subtotal = new QLabel(this);
    m_subtotal->setObjectName(QStringLiteral("subtotalLabel"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_shippingCost = new QLabel(this);
    m_shippingCost->setObjectName(QStringLiteral("shippingCostLabel"));
    m_tax = new QLabel(this);
    m_tax->setObjectName(QStringLiteral("taxLabel"));
    m_shipping = new ShippingOptions(this);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitOrderButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_existing);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    auto *form = new QFormLayout;
    m_form = form;
    m_shipLabel = new QLabel(this);
    m_shipLabel->setBuddy(m_address);
    form->addRow(m_shipLabel, m_address);
    m_commentsLabel = new QLabel(this);
    m_commentsLabel->setBuddy(m_comments);
    form->addRow(m_commentsLabel, m_comments);
    form->addRow(m_shipping);
    m_subtotalLabel = new QLabel(this);
    form->addRow(m_subtotalLabel, m_subtotal);
    m_shippingCostLabel = new QLabel(this);
    form->addRow(m_shippingCostLabel, m_shippingCost);
    m_taxLabel = new QLabel(this);
    form->addRow(m_taxLabel, m_tax);
    m_totalLabel = new QLabel(this);
    form->addRow(m_totalLabel, m_total);
    layout->addLayout(form);
    layout->addWidget(m_submit);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *changed) {
        if (m_filling || changed->column() != 1)
            return;
        bool ok = false;
        const int quantity = QLocale().toInt(changed->text(), &ok);
        if (!ok || quantity < 1) {
            emit invalidQuantity();
            return;
        }
        emit quantityEdited(changed->row(), quantity);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentLine() >= 0)
            emit removeRequested(currentLine());
    });
    connect(m_address, &QComboBox::activated, this, &CartView::addressChosen);
    connect(m_comments, &QLineEdit::editingFinished, this, &CartView::commentsEdited);
    connect(m_submit, &QPushButton::clicked, this, &CartView::submitRequested);
    retranslate();
    showEmpty();
    setCheckoutShown(false);
}

void CartView::setCheckoutShown(bool shown)
{
    m_form->setRowVisible(m_shippingCost, shown);
    m_form->setRowVisible(m_tax, shown);
    if (!shown)
        m_shipping->clearEstimates(); // hides itself
}

void CartView::retranslate()
{
    setTitle(tr("Cart"));
    m_table->setAccessibleName(tr("Cart"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *qty = m_table->item(row, 1))
            qty->setToolTip(tr("Type a new quantity and press Enter"));
    }
    m_remove->setText(tr("Remove &line"));
    m_remove->setAccessibleName(tr("Remove the selected cart line"));
    m_address->setAccessibleName(tr("Shipping address"));
    if (m_address->count() == 1 && m_address->itemData(0).toString().isEmpty())
        m_address->setItemText(0, tr("The buyer has no shipping address"));
    m_comments->setAccessibleName(tr("Order comments"));
    m_total->setAccessibleName(tr("Order total"));
    m_submit->setText(tr("Su&bmit order"));
    m_submit->setAccessibleName(tr("Submit order"));
    m_shipLabel->setText(tr("Shi&p to:"));
    m_commentsLabel->setText(tr("Co&mments:"));
    m_subtotalLabel->setText(tr("Subtotal:"));
    m_shippingCostLabel->setText(tr("Shipping:"));
    m_taxLabel->setText(tr("Tax:"));
    m_subtotal->setAccessibleName(tr("Subtotal"));
    m_shippingCost->setAccessibleName(tr("Shipping cost"));
    m_tax->setAccessibleName(tr("Tax"));
    m_totalLabel->setText(tr("Total:"));
}

void CartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CartView::showLines(const std::vector<wire::LineItem> &lines, bool canSubmit)
{
    m_filling = true;
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row) {
        const wire::LineItem &li = lines[size_t(row)];
        m_table->setItem(row, 0, ShopTable::item(li.Product.Name));
        auto *qty = new QTableWidgetItem(QLocale().toString(li.Quantity));
        qty->setToolTip(tr("Type a new quantity and press Enter"));
        m_table->setItem(row, 1, qty);
        m_table->setItem(row, 2, ShopTable::item(formatMoney(li.UnitPrice, QStringLiteral("USD"))));
        m_table->setItem(row, 3, ShopTable::item(formatMoney(li.LineTotal, QStringLiteral("USD"))));
    }
    m_filling = false;
    m_remove->setEnabled(!lines.empty());
    m_submit->setEnabled(!lines.empty() && canSubmit);
}

void CartView::showTotals(const wire::Order &order)
{
    m_subtotal->setText(formatMoney(order.Subtotal, order.Currency));
    m_shippingCost->setText(formatMoney(order.ShippingCost, order.Currency));
    m_tax->setText(formatMoney(order.TaxCost, order.Currency));
    m_total->setText(formatMoney(order.Total, order.Currency));
    if (!m_comments->hasFocus())
        m_comments->setText(order.Comments.value_or(QString()));
}

void CartView::showEmpty()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
    m_subtotal->setText(formatMoney({}, QStringLiteral("USD")));
    m_shippingCost->setText(formatMoney({}, QStringLiteral("USD")));
    m_tax->setText(formatMoney({}, QStringLiteral("USD")));
    m_total->setText(formatMoney({}, QStringLiteral("USD")));
    m_comments->clear();
    m_submit->setEnabled(false);
    m_remove->setEnabled(false);
}

void CartView::setSubmitEnabled(bool enabled)
{
    m_submit->setEnabled(enabled && m_table->rowCount() > 0);
}

void CartView::setAddresses(const std::vector<wire::BuyerAddress> &addresses)
{
    m_address->clear();
    for (const wire::BuyerAddress &a : addresses) {
        if (a.Shipping)
            m_address->addItem(a.oneLine(), a.ID);
    }
    if (m_address->count() == 0)
        m_address->addItem(tr("The buyer has no shipping address"), QString());
}

void CartView::clearAddresses()
{
    m_address->clear();
}

QString CartView::addressId() const
{
    return m_address->currentData().toString();
}

QString CartView::comments() const
{
    return m_comments->text();
}

int CartView::currentLine() const
{
    return m_table->currentRow();
}

} // namespace onbehalf
