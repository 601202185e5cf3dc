#pragma once

#include "core/net/ApiError.h"
#include "wire/BuyerProduct.h"
#include "wire/LineItem.h"
#include "wire/Order.h"
#include "wire/OrderWorksheet.h"

#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QProgressBar;

namespace onbehalf {

class BuyerShop;
class CartView;
class CatalogView;
class CheckoutFlow;
class CoSignWait;
class MarketplaceClient;
class OrderConfirmation;
class OrderNumbering;
class RecentOrders;
class SessionManager;
class Settings;

// Shopping as the buyer during a session: puts the catalog, cart, confirmation and recent
// orders side by side and does what they ask on the marketplace. The caller's storefront cart is
// offered first; the cart shown is re-read from the order's line items after every change, with
// shipping and totals from the marketplace's checkout where it has one; failures leave the cart
// as it was; an expired buyer token is renewed and the step retried.
class ShopPanel : public QWidget
{
    Q_OBJECT

public:
    ShopPanel(MarketplaceClient *client, SessionManager *sessions, QWidget *parent = nullptr);
    // Where the per-marketplace settings (order numbers) are read at each session start.
    void setSettings(Settings *settings) { m_settings = settings; }

    bool cartHasLines() const { return !m_lines.empty(); }
    int cartLineCount() const { return int(m_lines.size()); }
    // The cart's total as shown ("$152.25"), for the question asked before leaving it.
    QString cartTotalText() const { return m_totalText; }
    QString cartOrderId() const { return m_cartId; }
    QString lastConfirmation() const;
    // Ctrl+F on this tab.
    void focusSearch();

signals:
    void orderSubmitted(const QString &orderId);
    // The first page of the catalog is on screen (benchmarks measure "Start" → here).
    void catalogShown();
    // The cart as re-read from the server (tests compare it with the server's line items).
    void cartShown();
    // Shipping methods and the totals the marketplace calculated are on screen.
    void checkoutShown();
    // The buyer's recent orders, with their approval states, are on screen.
    void recentOrdersShown();
    // A submit over the session's limit now waits for a supervisor's co-sign.
    void coSignAwaited(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSessionStarted();
    void onSessionEnded();
    void loadAddresses();
    void loadBuyerOrders();
    void checkExistingCart();
    void useCart(const QString &orderId);
    void continueCallersCart(const QString &orderId);
    void noteInSession(const QString &text);
    void startSeparateOrder(const QString &orderId);
    void showWorksheet(const wire::OrderWorksheet &worksheet);
    void showOutcome(const wire::Order &order);
    void updateSubmit();
    void addToCart(const QString &productId, int quantity);
    void withCart(std::function<void()> then);
    void refreshCart();
    void changeQuantity(int row, int quantity);
    void removeLine(int row);
    void applyAddress();
    void applyComments();
    void submit();
    void handle(const ApiError &error, std::function<void()> retry);
    void showError(const QString &message);
    void setBusy(bool busy);

    MarketplaceClient *m_client;
    SessionManager *m_sessions;
    BuyerShop *m_shop;
    CheckoutFlow *m_checkout;
    OrderNumbering *m_numbering;
    Settings *m_settings = nullptr;

    CatalogView *m_catalog;
    CartView *m_cart;
    OrderConfirmation *m_confirmation;
    RecentOrders *m_recent;
    QLabel *m_error;
    QProgressBar *m_progress;
    CoSignWait *m_coSign; // a submit over the session's limit waits here for a supervisor

    std::vector<wire::LineItem> m_lines;
    QString m_cartId;
    QString m_leftCartId; // the caller's cart the agent chose to leave as it is
    QString m_totalText;
    bool m_submitting = false;
    int m_pending = 0;
    quint64 m_cartGeneration = 0; // answers about a cart given up meanwhile are dropped
    quint64 m_ordersGeneration = 0;
};

} // namespace onbehalf
