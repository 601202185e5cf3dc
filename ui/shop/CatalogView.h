#pragma once

#include "core/net/ApiError.h"
#include "wire/Product.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace onbehalf {

class ApiJob;
class BuyerShop;

// The buyer's catalog: search, products with prices and limits, the selected product's price
// breaks and minimum, and the quantity to add. It asks for a line only on an explicit action
// (the Add button, its Alt key, Enter in Quantity), never when focus leaves the quantity.
class CatalogView : public QGroupBox
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const ApiError &, std::function<void()> retry)>;

    CatalogView(BuyerShop *shop, QWidget *parent = nullptr);
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    // A clean form for a new session: no search, no products, quantity 1, nothing said.
    void reset();
    void load();
    void focusSearch();

signals:
    void addRequested(const QString &productId, int quantity);
    void catalogShown();
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRows();
    void requestAdd();
    void updateProductDetails();
    void checkQuantity(bool alert);
    const wire::BuyerProduct *currentProduct() const;

    BuyerShop *m_shop;
    ErrorHandler m_onError;
    QLineEdit *m_search;
    QTableWidget *m_products;
    QLabel *m_priceBreaks;
    QSpinBox *m_quantity;
    QLabel *m_quantityLabel;
    QPushButton *m_add;
    QLabel *m_quantityProblem;
    std::vector<wire::BuyerProduct> m_rows;
    QTimer m_searchTimer;
    QPointer<ApiJob> m_job;
};

} // namespace onbehalf
