#include "history/OrdersTab.h"

#include "common/OrderStatusText.h"
#include "core/api/ApprovalsApi.h"
#include "core/api/OrdersApi.h"
#include "history/HistoryFormat.h"
#include "history/SessionsEndpoint.h"
#include "ui_OrdersTab.h"
#include "wire/Json.h"
#include "wire/OnbehalfXp.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace onbehalf {

namespace {
constexpr int kOrderIdRole = Qt::UserRole + 1;
constexpr int kSessionIdRole = Qt::UserRole + 2;
constexpr int kPageSize = 50;
} // namespace

OrdersTab::OrdersTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::OrdersTab>())
{
    m_ui->setupUi(this);
    m_ui->showSessionButton->setEnabled(false);
    m_ui->ordersTree->header()->setStretchLastSection(true);
    m_ui->ordersTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->ordersTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_ui->showSessionButton->setEnabled(current && !current->data(0, kSessionIdRole).toString().isEmpty());
    });
    auto chooseSession = [this] {
        QTreeWidgetItem *item = m_ui->ordersTree->currentItem();
        if (item && !item->data(0, kSessionIdRole).toString().isEmpty())
            emit sessionChosen(item->data(0, kSessionIdRole).toString());
    };
    connect(m_ui->showSessionButton, &QPushButton::clicked, this, chooseSession);
    connect(m_ui->ordersTree, &QTreeWidget::itemActivated, this, chooseSession);
    connect(m_ui->ordersSearchEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_silent)
            reload();
    });
    connect(m_ui->ordersTree->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_ui->ordersTree->verticalScrollBar()->maximum() - 2)
            requestPage();
    });
}

OrdersTab::~OrdersTab() = default;

void OrdersTab::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    m_dirty = true;
}

void OrdersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_dirty)
            reload(); // statuses, dates, amounts and the count in the new language
    }
    QWidget::changeEvent(event);
}

void OrdersTab::showOrder(const QString &orderId)
{
    m_pending = orderId;
    selectPending();
    if (m_pending.isEmpty())
        return; // it was on a page already loaded
    // Look it up by ID.
    m_silent = true;
    m_ui->ordersSearchEdit->setText(orderId);
    m_silent = false;
    reload();
}

void OrdersTab::selectPending()
{
    if (m_pending.isEmpty())
        return;
    QTreeWidget *tree = m_ui->ordersTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->data(0, kOrderIdRole).toString() == m_pending) {
            tree->setCurrentItem(item);
            tree->scrollToItem(item);
            tree->setFocus();
            m_pending.clear();
            return;
        }
    }
}

void OrdersTab::reload()
{
    ++m_generation;
    m_dirty = false;
    m_nextPage = 1;
    m_loading = false;
    m_exhausted = false;
    m_ui->ordersTree->clear();
    m_ui->showSessionButton->setEnabled(false);
    if (m_journalMode) {
        m_exhausted = true;
        m_ui->ordersStateLabel->setText(tr("This marketplace does not record which session placed an order."));
        return;
    }
    m_ui->ordersStateLabel->setText(tr("Loading orders…"));
    requestPage();
}

void OrdersTab::requestPage()
{
    if (m_loading || m_exhausted || m_journalMode || !m_client)
        return;
    m_loading = true;
    const SessionFilter &f = m_filter;
    QUrlQuery q;
    auto add = [&q](const QString &key, const QString &value) { SessionsEndpoint::addItem(q, key, value); };
    add(QStringLiteral("xp.Onbehalf.SessionID"), QStringLiteral("*"));
    if (!m_supervisor)
        add(QStringLiteral("xp.Onbehalf.AgentUsername"), m_client->username());
    else if (!f.agent.isEmpty())
        add(QStringLiteral("xp.Onbehalf.AgentUsername"), f.agent);
    if (!f.buyerId.isEmpty())
        add(QStringLiteral("FromCompanyID"), f.buyerId);
    if (f.from.isValid())
        add(QStringLiteral("DateCreated"), QString(QStringLiteral(">=") + wire::formatDateTime(f.from)));
    if (f.to.isValid())
        add(QStringLiteral("DateCreated"), QString(QLatin1Char('<') + wire::formatDateTime(f.to)));
    const QString idSearch = m_ui->ordersSearchEdit->text().trimmed();
    if (!idSearch.isEmpty())
        add(QStringLiteral("ID"), QString(idSearch + QLatin1Char('*')));
    const quint64 generation = m_generation;
    OrdersApi(m_client).incoming(q, m_nextPage, kPageSize, this,
                                 [this, generation](Result<wire::ListPage<wire::Order>> r) {
                                     if (generation != m_generation)
                                         return;
                                     m_loading = false;
                                     if (!r.ok()) {
                                         m_exhausted = true;
                                         m_ui->ordersStateLabel->setText(r.error.message());
                                         emit loaded();
                                         return;
                                     }
                                     pageArrived(r.value);
                                 });
}

void OrdersTab::pageArrived(const wire::ListPage<wire::Order> &page)
{
    QTreeWidget *tree = m_ui->ordersTree;
    const int received = int(page.items.size());
    for (const wire::Order &o : page.items) {
        const wire::OnbehalfXp xp = wire::OnbehalfXp::fromOrderXp(o.xp).value_or(wire::OnbehalfXp{});
        auto *item = new QTreeWidgetItem(
            tree, {o.ID, o.FromCompanyID, o.FromUser ? o.FromUser->Username : QString(),
                   o.Status == QLatin1String("Deleted") ? HistoryFormat::orderStatus(o.Status)
                                                        : OrderStatusText::withApproval(o, std::nullopt),
                   o.DateCreated ? HistoryFormat::time(*o.DateCreated) : QString(),
                   o.DateSubmitted ? HistoryFormat::time(*o.DateSubmitted) : QString(),
                   HistoryFormat::money(o.Total.units()), xp.AgentUsername, xp.note.CaseNumber});
        item->setData(0, kOrderIdRole, o.ID);
        item->setData(0, kSessionIdRole, xp.SessionID);
        item->setToolTip(0, tr("Placed in session %1: %2").arg(xp.SessionID, xp.note.Reason));
        item->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
        if (o.Status == QLatin1String("AwaitingApproval") || o.Status == QLatin1String("Declined")) {
            // Who it waits for, or the decline's comment, from its approvals.
            const quint64 generation = m_generation;
            ApprovalsApi(m_client).summary(
                o, MarketplaceClient::Token::Agent, this, [this, o, generation](Result<ApprovalSummary> a) {
                    if (!a.ok() || generation != m_generation)
                        return;
                    QTreeWidget *t = m_ui->ordersTree;
                    for (int i = 0; i < t->topLevelItemCount(); ++i) {
                        if (t->topLevelItem(i)->data(0, kOrderIdRole).toString() == o.ID)
                            t->topLevelItem(i)->setText(3, OrderStatusText::withApproval(o, a.value));
                    }
                });
        }
    }
    const int total = page.meta.TotalCount;
    ++m_nextPage;
    m_exhausted = received < kPageSize || tree->topLevelItemCount() >= total;
    m_ui->ordersStateLabel->setText(total <= 0 ? tr("No orders were placed on behalf of buyers with these filters.")
                                               : tr("%Ln order(s) placed on behalf of buyers", nullptr, total));
    selectPending();
    emit loaded();
    // Fill the view: more pages until it scrolls.
    if (!m_exhausted && tree->verticalScrollBar()->maximum() == 0)
        requestPage();
}

} // namespace onbehalf
