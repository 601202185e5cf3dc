#pragma once

#include "wire/BuyerAddress.h"
#include "wire/Order.h"

#include <QGroupBox>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace onbehalf {

class ExistingCartPrompt;
class ShippingOptions;

// The cart as the server holds it: its lines (quantity editable in place), shipping address,
// comments, totals and Submit. It shows what it is given and says what the agent asked for;
// ShopPanel talks to the marketplace.
class CartView : public QGroupBox
{
    Q_OBJECT

public:
    explicit CartView(QWidget *parent = nullptr);

    void showLines(const std::vector<wire::LineItem> &lines, bool canSubmit);
    void showTotals(const wire::Order &order);
    // Shipping and tax rows (and the ship methods) where the marketplace's checkout prices them.
    void setCheckoutShown(bool shown);
    void showEmpty(); // no cart: no lines, zero totals, empty comments
    void setSubmitEnabled(bool enabled);
    void setAddresses(const std::vector<wire::BuyerAddress> &addresses);
    void clearAddresses();
    QString addressId() const;
    QString comments() const;
    int currentLine() const;
    ExistingCartPrompt *existingCartPrompt() const { return m_existing; }
    ShippingOptions *shippingOptions() const { return m_shipping; }

protected:
    void changeEvent(QEvent *event) override;

signals:
    void quantityEdited(int row, int quantity);
    void invalidQuantity();
    void removeRequested(int row);
    void addressChosen();
    void commentsEdited();
    void submitRequested();

private:
    void retranslate();

    QTableWidget *m_table;
    ExistingCartPrompt *m_existing;
    QPushButton *m_remove;
    QComboBox *m_address;
    QLineEdit *m_comments;
    QLabel *m_subtotal;
    QLabel *m_total;
    QLabel *m_shippingCost;
    QLabel *m_tax;
    ShippingOptions *m_shipping;
    QFormLayout *m_form;
    QPushButton *m_submit;
    QLabel *m_shipLabel;
    QLabel *m_commentsLabel;
    QLabel *m_subtotalLabel;
    QLabel *m_totalLabel;
    QLabel *m_shippingCostLabel;
    QLabel *m_taxLabel;
    bool m_filling = false;
};

} // namespace onbehalf
