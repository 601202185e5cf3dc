#include "shop/CartView.h"

#include "shop/ExistingCartPrompt.h"
#include "shop/Money.h"
#include "shop/ShopTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onbehalf {

CartView::CartView(QWidget *parent) : QGroupBox(tr("Cart"), parent)
{
    setObjectName(QStringLiteral("cartView"));
    m_existing = new ExistingCartPrompt(this);
    m_table = ShopTable::make(this, "cartTable", tr("Cart"),
                              {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_remove = new QPushButton(tr("Remove &line"), this);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    m_remove->setAccessibleName(tr("Remove the selected cart line"));
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("addressCombo"));
    m_address->setAccessibleName(tr("Shipping address"));
    m_comments = new QLineEdit(this);
    m_comments->setObjectName(QStringLiteral("commentsEdit"));
    m_comments->setAccessibleName(tr("Order comments"));
    m_subtotal = new QLabel(this);
    m_subtotal->setObjectName(QStringLiteral("subtotalLabel"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setAccessibleName(tr("Order total"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_submit = new QPushButton(tr("Su&bmit order"), this);
    m_submit->setObjectName(QStringLiteral("submitOrderButton"));
    m_submit->setAccessibleName(tr("Submit order"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_existing);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    auto *form = new QFormLayout;
    auto *shipLabel = new QLabel(tr("Shi&p to:"), this);
    shipLabel->setBuddy(m_address);
    form->addRow(shipLabel, m_address);
    auto *commentsLabel = new QLabel(tr("Co&mments:"), this);
    commentsLabel->setBuddy(m_comments);
    form->addRow(commentsLabel, m_comments);
    form->addRow(tr("Subtotal:"), m_subtotal);
    form->addRow(tr("Total:"), m_total);
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
    showEmpty();
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
    m_total->setText(formatMoney({}, QStringLiteral("USD")));
    m_comments->clear();
    m_submit->setEnabled(false);
    m_remove->setEnabled(false);
}

void CartView::setSubmitEnabled(bool enabled)
{
    m_submit->setEnabled(enabled && m_table->rowCount() > 0);
}

void CartView::setAddresses(const std::vector<wire::Address> &addresses)
{
    m_address->clear();
    for (const wire::Address &a : addresses) {
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
