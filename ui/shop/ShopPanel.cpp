#include "shop/ShopPanel.h"

#include "common/Announce.h"
#include "core/api/BuyerShop.h"
#include "core/net/MarketplaceClient.h"
#include "core/session/SessionManager.h"
#include "shop/CartView.h"
#include "shop/CatalogView.h"
#include "shop/ExistingCartPrompt.h"
#include "shop/Money.h"
#include "shop/OrderConfirmation.h"
#include "shop/RecentOrders.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace onbehalf {

ShopPanel::ShopPanel(MarketplaceClient *client, SessionManager *sessions, QWidget *parent)
    : QWidget(parent), m_client(client), m_sessions(sessions), m_shop(new BuyerShop(client, this))
{
    setObjectName(QStringLiteral("shopPanel"));
    m_catalog = new CatalogView(m_shop, this);
    m_cart = new CartView(this);
    m_confirmation = new OrderConfirmation(this);
    m_recent = new RecentOrders(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("shopErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background: #b00020; color: white; padding: 6px;"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("shopProgress"));
    m_progress->setMaximum(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_cart, 3);
    rightLayout->addWidget(m_confirmation);
    rightLayout->addWidget(m_recent, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_catalog);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    setEnabled(false);
    m_progress->setAccessibleName(tr("Working"));

    m_catalog->setErrorHandler([this](const ApiError &e, std::function<void()> retry) { handle(e, retry); });
    connect(m_catalog, &CatalogView::busyChanged, this, &ShopPanel::setBusy);
    connect(m_catalog, &CatalogView::catalogShown, this, &ShopPanel::catalogShown);
    connect(m_catalog, &CatalogView::addRequested, this, &ShopPanel::addToCart);
    connect(m_cart, &CartView::quantityEdited, this, &ShopPanel::changeQuantity);
    connect(m_cart, &CartView::invalidQuantity, this, [this] {
        showError(tr("The quantity must be a whole number of at least 1."));
        refreshCart();
    });
    connect(m_cart, &CartView::removeRequested, this, &ShopPanel::removeLine);
    connect(m_cart, &CartView::addressChosen, this, &ShopPanel::applyAddress);
    connect(m_cart, &CartView::commentsEdited, this, &ShopPanel::applyComments);
    connect(m_cart, &CartView::submitRequested, this, &ShopPanel::submit);
    connect(m_cart->existingCartPrompt(), &ExistingCartPrompt::continueRequested, this, &ShopPanel::useCart);
    connect(m_sessions, &SessionManager::started, this, &ShopPanel::onSessionStarted);
    connect(m_sessions, &SessionManager::ended, this, &ShopPanel::onSessionEnded);
}

QString ShopPanel::lastConfirmation() const
{
    return m_confirmation->text();
}

void ShopPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_progress->setAccessibleName(tr("Working"));
    QWidget::changeEvent(event);
}

void ShopPanel::focusSearch()
{
    m_catalog->focusSearch();
}

void ShopPanel::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    m_pending = std::max(0, m_pending);
    m_progress->setVisible(m_pending > 0);
}

void ShopPanel::showError(const QString &message)
{
    Announce::message(m_error, message, true);
}

void ShopPanel::handle(const ApiError &error, std::function<void()> retry)
{
    if (error.status() == 401 && retry && m_sessions->isActive()) {
        // The buyer token ran out mid-task: renew it (same session) and do the step again.
        showError(tr("Renewing your access as the buyer…"));
        m_sessions->renew(this, [this, retry](const ApiError &renewError) {
            if (renewError.isError()) {
                showError(renewError.message());
                return;
            }
            showError(QString());
            retry();
        });
        return;
    }
    showError(error.isTransient() ? tr("%1 The cart is kept; try again.").arg(error.message()) : error.message());
}

void ShopPanel::onSessionStarted()
{
    setEnabled(true);
    ++m_cartGeneration;
    m_cartId.clear();
    m_lines.clear();
    m_submitting = false;
    m_confirmation->clear();
    showError(QString());
    m_catalog->reset();
    m_catalog->focusSearch();
    refreshCart();
    m_catalog->load();
    loadAddresses();
    loadBuyerOrders();
    const QString recovered = m_sessions->session().cartOrderId;
    if (!recovered.isEmpty())
        useCart(recovered); // after a crash: the cart is still there
    else
        checkExistingCart();
}

void ShopPanel::onSessionEnded()
{
    setEnabled(false);
    ++m_cartGeneration;
    m_catalog->reset();
    m_lines.clear();
    m_cartId.clear();
    m_totalText.clear();
    m_cart->showEmpty();
    m_cart->clearAddresses();
    m_recent->clear();
    m_cart->existingCartPrompt()->hide();
    showError(QString());
}

void ShopPanel::loadAddresses()
{
    m_shop->addresses(this, [this](Result<wire::ListPage<wire::BuyerAddress>> r) {
        if (!r.ok()) {
            handle(r.error, [this] { loadAddresses(); });
            return;
        }
        m_cart->setAddresses(r.value.items);
    });
}

void ShopPanel::loadBuyerOrders()
{
    m_shop->recentOrders(this, [this](Result<wire::ListPage<wire::Order>> r) {
        if (r.ok())
            m_recent->setOrders(r.value.items);
    });
}

void ShopPanel::checkExistingCart()
{
    m_shop->unsubmittedOrders(this, [this](Result<wire::ListPage<wire::Order>> r) {
        if (!r.ok() || r.value.items.empty() || !m_cartId.isEmpty())
            return;
        m_cart->existingCartPrompt()->offer(r.value.items.front());
    });
}

void ShopPanel::useCart(const QString &orderId)
{
    m_cartId = orderId;
    m_sessions->setCartOrder(orderId);
    refreshCart();
}

void ShopPanel::withCart(std::function<void()> then)
{
    if (!m_cartId.isEmpty()) {
        then();
        return;
    }
    const JournalEntry &s = m_sessions->session();
    // Attribution the marketplace keeps with the order (our server also stamps it from the token).
    const nlohmann::json xp{{"Onbehalf",
                             {{"SessionID", s.ID},
                              {"AgentUsername", s.AgentUsername},
                              {"Reason", s.note.Reason},
                              {"CaseNumber", s.note.CaseNumber}}}};
    setBusy(true);
    m_shop->createCart(xp, this, [this, then](Result<wire::Order> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this, then] { withCart(then); });
            return;
        }
        m_cart->existingCartPrompt()->hide();
        useCart(r.value.ID);
        m_sessions->recordOrder(r.value.ID);
        const QString address = m_cart->addressId();
        if (!address.isEmpty())
            m_shop->patchOrder(m_cartId, nlohmann::json{{"ShippingAddressID", address}}, this,
                               [](Result<wire::Order>) {});
        then();
    });
}

void ShopPanel::addToCart(const QString &productId, int quantity)
{
    showError(QString());
    withCart([this, productId, quantity] {
        setBusy(true);
        m_shop->addLine(m_cartId, productId, quantity, this, [this, productId, quantity](Result<wire::LineItem> r) {
            setBusy(false);
            if (!r.ok()) {
                handle(r.error, [this, productId, quantity] { addToCart(productId, quantity); });
                refreshCart();
                return;
            }
            m_confirmation->clear();
            refreshCart();
        });
    });
}

void ShopPanel::refreshCart()
{
    const quint64 generation = ++m_cartGeneration;
    if (m_cartId.isEmpty()) {
        m_lines.clear();
        m_totalText = formatMoney({}, QStringLiteral("USD"));
        m_cart->showEmpty();
        emit cartShown();
        return;
    }
    setBusy(true);
    const QString orderId = m_cartId;
    m_shop->lineItems(orderId, this, [this, generation, orderId](Result<wire::ListPage<wire::LineItem>> r) {
        setBusy(false);
        if (generation != m_cartGeneration)
            return; // a newer read is under way
        if (!r.ok()) {
            handle(r.error, [this] { refreshCart(); });
            return;
        }
        m_lines = r.value.items;
        m_cart->showLines(m_lines, !m_submitting);
        m_shop->order(orderId, this, [this, generation](Result<wire::Order> o) {
            if (generation != m_cartGeneration)
                return;
            if (o.ok()) {
                m_totalText = formatMoney(o.value.Total, o.value.Currency);
                m_cart->showTotals(o.value);
            } else {
                // Lines without their order's totals would read out a stale total: say so.
                handle(o.error, [this] { refreshCart(); });
            }
            emit cartShown();
        });
    });
}

void ShopPanel::changeQuantity(int row, int quantity)
{
    if (row < 0 || row >= int(m_lines.size()))
        return;
    const QString lineId = m_lines[size_t(row)].ID;
    setBusy(true);
    m_shop->setQuantity(m_cartId, lineId, quantity, this, [this, row, quantity](Result<wire::LineItem> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this, row, quantity] { changeQuantity(row, quantity); });
            refreshCart(); // the quantity shown goes back to what the order holds
            return;
        }
        showError(QString());
        refreshCart();
    });
}

void ShopPanel::removeLine(int row)
{
    if (row < 0 || row >= int(m_lines.size()))
        return;
    const QString lineId = m_lines[size_t(row)].ID;
    setBusy(true);
    m_shop->removeLine(m_cartId, lineId, this, [this, row](Result<bool> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this, row] { removeLine(row); });
            refreshCart();
            return;
        }
        showError(QString());
        refreshCart();
    });
}

void ShopPanel::applyAddress()
{
    const QString address = m_cart->addressId();
    if (m_cartId.isEmpty() || address.isEmpty())
        return;
    m_shop->patchOrder(m_cartId, nlohmann::json{{"ShippingAddressID", address}}, this, [this](Result<wire::Order> r) {
        if (!r.ok())
            handle(r.error, [this] { applyAddress(); });
    });
}

void ShopPanel::applyComments()
{
    if (m_cartId.isEmpty())
        return;
    m_shop->patchOrder(m_cartId, nlohmann::json{{"Comments", m_cart->comments()}}, this, [this](Result<wire::Order> r) {
        if (!r.ok())
            handle(r.error, [this] { applyComments(); });
    });
}

void ShopPanel::submit()
{
    // One submit in flight at most: a double click never submits twice.
    if (m_submitting || m_cartId.isEmpty())
        return;
    m_submitting = true;
    m_cart->setSubmitEnabled(false);
    setBusy(true);
    const QString orderId = m_cartId;
    const QString address = m_cart->addressId();
    // The chosen address and comments go with the order; a retry never submits twice.
    const nlohmann::json patch = address.isEmpty()
                                     ? nlohmann::json::object()
                                     : nlohmann::json{{"ShippingAddressID", address}, {"Comments", m_cart->comments()}};
    m_shop->placeOrder(orderId, patch, this, [this](Result<wire::Order> r) {
        setBusy(false);
        m_submitting = false;
        if (!r.ok()) {
            m_cart->setSubmitEnabled(!m_lines.empty());
            handle(r.error, [this] { submit(); });
            return;
        }
        showError(QString());
        m_confirmation->showOrder(r.value.ID, m_sessions->session().UserFullName,
                                  formatMoney(r.value.Total, r.value.Currency));
        m_sessions->recordOrder(r.value.ID);
        m_sessions->setCartOrder(QString());
        m_cartId.clear();
        refreshCart(); // an empty cart, comments cleared
        loadBuyerOrders();
        emit orderSubmitted(r.value.ID);
    });
}

} // namespace onbehalf
