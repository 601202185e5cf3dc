#include "shop/CatalogView.h"

#include "common/Announce.h"
#include "core/api/BuyerShop.h"
#include "core/net/ApiJob.h"
#include "shop/Money.h"
#include "shop/ShopTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onbehalf {

namespace {
constexpr int kMaxQuantity = 100000;
}

CatalogView::CatalogView(BuyerShop *shop, QWidget *parent) : QGroupBox(parent), m_shop(shop)
{
    setObjectName(QStringLiteral("catalogView"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_products = ShopTable::make(this, "productsTable", QString(), {QString(), QString(), QString(), QString()});
    m_priceBreaks = new QLabel(this);
    m_priceBreaks->setObjectName(QStringLiteral("productInfoLabel"));
    m_priceBreaks->setWordWrap(true);
    m_priceBreaks->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_priceBreaks->hide();
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    // The range never follows the product: a number below the minimum stays as typed and is
    // explained, not silently raised.
    m_quantity->setRange(1, kMaxQuantity);
    m_quantity->installEventFilter(this);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addToCartButton"));
    m_quantityProblem = new QLabel(this);
    m_quantityProblem->setObjectName(QStringLiteral("quantityProblemLabel"));
    m_quantityProblem->setWordWrap(true);
    m_quantityProblem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_quantityProblem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_products, 1);
    layout->addWidget(m_priceBreaks);
    auto *addRow = new QHBoxLayout;
    m_quantityLabel = new QLabel(this);
    m_quantityLabel->setBuddy(m_quantity);
    addRow->addWidget(m_quantityLabel);
    addRow->addWidget(m_quantity);
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    layout->addWidget(m_quantityProblem);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &CatalogView::load);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        load();
        m_products->setFocus();
    });
    connect(m_products, &QTableWidget::currentCellChanged, this, &CatalogView::updateProductDetails);
    connect(m_products, &QTableWidget::cellActivated, this, [this] {
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this] { checkQuantity(false); });
    connect(m_add, &QPushButton::clicked, this, &CatalogView::requestAdd);
    retranslate();
}

void CatalogView::retranslate()
{
    setTitle(tr("Catalog"));
    m_search->setPlaceholderText(tr("Search the buyer's catalog (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search products"));
    m_products->setAccessibleName(tr("Products"));
    m_products->setHorizontalHeaderLabels({tr("Product"), tr("ID"), tr("Price"), tr("Order limits")});
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_add->setText(tr("&Add to cart"));
    m_add->setAccessibleName(tr("Add to cart"));
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRows(); // prices, limits and the product's facts in the new language
        updateProductDetails();
    }
    QGroupBox::changeEvent(event);
}

void CatalogView::showRows()
{
    // The facts shown are refreshed by the caller, for whatever row is current then.
    const QSignalBlocker block(m_products);
    m_products->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const wire::BuyerProduct &p = m_rows[size_t(row)];
        m_products->setItem(row, 0, ShopTable::item(p.Name));
        m_products->setItem(row, 1, ShopTable::item(p.ID));
        QString price, limits;
        if (p.PriceSchedule) {
            price = formatMoney(BuyerShop::unitPrice(*p.PriceSchedule, 1), p.PriceSchedule->Currency);
            if (p.PriceSchedule->PriceBreaks.size() > 1)
                price += tr(" (breaks)");
            limits = p.PriceSchedule->MaxQuantity ? tr("%1 to %2")
                                                        .arg(QLocale().toString(p.PriceSchedule->MinQuantity),
                                                             QLocale().toString(*p.PriceSchedule->MaxQuantity))
                                                  : tr("from %1").arg(QLocale().toString(p.PriceSchedule->MinQuantity));
        }
        m_products->setItem(row, 2, ShopTable::item(price));
        m_products->setItem(row, 3, ShopTable::item(limits));
    }
}

bool CatalogView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the quantity adds the product: search, arrows, Enter, quantity, Enter.
    if (watched == m_quantity && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_quantity->interpretText();
            requestAdd();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void CatalogView::reset()
{
    m_searchTimer.stop();
    if (m_job)
        m_job->abort();
    m_search->clear();
    m_products->setRowCount(0);
    m_rows.clear();
    m_quantity->setValue(1);
    updateProductDetails();
}

void CatalogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const wire::BuyerProduct *CatalogView::currentProduct() const
{
    const int row = m_products->currentRow();
    if (row < 0 || row >= int(m_rows.size()) || m_products->rowCount() != int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

void CatalogView::load()
{
    m_searchTimer.stop();
    if (m_job)
        m_job->abort();
    emit busyChanged(true);
    m_job = m_shop->products(m_search->text(), 1, 100, this, [this](Result<wire::ListPage<wire::BuyerProduct>> r) {
        emit busyChanged(false);
        if (!r.ok()) {
            if (r.error.kind() != ApiError::Kind::Cancelled && m_onError)
                m_onError(r.error, [this] { load(); });
            return;
        }
        m_rows = r.value.items;
        showRows();
        {
            const QSignalBlocker block(m_products);
            if (!m_rows.empty())
                m_products->setCurrentCell(0, 0);
            else
                m_products->setCurrentCell(-1, -1);
        }
        updateProductDetails();
        emit catalogShown();
    });
}

void CatalogView::updateProductDetails()
{
    const wire::BuyerProduct *p = currentProduct();
    if (!p || !p->PriceSchedule) {
        Announce::message(m_priceBreaks, QString());
        checkQuantity(false);
        return;
    }
    const wire::PriceSchedule &ps = *p->PriceSchedule;
    QStringList breaks;
    for (const wire::PriceBreak &b : ps.PriceBreaks)
        breaks << tr("%1+ at %2")
                      .arg(QLocale().toString(b.Quantity), formatMoney(BuyerShop::breakPrice(ps, b), ps.Currency));
    QString text = tr("%1 — price breaks: %2").arg(p->Name, breaks.join(QStringLiteral(", ")));
    if (ps.MinQuantity > 1)
        text += QLatin1Char(' ') + tr("Minimum order: %1.").arg(QLocale().toString(ps.MinQuantity));
    if (ps.MaxQuantity)
        text += QLatin1Char(' ') + tr("Maximum order: %1.").arg(QLocale().toString(*ps.MaxQuantity));
    Announce::message(m_priceBreaks, text);
    checkQuantity(false);
}

void CatalogView::checkQuantity(bool alert)
{
    const wire::BuyerProduct *p = currentProduct();
    QString problem;
    if (p && p->PriceSchedule) {
        const int quantity = m_quantity->value();
        const wire::PriceSchedule &ps = *p->PriceSchedule;
        if (quantity < ps.MinQuantity)
            problem = tr("Minimum %1 for this product").arg(QLocale().toString(ps.MinQuantity));
        else if (ps.MaxQuantity && quantity > *ps.MaxQuantity)
            problem = tr("Maximum %1 for this product").arg(QLocale().toString(*ps.MaxQuantity));
    }
    Announce::message(m_quantityProblem, problem, alert);
}

void CatalogView::requestAdd()
{
    const wire::BuyerProduct *p = currentProduct();
    if (!p) {
        Announce::message(m_quantityProblem, tr("Choose a product first."), true);
        m_products->setFocus();
        return;
    }
    checkQuantity(true);
    if (!m_quantityProblem->text().isEmpty()) {
        m_quantity->setFocus();
        m_quantity->selectAll();
        return;
    }
    emit addRequested(p->ID, m_quantity->value());
}

} // namespace onbehalf
