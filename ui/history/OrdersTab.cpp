#include "history/OrdersTab.h"

#include "history/HistoryFormat.h"
#include "history/JsonFields.h"
#include "history/SessionsEndpoint.h"
#include "ui_OrdersTab.h"
#include "wire/Json.h"

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
    add(QStringLiteral("sortBy"), QStringLiteral("!DateCreated"));
    q.addQueryItem(QStringLiteral("page"), QString::number(m_nextPage));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    const quint64 generation = m_generation;
    m_client->get(QStringLiteral("/v1/orders/Incoming?") + q.query(QUrl::FullyEncoded), MarketplaceClient::Token::Agent,
                  this, [this, generation](Result<nlohmann::json> r) {
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

void OrdersTab::pageArrived(const nlohmann::json &page)
{
    using namespace JsonFields;
    QTreeWidget *tree = m_ui->ordersTree;
    int received = 0;
    if (page.is_object() && page.contains("Items") && page["Items"].is_array()) {
        for (const nlohmann::json &o : page["Items"]) {
            ++received;
            const QString id = text(o, {"ID"});
            const auto created = time(o, "DateCreated");
            const auto submitted = time(o, "DateSubmitted");
            const auto total = amount(o, "Total");
            auto *item = new QTreeWidgetItem(tree, {id, text(o, {"FromCompanyID"}), text(o, {"FromUser", "Username"}),
                                                    HistoryFormat::orderStatus(text(o, {"Status"})),
                                                    created ? HistoryFormat::time(*created) : QString(),
                                                    submitted ? HistoryFormat::time(*submitted) : QString(),
                                                    total ? HistoryFormat::money(*total) : QString(),
                                                    text(o, {"xp", "Onbehalf", "AgentUsername"}),
                                                    text(o, {"xp", "Onbehalf", "CaseNumber"})});
            item->setData(0, kOrderIdRole, id);
            item->setData(0, kSessionIdRole, text(o, {"xp", "Onbehalf", "SessionID"}));
            item->setToolTip(0,
                             tr("Placed in session %1: %2")
                                 .arg(text(o, {"xp", "Onbehalf", "SessionID"}), text(o, {"xp", "Onbehalf", "Reason"})));
            item->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    const int total = SessionsEndpoint::totalCount(page);
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
