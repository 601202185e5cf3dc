#pragma once

#include "wire/BuyerAddress.h"
#include "wire/Order.h"

#include <QGroupBox>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace onbehalf {

class ExistingCartPrompt;

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
    void showEmpty(); // no cart: no lines, zero totals, empty comments
    void setSubmitEnabled(bool enabled);
    void setAddresses(const std::vector<wire::BuyerAddress> &addresses);
    void clearAddresses();
    QString addressId() const;
    QString comments() const;
    int currentLine() const;
    ExistingCartPrompt *existingCartPrompt() const { return m_existing; }

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
    QPushButton *m_submit;
    QLabel *m_shipLabel;
    QLabel *m_commentsLabel;
    QLabel *m_subtotalLabel;
    QLabel *m_totalLabel;
    bool m_filling = false;
};

} // namespace onbehalf
