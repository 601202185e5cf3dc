#pragma once

#include "core/net/ApiError.h"
#include "wire/Order.h"
#include "wire/Product.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace onbehalf {

class ApiJob;
class BuyerShop;
class MarketplaceClient;
class SessionManager;

// Shopping as the buyer during a session: the buyer's catalog with prices and limits, the cart
// (an unsubmitted order stamped with the session), address, comments, submit, confirmation, and
// the buyer's recent orders. Failures leave the cart as it was; an expired buyer token is renewed
// and the step retried.
class ShopPanel : public QWidget
{
    Q_OBJECT

public:
    ShopPanel(MarketplaceClient *client, SessionManager *sessions, QWidget *parent = nullptr);

    bool cartHasLines() const { return !m_lines.empty(); }
    QString cartOrderId() const { return m_cartId; }
    QString lastConfirmation() const;

signals:
    void orderSubmitted(const QString &orderId);
    // The first page of the catalog is on screen (benchmarks measure "Start" → here).
    void catalogShown();

private:
    void onSessionStarted();
    void onSessionEnded();
    void loadProducts();
    void loadAddresses();
    void loadBuyerOrders();
    void checkExistingCart();
    void useCart(const QString &orderId);
    void addToCart();
    void withCart(std::function<void()> then);
    void refreshCart();
    void changeQuantity(int row, int quantity);
    void removeLine();
    void applyAddress();
    void applyComments();
    void submit();
    void handle(const ApiError &error, std::function<void()> retry);
    void showError(const QString &message);
    void setBusy(bool busy);
    void updateProductDetails();
    static QString money(const wire::Amount &amount, const QString &currency);

    MarketplaceClient *m_client;
    SessionManager *m_sessions;
    BuyerShop *m_shop;

    QLineEdit *m_productSearch;
    QTableWidget *m_products;
    QLabel *m_productInfo;
    QSpinBox *m_quantity;
    QPushButton *m_add;
    QFrame *m_existingCartBar;
    QLabel *m_existingCartLabel;
    QTableWidget *m_cart;
    QPushButton *m_remove;
    QComboBox *m_address;
    QLineEdit *m_comments;
    QLabel *m_subtotal;
    QLabel *m_total;
    QPushButton *m_submit;
    QLabel *m_confirmation;
    QLabel *m_error;
    QProgressBar *m_progress;
    QTableWidget *m_buyerOrders;

    std::vector<wire::BuyerProduct> m_productRows;
    std::vector<wire::LineItem> m_lines;
    QString m_cartId;
    QString m_existingCartId;
    bool m_submitting = false;
    bool m_filling = false;
    int m_pending = 0;
    QTimer m_searchTimer;
    QPointer<ApiJob> m_productsJob;
};

} // namespace onbehalf
