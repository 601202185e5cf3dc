#include "history/SessionDetailPane.h"

#include "core/api/HistoryApi.h"
#include "core/api/SessionsApi.h"
#include "core/session/SessionJournal.h"
#include "history/HistoryFormat.h"
#include "ui_SessionDetailPane.h"

#include <QEvent>
#include <QHeaderView>
#include <algorithm>

namespace onbehalf {

namespace {
constexpr int kOrderIdRole = Qt::UserRole + 1;

QTreeWidgetItem *note(QTreeWidgetItem *parent, const QString &text)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
    return item;
}
} // namespace

SessionDetailPane::SessionDetailPane(QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::SessionDetailPane>())
{
    m_ui->setupUi(this);
    m_ui->showOrderButton->setEnabled(false);
    m_ui->sessionOrdersTree->setColumnWidth(0, 260);
    m_ui->sessionOrdersTree->setColumnWidth(1, 80);
    m_ui->sessionOrdersTree->setColumnWidth(2, 70);
    m_ui->sessionOrdersTree->setColumnWidth(3, 80);
    for (QTreeWidget *tree : {m_ui->recordTree, m_ui->timelineTree})
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    connect(m_ui->sessionOrdersTree, &QTreeWidget::currentItemChanged, this,
            [this] { m_ui->showOrderButton->setEnabled(!selectedOrder().isEmpty() && !m_journalMode); });
    connect(m_ui->showOrderButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedOrder();
        if (!id.isEmpty())
            emit orderChosen(id);
    });
    clear();
}

SessionDetailPane::~SessionDetailPane() = default;

void SessionDetailPane::setSources(MarketplaceClient *client, SessionJournal *journal)
{
    m_client = client;
    m_journal = journal;
}

void SessionDetailPane::setJournalMode(bool on)
{
    m_journalMode = on;
    if (on)
        m_ui->showOrderButton->setEnabled(false);
}

void SessionDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_session)
            display(*m_session, m_inList);
        else
            clear();
    }
    QGroupBox::changeEvent(event);
}

void SessionDetailPane::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    // Under a wide list the record, timeline and orders sit side by side; in a tall pane, stacked.
    const auto direction = width() > 2 * height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_ui->partsLayout->direction() != direction)
        m_ui->partsLayout->setDirection(direction);
}

void SessionDetailPane::clear()
{
    ++m_generation;
    m_session.reset();
    m_pending = 0;
    m_ui->recordTree->clear();
    m_ui->timelineTree->clear();
    m_ui->sessionOrdersTree->clear();
    m_ui->showOrderButton->setEnabled(false);
    m_ui->detailStateLabel->setText(tr("Select a session to see its record, timeline and orders."));
    m_ui->detailStateLabel->show();
}

void SessionDetailPane::display(const HistorySession &session, bool inList)
{
    ++m_generation;
    m_session = session;
    m_inList = inList;
    m_pending = 0;
    m_ui->detailStateLabel->setText(inList ? QString() : tr("This session is not in the list as it is filtered now."));
    m_ui->detailStateLabel->setVisible(!inList);
    renderRecord(session);
    renderTimeline(session);
    renderOrders(session);
}

void SessionDetailPane::update(const HistorySession &fresh)
{
    if (!m_session || m_session->id != fresh.id)
        return;
    const bool ordersChanged =
        fresh.orders.size() != m_session->orders.size() ||
        !std::equal(fresh.orders.begin(), fresh.orders.end(), m_session->orders.begin(),
                    [](const HistoryOrder &a, const HistoryOrder &b) { return a.id == b.id && a.status == b.status; });
    if (ordersChanged) {
        display(fresh, true);
        return;
    }
    m_session = fresh;
    renderRecord(fresh);
    renderTimeline(fresh);
}

void SessionDetailPane::load(const QString &sessionId)
{
    clear();
    m_ui->detailStateLabel->setText(tr("Loading the session…"));
    m_ui->detailStateLabel->show();
    const quint64 generation = m_generation;
    if (m_journalMode) {
        if (m_journal) {
            if (const auto e = m_journal->find(sessionId)) {
                display(HistorySession::fromJournalEntry(*e), false);
                return;
            }
        }
        m_ui->detailStateLabel->setText(tr("This desk's journal has no session %1.").arg(sessionId));
        return;
    }
    if (!m_client)
        return;
    SessionsApi(m_client).get(sessionId, this, [this, generation, sessionId](Result<wire::ImpersonationSession> r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_ui->detailStateLabel->setText(
                r.error.status() == 404 ? tr("Session %1 is not one you can see.").arg(sessionId) : r.error.message());
            return;
        }
        display(HistorySession::fromWire(r.value), false);
    });
}

void SessionDetailPane::renderRecord(const HistorySession &s)
{
    QTreeWidget *tree = m_ui->recordTree;
    tree->clear();
    auto add = [tree](const QString &field, const QString &value, const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(tree, {field, value});
        item->setToolTip(1, tip.isEmpty() ? value : tip);
        item->setData(1, Qt::AccessibleTextRole, value);
    };
    auto time = [](const QDateTime &t) { return HistoryFormat::time(t); };
    add(tr("Session"), s.id);
    add(tr("Status"), s.active ? tr("Active") : tr("Ended"));
    add(tr("Agent"), s.agentUserId.isEmpty() ? s.agentUsername : tr("%1 (%2)").arg(s.agentUsername, s.agentUserId));
    add(tr("Buyer company"), s.buyerName.isEmpty() ? s.buyerId : tr("%1 (%2)").arg(s.buyerName, s.buyerId));
    add(tr("Buyer user"), tr("%1 — %2 (%3)").arg(s.userFullName, s.username, s.userId));
    add(tr("Reason"), s.reason.isEmpty() ? tr("(no reason given)") : s.reason);
    add(tr("Case number"), s.caseNumber);
    add(tr("Started"), time(s.started), HistoryFormat::iso(s.started));
    add(tr("Access expires"), time(s.tokenExpires), HistoryFormat::iso(s.tokenExpires));
    add(tr("Ended"), s.ended ? time(*s.ended) : tr("Not yet"), s.ended ? HistoryFormat::iso(*s.ended) : QString());
    add(tr("End cause"), s.active ? QString() : HistoryFormat::endCause(s.endCause));
    add(tr("Duration"), HistoryFormat::duration(s.durationAt(QDateTime::currentDateTimeUtc())));
    add(tr("Orders"), HistoryFormat::number(s.orderCount));
    if (!s.fromJournal)
        add(tr("Submitted total"), HistoryFormat::money(s.submittedTotal));
    if (!s.clientId.isEmpty())
        add(tr("API client"), s.clientId);
    if (!s.roles.isEmpty())
        add(tr("Roles as the buyer"), s.roles.join(QStringLiteral(", ")));
    add(tr("Recorded by"), s.fromJournal ? tr("This desk's local journal") : tr("The marketplace"));
}

void SessionDetailPane::renderTimeline(const HistorySession &s)
{
    struct Event
    {
        QDateTime when;
        QString what;
    };
    std::vector<Event> events;
    const QString user = s.userFullName.isEmpty() ? s.username : tr("%1 (%2)").arg(s.userFullName, s.username);
    events.push_back({s.started, tr("%1 started acting for %2 of %3").arg(s.agentUsername, user, s.buyerName)});
    for (const HistoryOrder &o : s.orders) {
        if (o.created)
            events.push_back({*o.created, tr("Order %1 created").arg(o.id)});
        if (o.submitted)
            events.push_back(
                {*o.submitted, o.total ? tr("Order %1 submitted (%2)").arg(o.id, HistoryFormat::money(*o.total))
                                       : tr("Order %1 submitted").arg(o.id)});
    }
    if (s.ended)
        events.push_back({*s.ended, tr("Session ended: %1").arg(HistoryFormat::endCause(s.endCause))});
    else
        events.push_back({s.tokenExpires, tr("Access as the buyer expires unless renewed (still active)")});
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.when < b.when; });
    QTreeWidget *tree = m_ui->timelineTree;
    tree->clear();
    for (const Event &e : events) {
        auto *item = new QTreeWidgetItem(tree, {HistoryFormat::time(e.when), e.what});
        item->setToolTip(0, HistoryFormat::iso(e.when));
    }
}

void SessionDetailPane::renderOrders(const HistorySession &s)
{
    QTreeWidget *tree = m_ui->sessionOrdersTree;
    tree->clear();
    m_ui->showOrderButton->setEnabled(false);
    const quint64 generation = m_generation;
    if (s.orders.empty()) {
        auto *none = new QTreeWidgetItem(tree, {tr("No orders were placed in this session.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
        emit loaded(s.id);
        return;
    }
    for (const HistoryOrder &o : s.orders) {
        auto *item = new QTreeWidgetItem(tree, {o.id, HistoryFormat::orderStatus(o.status), QString(), QString(),
                                                o.total ? HistoryFormat::money(*o.total) : QString()});
        item->setData(0, kOrderIdRole, o.id);
        item->setExpanded(true);
        if (o.status == QLatin1String("Deleted")) {
            note(item, tr("Deleted before it was submitted"));
            continue;
        }
        note(item, tr("Loading line items…"));
        if (!m_client)
            continue;
        const HistoryApi api(m_client);
        if (s.fromJournal) {
            // The journal knows the order's ID only: its state comes from the marketplace.
            ++m_pending;
            api.order(o.id, this,
                      [this, generation, item](Result<wire::Order> r) { orderHeaderArrived(generation, item, r); });
        }
        ++m_pending;
        api.lineItems(o.id, this, [this, generation, item](Result<wire::ListPage<wire::LineItem>> r) {
            lineItemsArrived(generation, item, r);
        });
    }
    tree->expandAll();
    if (m_pending == 0)
        emit loaded(s.id);
}

void SessionDetailPane::orderHeaderArrived(quint64 generation, QTreeWidgetItem *item, const Result<wire::Order> &r)
{
    if (generation != m_generation)
        return; // another session is shown now; `item` is gone
    if (r.ok() && m_session) {
        const wire::Order &order = r.value;
        item->setText(1, HistoryFormat::orderStatus(order.Status));
        item->setText(4, HistoryFormat::money(order.Total.units()));
        for (HistoryOrder &o : m_session->orders) {
            if (o.id != order.ID)
                continue;
            o.status = order.Status;
            o.created = order.DateCreated;
            o.submitted = order.DateSubmitted;
            o.total = order.Total.units();
        }
        renderTimeline(*m_session);
    } else if (!r.ok()) {
        item->setText(1, r.error.status() == 404 ? tr("Not found") : r.error.message());
    }
    partDone(generation);
}

void SessionDetailPane::lineItemsArrived(quint64 generation, QTreeWidgetItem *item,
                                         const Result<wire::ListPage<wire::LineItem>> &r)
{
    if (generation != m_generation)
        return;
    qDeleteAll(item->takeChildren());
    if (!r.ok()) {
        note(item, r.error.status() == 404 ? tr("The order no longer exists.") : r.error.message());
    } else {
        for (const wire::LineItem &line : r.value.items) {
            const QString &name = line.Product.Name;
            auto *child = new QTreeWidgetItem(
                item, {name.isEmpty() ? line.ProductID : tr("%1 (%2)").arg(name, line.ProductID), QString(),
                       HistoryFormat::number(line.Quantity), HistoryFormat::money(line.UnitPrice.units()),
                       HistoryFormat::money(line.LineTotal.units())});
            child->setData(0, kOrderIdRole, item->data(0, kOrderIdRole));
            child->setData(0, Qt::UserRole, line.ProductID);
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (item->childCount() == 0)
            note(item, tr("No line items"));
    }
    item->setExpanded(true);
    partDone(generation);
}

void SessionDetailPane::partDone(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (--m_pending == 0 && m_session)
        emit loaded(m_session->id);
}

QString SessionDetailPane::selectedOrder() const
{
    const QTreeWidgetItem *item = m_ui->sessionOrdersTree->currentItem();
    return item ? item->data(0, kOrderIdRole).toString() : QString();
}

} // namespace onbehalf
