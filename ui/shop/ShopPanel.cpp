#include "shop/ShopPanel.h"

#include "common/Announce.h"
#include "core/api/ApprovalsApi.h"
#include "core/api/BuyerShop.h"
#include "core/api/CartApi.h"
#include "core/api/SessionNotesApi.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/session/CoSignWait.h"
#include "core/session/SessionManager.h"
#include "shop/CartView.h"
#include "shop/CatalogView.h"
#include "shop/CheckoutFlow.h"
#include "shop/ExistingCartPrompt.h"
#include "shop/Money.h"
#include "shop/OrderConfirmation.h"
#include "shop/OrderNumbering.h"
#include "shop/RecentOrders.h"
#include "shop/ShippingOptions.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace onbehalf {

ShopPanel::ShopPanel(MarketplaceClient *client, SessionManager *sessions, QWidget *parent)
    : QWidget(parent), m_client(client), m_sessions(sessions), m_shop(new BuyerShop(client, this)),
      m_checkout(new CheckoutFlow(client, this)), m_numbering(new OrderNumbering(client, this))
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
    connect(m_cart->existingCartPrompt(), &ExistingCartPrompt::continueRequested, this,
            &ShopPanel::continueCallersCart);
    connect(m_cart->existingCartPrompt(), &ExistingCartPrompt::separateRequested, this, &ShopPanel::startSeparateOrder);
    connect(m_cart->shippingOptions(), &ShippingOptions::methodChosen, this,
            [this](const QString &estimate, const QString &method) {
                showError(QString());
                m_checkout->choose(m_cartId, estimate, method);
            });
    connect(m_checkout, &CheckoutFlow::shown, this, &ShopPanel::showWorksheet);
    connect(m_checkout, &CheckoutFlow::notNeeded, this, [this] { m_cart->setCheckoutShown(false); });
    connect(m_checkout, &CheckoutFlow::failed, this, [this](const ApiError &e, std::function<void()> retry) {
        if (e.status() == 401) {
            handle(e, retry);
            return;
        }
        // The cart stays as it is; the agent can change it (or the address) and it is tried again.
        showError(tr("Shipping and tax could not be worked out: %1 The cart is kept.").arg(e.message()));
    });
    connect(m_checkout, &CheckoutFlow::busyChanged, this, [this](bool busy) {
        setBusy(busy);
        updateSubmit();
    });
    connect(m_recent, &RecentOrders::refreshRequested, this, &ShopPanel::loadBuyerOrders);
    m_coSign = new CoSignWait(m_sessions, this);
    connect(m_coSign, &CoSignWait::approved, this, [this](const QString &orderId) {
        if (orderId != m_cartId)
            return;
        showError(tr("A supervisor co-signed the order: submitting it."));
        submit();
    });
    connect(m_coSign, &CoSignWait::declined, this, [this](const QString &, const QString &by, const QString &comment) {
        showError(comment.isEmpty() ? tr("Supervisor %1 declined the order.").arg(by)
                                    : tr("Supervisor %1 declined the order: %2").arg(by, comment));
    });
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
    if (const auto request = CoSignWait::requestOf(error)) {
        showError(tr("Waiting for a supervisor to co-sign (limit %1, this session %2)…")
                      .arg(formatMoney(request->Limit, request->Currency),
                           formatMoney(request->SessionTotal, request->Currency)));
        m_coSign->wait(request->OrderID);
        emit coSignAwaited(request->OrderID);
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
    m_leftCartId.clear();
    m_submitting = false;
    m_checkout->reset();
    m_cart->setCheckoutShown(false);
    if (m_settings)
        m_numbering->check(m_settings->marketplaceSettings(m_sessions->session().marketplace));
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
    ++m_ordersGeneration; // a late answer about the ended session's orders is dropped
    m_checkout->reset();
    m_cart->setCheckoutShown(false);
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
    const quint64 generation = ++m_ordersGeneration;
    m_shop->recentOrders(this, [this, generation](Result<wire::ListPage<wire::Order>> r) {
        if (generation != m_ordersGeneration)
            return;
        if (!r.ok()) {
            handle(r.error, [this] { loadBuyerOrders(); });
            return;
        }
        m_recent->setOrders(r.value.items);
        // Who an order waits for, or why it was declined, is in its approvals.
        auto left = std::make_shared<int>(1);
        auto done = [this, left, generation] {
            if (--*left == 0 && generation == m_ordersGeneration)
                emit recentOrdersShown();
        };
        for (const wire::Order &o : r.value.items) {
            if (!RecentOrders::needsApprovals(o))
                continue;
            ++*left;
            ApprovalsApi(m_client).summary(o, MarketplaceClient::Token::Buyer, this,
                                           [this, id = o.ID, generation, done](Result<ApprovalSummary> a) {
                                               if (a.ok() && generation == m_ordersGeneration)
                                                   m_recent->setApprovals(id, a.value);
                                               done();
                                           });
        }
        done();
    });
}

void ShopPanel::checkExistingCart()
{
    // The caller's storefront cart as it is now (Cart API), with its lines; a marketplace
    // without the Cart API: the buyer's latest unsubmitted order.
    CartApi(m_client).cart(this, [this](Result<wire::Order> cart) {
        if (!m_cartId.isEmpty() || !m_sessions->isActive())
            return;
        if (!cart.ok()) {
            m_shop->unsubmittedOrders(this, [this](Result<wire::ListPage<wire::Order>> r) {
                if (r.ok() && !r.value.items.empty() && m_cartId.isEmpty())
                    m_cart->existingCartPrompt()->offer(r.value.items.front());
            });
            return;
        }
        if (cart.value.ID.isEmpty())
            return; // no cart yet
        CartApi(m_client).lineItems(this, [this, order = cart.value](Result<wire::ListPage<wire::LineItem>> lines) {
            if (!m_cartId.isEmpty() || !m_sessions->isActive())
                return;
            m_cart->existingCartPrompt()->offer(order, lines.ok() ? lines.value.items : std::vector<wire::LineItem>{});
        });
    });
}

void ShopPanel::noteInSession(const QString &text)
{
    // With the sessions extension the marketplace keeps the call record; without it the journal.
    const JournalEntry &s = m_sessions->session();
    if (!s.serverRecorded) {
        m_sessions->recordNote(text);
        return;
    }
    SessionNotesApi(m_client).append(s.ID, CallNoteRequest::note(text), this, [this, text](Result<wire::CallNote> r) {
        if (!r.ok()) {
            m_sessions->recordNote(text); // kept here at least
            showError(tr("The note could not be added to the session's record: %1").arg(r.error.message()));
        }
    });
}

void ShopPanel::continueCallersCart(const QString &orderId)
{
    m_leftCartId.clear();
    noteInSession(tr("Continued the caller's cart %1.").arg(orderId));
    m_shop->patchOrder(
        orderId,
        nlohmann::json{
            {"xp", {{"CallerCart", {{"Choice", "Continued"}, {"SessionID", m_sessions->session().ID.toStdString()}}}}}},
        this, [](Result<wire::Order>) {});
    m_sessions->recordOrder(orderId);
    useCart(orderId);
}

void ShopPanel::startSeparateOrder(const QString &orderId)
{
    m_leftCartId = orderId;
    noteInSession(tr("Started a separate order; the caller's cart %1 was left as it is.").arg(orderId));
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
    // The order number is known once the marketplace said whether it has the incrementor.
    if (m_numbering->isChecking()) {
        setBusy(true);
        m_numbering->whenReady([this, then] {
            setBusy(false);
            withCart(then);
        });
        return;
    }
    const JournalEntry &s = m_sessions->session();
    // Attribution the marketplace keeps with the order (our server also stamps it from the token).
    nlohmann::json xp{{"Onbehalf",
                       {{"SessionID", s.ID},
                        {"AgentUsername", s.AgentUsername},
                        {"Reason", s.note.Reason},
                        {"CaseNumber", s.note.CaseNumber}}}};
    if (!m_leftCartId.isEmpty())
        xp["CallerCart"] = {{"Choice", "Separate"}, {"LeftCartID", m_leftCartId.toStdString()}};
    setBusy(true);
    m_shop->createCart(m_numbering->idTemplate(), xp, this, [this, then](Result<wire::Order> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this, then] { withCart(then); });
            return;
        }
        m_cart->existingCartPrompt()->hide();
        useCart(r.value.ID);
        m_sessions->recordOrder(r.value.ID);
        const QString address = m_cart->addressId();
        if (address.isEmpty()) {
            then();
            return;
        }
        // Ship-to first: shipping and tax are worked out from it.
        setBusy(true);
        m_shop->patchOrder(m_cartId, nlohmann::json{{"ShippingAddressID", address}}, this,
                           [this, then](Result<wire::Order>) {
                               setBusy(false);
                               then();
                           });
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
        m_checkout->cancel();
        m_cart->setCheckoutShown(false);
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
                if (m_lines.empty()) {
                    m_checkout->cancel();
                    m_cart->setCheckoutShown(false);
                } else if (m_checkout->need() != CheckoutFlow::Need::NotNeeded && !m_submitting) {
                    m_checkout->update(o.value.ID);
                }
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
        if (!r.ok()) {
            handle(r.error, [this] { applyAddress(); });
            return;
        }
        if (!m_lines.empty())
            m_checkout->update(m_cartId); // tax (and delivery) follow the ship-to
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
    m_checkout->cancel();
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
            if (r.error.errorCode() == QLatin1String("Order.MissingShipMethodSelection")) {
                // The shipping was dropped meanwhile (e.g. the ship-to changed): work it out again.
                showError(tr("Choose how to ship the order first; the shipping methods are read again."));
                m_checkout->update(m_cartId);
                return;
            }
            handle(r.error, [this] { submit(); });
            return;
        }
        showError(QString());
        showOutcome(r.value);
        m_sessions->recordOrder(r.value.ID);
        m_sessions->setCartOrder(QString());
        m_cartId.clear();
        refreshCart(); // an empty cart, comments cleared
        loadBuyerOrders();
        emit orderSubmitted(r.value.ID);
    });
}

void ShopPanel::showWorksheet(const wire::OrderWorksheet &worksheet)
{
    if (worksheet.Order.ID != m_cartId)
        return; // a cart given up meanwhile
    showError(QString());
    m_cart->setCheckoutShown(true);
    if (worksheet.ShipEstimateResponse)
        m_cart->shippingOptions()->showEstimates(*worksheet.ShipEstimateResponse, worksheet.Order.Currency);
    m_cart->showTotals(worksheet.Order);
    m_totalText = formatMoney(worksheet.Order.Total, worksheet.Order.Currency);
    updateSubmit();
    emit checkoutShown();
}

void ShopPanel::updateSubmit()
{
    // Not while shipping and tax are being worked out: the total read back must be the final one.
    // While it is not yet known whether the marketplace prices shipping at all, Submit stays: the
    // marketplace refuses an order without a ship method it needs, and the methods are read again.
    const bool pricing = m_checkout->isBusy() && m_checkout->need() == CheckoutFlow::Need::Needed;
    m_cart->setSubmitEnabled(!m_submitting && !pricing && !m_lines.empty());
}

void ShopPanel::showOutcome(const wire::Order &order)
{
    const QString buyer = m_sessions->session().UserFullName;
    const QString company = m_sessions->session().BuyerName;
    m_confirmation->showOrder(order, buyer);
    if (!RecentOrders::needsApprovals(order))
        return;
    // Who the order waits for: its approvals, the groups named.
    ApprovalsApi(m_client).summary(order, MarketplaceClient::Token::Buyer, this,
                                   [this, order, buyer, company](Result<ApprovalSummary> a) {
                                       if (a.ok() && m_confirmation->orderId() == order.ID)
                                           m_confirmation->showOrder(order, buyer, a.value, company);
                                   });
}

} // namespace onbehalf
