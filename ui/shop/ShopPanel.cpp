#include "shop/ShopPanel.h"

#include "common/OrderStatusText.h"
#include "core/api/BuyerShop.h"
#include "core/net/MarketplaceClient.h"
#include "core/session/SessionManager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onbehalf {

namespace {

QTableWidget *table(QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

} // namespace

ShopPanel::ShopPanel(MarketplaceClient *client, SessionManager *sessions, QWidget *parent)
    : QWidget(parent), m_client(client), m_sessions(sessions), m_shop(new BuyerShop(client, this))
{
    setObjectName(QStringLiteral("shopPanel"));

    // Catalog
    m_productSearch = new QLineEdit(this);
    m_productSearch->setObjectName(QStringLiteral("productSearchEdit"));
    m_productSearch->setPlaceholderText(tr("Search the buyer's catalog"));
    m_productSearch->setAccessibleName(tr("Search products"));
    m_productSearch->setClearButtonEnabled(true);
    m_products =
        table(this, "productsTable", tr("Products"), {tr("Product"), tr("ID"), tr("Price"), tr("Order limits")});
    m_productInfo = new QLabel(this);
    m_productInfo->setObjectName(QStringLiteral("productInfoLabel"));
    m_productInfo->setWordWrap(true);
    m_productInfo->setAccessibleName(tr("Price breaks"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setRange(1, 100000);
    m_add = new QPushButton(tr("&Add to cart"), this);
    m_add->setObjectName(QStringLiteral("addToCartButton"));
    m_add->setAccessibleName(tr("Add to cart"));
    auto *catalogBox = new QGroupBox(tr("Catalog"), this);
    auto *catalogLayout = new QVBoxLayout(catalogBox);
    catalogLayout->addWidget(m_productSearch);
    catalogLayout->addWidget(m_products, 1);
    catalogLayout->addWidget(m_productInfo);
    auto *addRow = new QHBoxLayout;
    auto *qtyLabel = new QLabel(tr("&Quantity:"), this);
    qtyLabel->setBuddy(m_quantity);
    addRow->addWidget(qtyLabel);
    addRow->addWidget(m_quantity);
    addRow->addWidget(m_add);
    addRow->addStretch();
    catalogLayout->addLayout(addRow);

    // Cart
    m_existingCartBar = new QFrame(this);
    m_existingCartBar->setObjectName(QStringLiteral("existingCartBar"));
    m_existingCartBar->setFrameShape(QFrame::StyledPanel);
    m_existingCartLabel = new QLabel(m_existingCartBar);
    m_existingCartLabel->setWordWrap(true);
    auto *continueCart = new QPushButton(tr("&Continue that order"), m_existingCartBar);
    continueCart->setObjectName(QStringLiteral("continueCartButton"));
    continueCart->setAccessibleName(tr("Continue the buyer's unsubmitted order"));
    auto *newCart = new QPushButton(tr("Start a &new cart"), m_existingCartBar);
    newCart->setObjectName(QStringLiteral("newCartButton"));
    newCart->setAccessibleName(tr("Start a new cart"));
    auto *barLayout = new QHBoxLayout(m_existingCartBar);
    barLayout->addWidget(m_existingCartLabel, 1);
    barLayout->addWidget(continueCart);
    barLayout->addWidget(newCart);
    m_existingCartBar->hide();

    m_cart = table(this, "cartTable", tr("Cart"), {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    m_cart->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_remove = new QPushButton(tr("&Remove line"), this);
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
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_confirmation->setAccessibleName(tr("Order confirmation"));
    m_confirmation->setStyleSheet(QStringLiteral("background: #0b6e2f; color: white; padding: 8px;"));
    m_confirmation->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("shopErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("background: #b00020; color: white; padding: 6px;"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("shopProgress"));
    m_progress->setMaximum(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    auto *cartBox = new QGroupBox(tr("Cart"), this);
    auto *cartLayout = new QVBoxLayout(cartBox);
    cartLayout->addWidget(m_existingCartBar);
    cartLayout->addWidget(m_cart, 1);
    cartLayout->addWidget(m_remove, 0, Qt::AlignLeft);
    auto *form = new QFormLayout;
    auto *shipLabel = new QLabel(tr("S&hip to:"), this);
    shipLabel->setBuddy(m_address);
    form->addRow(shipLabel, m_address);
    auto *commentsLabel = new QLabel(tr("Co&mments:"), this);
    commentsLabel->setBuddy(m_comments);
    form->addRow(commentsLabel, m_comments);
    form->addRow(tr("Subtotal:"), m_subtotal);
    form->addRow(tr("Total:"), m_total);
    cartLayout->addLayout(form);
    cartLayout->addWidget(m_submit);
    cartLayout->addWidget(m_confirmation);

    m_buyerOrders = table(this, "buyerOrdersTable", tr("The buyer's recent orders"),
                          {tr("Order"), tr("Status"), tr("Date"), tr("Total")});
    auto *ordersBox = new QGroupBox(tr("Recent orders of this buyer"), this);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_buyerOrders);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(cartBox, 3);
    rightLayout->addWidget(ordersBox, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(catalogBox);
    splitter->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    setEnabled(false);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &ShopPanel::loadProducts);
    connect(m_productSearch, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_productSearch, &QLineEdit::returnPressed, this, [this] {
        loadProducts();
        m_products->setFocus();
    });
    connect(m_products, &QTableWidget::currentCellChanged, this, &ShopPanel::updateProductDetails);
    connect(m_products, &QTableWidget::cellActivated, this, [this] {
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    // Enter in the quantity adds the product: search, arrows, Enter, quantity, Enter.
    connect(m_quantity, &QSpinBox::editingFinished, this, [this] {
        if (m_quantity->hasFocus())
            addToCart();
    });
    connect(m_add, &QPushButton::clicked, this, &ShopPanel::addToCart);
    connect(m_remove, &QPushButton::clicked, this, &ShopPanel::removeLine);
    connect(m_cart, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *changed) {
        if (m_filling || changed->column() != 1)
            return;
        bool ok = false;
        const int quantity = changed->text().toInt(&ok);
        if (!ok || quantity < 1) {
            showError(tr("The quantity must be a whole number of at least 1."));
            refreshCart();
            return;
        }
        changeQuantity(changed->row(), quantity);
    });
    connect(m_address, &QComboBox::activated, this, &ShopPanel::applyAddress);
    connect(m_comments, &QLineEdit::editingFinished, this, &ShopPanel::applyComments);
    connect(m_submit, &QPushButton::clicked, this, &ShopPanel::submit);
    connect(continueCart, &QPushButton::clicked, this, [this] {
        m_existingCartBar->hide();
        useCart(m_existingCartId);
    });
    connect(newCart, &QPushButton::clicked, this, [this] { m_existingCartBar->hide(); });
    connect(m_sessions, &SessionManager::started, this, &ShopPanel::onSessionStarted);
    connect(m_sessions, &SessionManager::ended, this, &ShopPanel::onSessionEnded);
}

QString ShopPanel::money(const wire::Amount &amount, const QString &currency)
{
    // Exact integers until here; a double only to let QLocale print 2 decimals and the symbol.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toCurrencyString(double(amount.units) / double(wire::Money::kScale),
                                   currency == QLatin1String("USD") ? QStringLiteral("$") : currency, 2);
}

QString ShopPanel::lastConfirmation() const
{
    return m_confirmation->isVisible() ? m_confirmation->text() : QString();
}

void ShopPanel::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    m_pending = std::max(0, m_pending);
    m_progress->setVisible(m_pending > 0);
}

void ShopPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->setVisible(!message.isEmpty());
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
    m_cartId.clear();
    m_lines.clear();
    m_submitting = false;
    m_confirmation->hide();
    m_error->hide();
    m_productSearch->clear();
    m_comments->clear();
    refreshCart();
    loadProducts();
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
    m_products->setRowCount(0);
    m_productRows.clear();
    m_cart->setRowCount(0);
    m_lines.clear();
    m_cartId.clear();
    m_address->clear();
    m_buyerOrders->setRowCount(0);
    m_existingCartBar->hide();
    m_error->hide();
}

void ShopPanel::loadProducts()
{
    m_searchTimer.stop();
    if (m_productsJob)
        m_productsJob->abort();
    setBusy(true);
    m_productsJob =
        m_shop->products(m_productSearch->text(), 1, 100, this, [this](Result<wire::ListPage<wire::BuyerProduct>> r) {
            setBusy(false);
            if (!r.ok()) {
                if (r.error.kind() != ApiError::Kind::Cancelled)
                    handle(r.error, [this] { loadProducts(); });
                return;
            }
            m_productRows = r.value.items;
            m_products->setRowCount(int(m_productRows.size()));
            for (int row = 0; row < int(m_productRows.size()); ++row) {
                const wire::BuyerProduct &p = m_productRows[size_t(row)];
                m_products->setItem(row, 0, item(p.Name));
                m_products->setItem(row, 1, item(p.ID));
                QString price, limits;
                if (p.PriceSchedule) {
                    price = money(p.PriceSchedule->unitPrice(1), p.PriceSchedule->Currency);
                    if (p.PriceSchedule->PriceBreaks.size() > 1)
                        price += tr(" (breaks)");
                    limits = p.PriceSchedule->MaxQuantity
                                 ? tr("%1 to %2").arg(p.PriceSchedule->MinQuantity).arg(*p.PriceSchedule->MaxQuantity)
                                 : tr("from %1").arg(p.PriceSchedule->MinQuantity);
                }
                m_products->setItem(row, 2, item(price));
                m_products->setItem(row, 3, item(limits));
            }
            if (!m_productRows.empty())
                m_products->setCurrentCell(0, 0);
            emit catalogShown();
        });
}

void ShopPanel::updateProductDetails()
{
    const int row = m_products->currentRow();
    if (row < 0 || row >= int(m_productRows.size()) || !m_productRows[size_t(row)].PriceSchedule) {
        m_productInfo->clear();
        return;
    }
    const wire::PriceSchedule &ps = *m_productRows[size_t(row)].PriceSchedule;
    QStringList breaks;
    for (const wire::PriceBreak &b : ps.PriceBreaks)
        breaks << tr("%1+ at %2").arg(b.Quantity).arg(money(b.SalePrice ? *b.SalePrice : b.Price, ps.Currency));
    m_productInfo->setText(tr("Price breaks: %1").arg(breaks.join(QStringLiteral(", "))));
    m_quantity->setMinimum(std::max(1, ps.MinQuantity));
    m_quantity->setMaximum(ps.MaxQuantity ? *ps.MaxQuantity : 100000);
}

void ShopPanel::loadAddresses()
{
    m_shop->addresses(this, [this](Result<wire::ListPage<wire::Address>> r) {
        if (!r.ok()) {
            handle(r.error, [this] { loadAddresses(); });
            return;
        }
        m_address->clear();
        for (const wire::Address &a : r.value.items) {
            if (a.Shipping)
                m_address->addItem(a.oneLine(), a.ID);
        }
        if (m_address->count() == 0)
            m_address->addItem(tr("The buyer has no shipping address"), QString());
    });
}

void ShopPanel::loadBuyerOrders()
{
    m_shop->recentOrders(this, [this](Result<wire::ListPage<wire::Order>> r) {
        if (!r.ok())
            return;
        m_buyerOrders->setRowCount(int(r.value.items.size()));
        for (int row = 0; row < int(r.value.items.size()); ++row) {
            const wire::Order &o = r.value.items[size_t(row)];
            m_buyerOrders->setItem(row, 0, item(o.ID));
            m_buyerOrders->setItem(row, 1, item(OrderStatusText::displayName(o.Status)));
            m_buyerOrders->setItem(row, 2,
                                   item(o.DateCreated
                                            ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat)
                                            : QString()));
            m_buyerOrders->setItem(row, 3, item(money(o.Total, o.Currency)));
        }
    });
}

void ShopPanel::checkExistingCart()
{
    m_shop->unsubmittedOrders(this, [this](Result<wire::ListPage<wire::Order>> r) {
        if (!r.ok() || r.value.items.empty())
            return;
        // Offered, never silently reused: it may be the buyer's own work in progress.
        const wire::Order &o = r.value.items.front();
        m_existingCartId = o.ID;
        m_existingCartLabel->setText(
            tr("This buyer has an unsubmitted order %1 from %2 with %n line(s), total %3.", nullptr, o.LineItemCount)
                .arg(o.ID,
                     o.DateCreated ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat) : QString(),
                     money(o.Total, o.Currency)));
        m_existingCartBar->show();
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
                             {{"SessionID", s.id},
                              {"AgentUsername", s.agentUsername},
                              {"Reason", s.reason},
                              {"CaseNumber", s.caseNumber}}}};
    setBusy(true);
    m_shop->createCart(xp, this, [this, then](Result<wire::Order> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this, then] { withCart(then); });
            return;
        }
        m_existingCartBar->hide();
        useCart(r.value.ID);
        m_sessions->recordOrder(r.value.ID);
        const QString address = m_address->currentData().toString();
        if (!address.isEmpty())
            m_shop->patchOrder(m_cartId, nlohmann::json{{"ShippingAddressID", address}}, this,
                               [](Result<wire::Order>) {});
        then();
    });
}

void ShopPanel::addToCart()
{
    const int row = m_products->currentRow();
    if (row < 0 || row >= int(m_productRows.size())) {
        showError(tr("Choose a product first."));
        m_products->setFocus();
        return;
    }
    const QString productId = m_productRows[size_t(row)].ID;
    const int quantity = m_quantity->value();
    showError(QString());
    withCart([this, productId, quantity] {
        setBusy(true);
        m_shop->addLine(m_cartId, productId, quantity, this, [this](Result<wire::LineItem> r) {
            setBusy(false);
            if (!r.ok()) {
                handle(r.error, [this] { addToCart(); });
                return;
            }
            m_confirmation->hide();
            refreshCart();
        });
    });
}

void ShopPanel::refreshCart()
{
    if (m_cartId.isEmpty()) {
        m_filling = true;
        m_cart->setRowCount(0);
        m_filling = false;
        m_lines.clear();
        m_subtotal->setText(money({}, QStringLiteral("USD")));
        m_total->setText(money({}, QStringLiteral("USD")));
        m_submit->setEnabled(false);
        m_remove->setEnabled(false);
        return;
    }
    setBusy(true);
    m_shop->lineItems(m_cartId, this, [this](Result<wire::ListPage<wire::LineItem>> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this] { refreshCart(); });
            return;
        }
        m_lines = r.value.items;
        m_filling = true;
        m_cart->setRowCount(int(m_lines.size()));
        for (int row = 0; row < int(m_lines.size()); ++row) {
            const wire::LineItem &li = m_lines[size_t(row)];
            m_cart->setItem(row, 0, item(li.Product.Name));
            auto *qty = new QTableWidgetItem(QString::number(li.Quantity));
            qty->setToolTip(tr("Type a new quantity and press Enter"));
            m_cart->setItem(row, 1, qty);
            m_cart->setItem(row, 2, item(money(li.UnitPrice, QStringLiteral("USD"))));
            m_cart->setItem(row, 3, item(money(li.LineTotal, QStringLiteral("USD"))));
        }
        m_filling = false;
        m_remove->setEnabled(!m_lines.empty());
        m_submit->setEnabled(!m_lines.empty() && !m_submitting);
        m_shop->order(m_cartId, this, [this](Result<wire::Order> o) {
            if (!o.ok())
                return;
            m_subtotal->setText(money(o.value.Subtotal, o.value.Currency));
            m_total->setText(money(o.value.Total, o.value.Currency));
            m_comments->setText(o.value.Comments.value_or(QString()));
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

void ShopPanel::removeLine()
{
    const int row = m_cart->currentRow();
    if (row < 0 || row >= int(m_lines.size()))
        return;
    const QString lineId = m_lines[size_t(row)].ID;
    setBusy(true);
    m_shop->removeLine(m_cartId, lineId, this, [this](Result<bool> r) {
        setBusy(false);
        if (!r.ok()) {
            handle(r.error, [this] { removeLine(); });
            return;
        }
        refreshCart();
    });
}

void ShopPanel::applyAddress()
{
    const QString address = m_address->currentData().toString();
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
    m_shop->patchOrder(m_cartId, nlohmann::json{{"Comments", m_comments->text()}}, this, [this](Result<wire::Order> r) {
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
    m_submit->setEnabled(false);
    setBusy(true);
    const QString orderId = m_cartId;
    const QString address = m_address->currentData().toString();
    // The chosen address and comments go with the order; a retry never submits twice.
    const nlohmann::json patch = address.isEmpty()
                                     ? nlohmann::json::object()
                                     : nlohmann::json{{"ShippingAddressID", address}, {"Comments", m_comments->text()}};
    m_shop->placeOrder(orderId, patch, this, [this](Result<wire::Order> r) {
        setBusy(false);
        m_submitting = false;
        if (!r.ok()) {
            m_submit->setEnabled(!m_lines.empty());
            handle(r.error, [this] { submit(); });
            return;
        }
        const JournalEntry &s = m_sessions->session();
        m_confirmation->setText(tr("Order %1 placed for %2 — total %3. Read the order number to the caller.")
                                    .arg(r.value.ID, s.userFullName, money(r.value.Total, r.value.Currency)));
        m_confirmation->show();
        m_sessions->recordOrder(r.value.ID);
        m_sessions->setCartOrder(QString());
        m_cartId.clear();
        refreshCart();
        loadBuyerOrders();
        emit orderSubmitted(r.value.ID);
    });
}

} // namespace onbehalf
