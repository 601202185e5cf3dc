#include "history/SessionHistoryWindow.h"

#include "core/net/MarketplaceClient.h"
#include "core/session/SessionJournal.h"
#include "history/CsvWriter.h"
#include "ui_SessionHistoryWindow.h"
#include "wire/Json.h"
#include "wire/Money.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <algorithm>

namespace onbehalf {

namespace {

const QString kSupervisorRole = QStringLiteral("ServiceDeskSupervisor");
constexpr int kOrderIdRole = Qt::UserRole + 1;
constexpr int kSessionIdRole = Qt::UserRole + 2;
constexpr int kOrdersPageSize = 50;
constexpr int kChartLimit = 20000;

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString jsonText(const nlohmann::json &j, std::initializer_list<const char *> path)
{
    const nlohmann::json *node = &j;
    for (const char *key : path) {
        if (!node->is_object() || !node->contains(key))
            return {};
        node = &(*node)[key];
    }
    return node->is_string() ? QString::fromStdString(node->get<std::string>()) : QString();
}

std::optional<QDateTime> jsonTime(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_string())
        return std::nullopt;
    return wire::parseDateTime(QString::fromStdString(j[key].get<std::string>()));
}

QString jsonMoney(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || j[key].is_null())
        return {};
    const auto units = wire::Money::fromJson(j[key]);
    return units ? wire::Money::toDecimalString(*units) : QString();
}

QDateTime localMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

} // namespace

SessionHistoryWindow::SessionHistoryWindow(MarketplaceClient *client, Settings *settings, SessionJournal *journal,
                                           const QString &marketplaceKey, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::SessionHistoryWindow>()), m_client(client),
      m_settings(settings), m_journal(journal), m_marketplaceKey(marketplaceKey),
      m_model(new SessionHistoryModel(client, this)), m_chart(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sessionHistoryWindow"));
    m_chart = new SessionChart(m_ui->chartTab);
    m_ui->chartLayout->addWidget(m_chart);
    m_model->setJournal(journal, marketplaceKey);
    m_model->setJournalAgent(client->username()); // until the marketplace says "supervisor"

    QTableView *view = m_ui->sessionsView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    view->setColumnWidth(SessionHistoryModel::AgentColumn, 100);
    view->setColumnWidth(SessionHistoryModel::UserColumn, 180);
    view->setColumnWidth(SessionHistoryModel::BuyerColumn, 140);
    view->setColumnWidth(SessionHistoryModel::ReasonColumn, 240);
    view->setColumnWidth(SessionHistoryModel::CaseColumn, 100);
    view->setColumnWidth(SessionHistoryModel::StartedColumn, 130);
    view->setColumnWidth(SessionHistoryModel::EndedColumn, 130);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->journalNotice->hide();
    m_ui->journalNotice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_ui->newSessionsLabel->hide();
    m_ui->agentCaption->hide();
    m_ui->agentCombo->hide();
    m_ui->showOrderButton->setEnabled(false);
    m_ui->showSessionButton->setEnabled(false);
    m_ui->ordersTree->header()->setStretchLastSection(true);
    m_ui->ordersTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sessionOrdersTree->setColumnWidth(0, 260);
    m_ui->sessionOrdersTree->setColumnWidth(1, 80);
    m_ui->sessionOrdersTree->setColumnWidth(2, 70);
    m_ui->sessionOrdersTree->setColumnWidth(3, 80);
    for (QTreeWidget *tree : {m_ui->recordTree, m_ui->timelineTree})
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    retranslate();
    restoreFilters();
    restoreGeometry(m_settings->value(SessionHistoryKeys::Geometry));
    m_ui->splitter->restoreState(m_settings->value(SessionHistoryKeys::Splitter));
    // The saved column layout brings the agent's last sort order with it.
    if (!header->restoreState(m_settings->value(SessionHistoryKeys::Columns)) ||
        !m_model->setSortOrder(header->sortIndicatorSection(), header->sortIndicatorOrder()))
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_refreshMs = std::max(1, m_settings->value(SessionHistoryKeys::RefreshSeconds)) * 1000;
    m_model->setRefreshInterval(m_refreshMs);

    // Filters: choices apply at once, typing after a short pause.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(300);
    connect(&m_filterTimer, &QTimer::timeout, this, &SessionHistoryWindow::applyIfChanged);
    auto typed = [this] {
        if (!m_restoring)
            m_filterTimer.start();
    };
    auto chosen = [this] {
        if (!m_restoring)
            applyIfChanged();
    };
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, typed);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, typed);
    connect(m_ui->agentCombo, &QComboBox::editTextChanged, this, typed);
    connect(m_ui->agentCombo, &QComboBox::activated, this, chosen);
    connect(m_ui->buyerCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_ui->activeOnlyCheck, &QCheckBox::toggled, this, chosen);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, [this, chosen] {
        updateRangeWidgets();
        chosen();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, typed);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, typed);
    for (QLineEdit *edit : {m_ui->userEdit, m_ui->searchEdit})
        connect(edit, &QLineEdit::returnPressed, this, &SessionHistoryWindow::applyIfChanged);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SessionHistoryWindow::applyFilters);

    // The list.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (!m_model->canSort(column)) {
            const QSignalBlocker block(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            m_ui->messageLabel->setText(
                tr("The marketplace cannot sort by “%1”.").arg(m_model->headerData(column, Qt::Horizontal).toString()));
            return;
        }
        m_ui->messageLabel->clear();
        m_model->sort(column, order);
    });
    connect(m_model, &SessionHistoryModel::stateChanged, this, &SessionHistoryWindow::updateListState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionHistoryWindow::updateListState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearDetail();
        updateListState();
    });
    connect(m_model, &SessionHistoryModel::agentsSeenChanged, this, &SessionHistoryWindow::updateAgentChoices);
    connect(m_model, &SessionHistoryModel::extensionMissing, this, &SessionHistoryWindow::onExtensionMissing);
    connect(m_model, &SessionHistoryModel::newSessionsChanged, this, [this](int count) {
        m_ui->newSessionsLabel->setVisible(count > 0);
        m_ui->newSessionsLabel->setText(
            tr("%n new session(s) started since the list was loaded. Press F5 to show them.", nullptr, count));
    });
    connect(m_model, &SessionHistoryModel::sessionUpdated, this, [this](const QString &id) {
        if (!m_detail || m_detail->id != id)
            return;
        const int row = m_model->rowOf(id);
        if (row < 0)
            return;
        const HistorySession &fresh = *m_model->sessionAt(row);
        const bool ordersChanged = fresh.orders.size() != m_detail->orders.size() ||
                                   !std::equal(fresh.orders.begin(), fresh.orders.end(), m_detail->orders.begin(),
                                               [](const HistoryOrder &a, const HistoryOrder &b) {
                                                   return a.id == b.id && a.status == b.status;
                                               });
        if (ordersChanged) {
            showDetail(fresh, true);
            return;
        }
        m_detail = fresh;
        renderRecord(fresh);
        renderTimeline(fresh);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRow(current.isValid() ? current.row() : -1); });

    // Detail pane and order list.
    connect(m_ui->sessionOrdersTree, &QTreeWidget::currentItemChanged, this,
            [this] { m_ui->showOrderButton->setEnabled(!selectedOrderInDetail().isEmpty() && !m_journalMode); });
    connect(m_ui->showOrderButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedOrderInDetail();
        if (!id.isEmpty())
            showOrder(id);
    });
    connect(m_ui->ordersTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_ui->showSessionButton->setEnabled(current && !current->data(0, kSessionIdRole).toString().isEmpty());
    });
    auto showSessionOfOrder = [this] {
        QTreeWidgetItem *item = m_ui->ordersTree->currentItem();
        if (item && !item->data(0, kSessionIdRole).toString().isEmpty())
            showSession(item->data(0, kSessionIdRole).toString());
    };
    connect(m_ui->showSessionButton, &QPushButton::clicked, this, showSessionOfOrder);
    connect(m_ui->ordersTree, &QTreeWidget::itemActivated, this, showSessionOfOrder);
    connect(m_ui->ordersSearchEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_restoring)
            reloadOrders();
    });
    connect(m_ui->ordersTree->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_ui->ordersTree->verticalScrollBar()->maximum() - 2)
            requestOrders();
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->ordersTab && m_ordersDirty)
            reloadOrders();
        if (m_ui->tabs->currentWidget() == m_ui->chartTab && m_chartDirty)
            reloadChart();
    });

    // Export.
    connect(m_ui->onePerOrderCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setValue(SessionHistoryKeys::OnePerOrder, on); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        QString folder = m_settings->value(SessionHistoryKeys::ExportFolder);
        if (folder.isEmpty())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested =
            QDir(folder).filePath(tr("sessions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export sessions"), suggested,
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        m_settings->setValue(SessionHistoryKeys::ExportFolder, QFileInfo(path).absolutePath());
        exportCsv(path, m_ui->onePerOrderCheck->isChecked());
    });

    // Keyboard.
    auto addShortcut = [this](const char *name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addShortcut("refreshAction", QKeySequence(Qt::Key_F5), [this] { applyFilters(); });
    addShortcut("findAction", QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    addShortcut("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { m_ui->exportButton->click(); });
    addShortcut("closeAction", QKeySequence(Qt::CTRL | Qt::Key_W), [this] { close(); });

    updateRangeWidgets();
    clearDetail();
    requestScope();
    loadBuyers();
    // An agent filter only applies to supervisors: with one saved, wait for the scope first.
    if (m_ui->agentCombo->currentText().trimmed().isEmpty())
        applyFilters();
    else
        m_waitingForScope = true;
    m_ui->searchEdit->setFocus();
}

SessionHistoryWindow::~SessionHistoryWindow()
{
    // An export still running is abandoned: no half-written file is left behind.
    if (m_exportPager) {
        m_exportPager->disconnect(this);
        m_exportPager->cancel();
    }
    if (m_exportFile)
        m_exportFile->cancelWriting();
}

void SessionHistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Back on screen: catch up at once, then every few seconds.
    m_model->setRefreshInterval(m_refreshMs);
    if (m_model->rowCount() > 0)
        m_model->refreshActive();
}

void SessionHistoryWindow::hideEvent(QHideEvent *event)
{
    // Nobody looks at a hidden history: no polling meanwhile.
    m_model->setRefreshInterval(0);
    QWidget::hideEvent(event);
}

void SessionHistoryWindow::retranslate()
{
    setWindowTitle(m_marketplaceKey.isEmpty() ? tr("Session history")
                                              : tr("Session history — %1").arg(m_marketplaceKey));
    const QSignalBlocker block(m_ui->rangeCombo);
    const QString current = m_ui->rangeCombo->currentData().toString();
    m_ui->rangeCombo->clear();
    m_ui->rangeCombo->addItem(tr("Today"), QStringLiteral("today"));
    m_ui->rangeCombo->addItem(tr("Last 7 days"), QStringLiteral("7days"));
    m_ui->rangeCombo->addItem(tr("Last 30 days"), QStringLiteral("30days"));
    m_ui->rangeCombo->addItem(tr("Any time"), QStringLiteral("any"));
    m_ui->rangeCombo->addItem(tr("Custom range"), QStringLiteral("custom"));
    if (!current.isEmpty())
        m_ui->rangeCombo->setCurrentIndex(std::max(0, m_ui->rangeCombo->findData(current)));
    if (m_ui->buyerCombo->count() == 0)
        m_ui->buyerCombo->addItem(tr("All buyers"), QString());
    else
        m_ui->buyerCombo->setItemText(0, tr("All buyers"));
    m_ui->agentCombo->lineEdit()->setPlaceholderText(tr("All agents"));
    updateScopeLabel();
    if (m_journalMode) {
        m_ui->journalNotice->setText(
            tr("This marketplace does not keep a session history. What you see comes from this desk's local journal "
               "only: sessions started on this computer, not those of other desks."));
        m_ui->journalNotice->setAccessibleDescription(m_ui->journalNotice->text());
    }
}

void SessionHistoryWindow::updateScopeLabel()
{
    if (m_scopeKnown)
        m_ui->scopeLabel->setText(m_supervisor ? tr("All agents' sessions") : tr("Your sessions only"));
    else
        m_ui->scopeLabel->setText(tr("Checking which sessions you may see…"));
    m_ui->scopeLabel->setAccessibleDescription(m_ui->scopeLabel->text());
}

void SessionHistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateListState();
        if (m_detail)
            showDetail(*m_detail, m_model->rowOf(m_detail->id) >= 0);
    }
    QWidget::changeEvent(event);
}

void SessionHistoryWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QWidget::closeEvent(event);
}

void SessionHistoryWindow::saveLayout()
{
    m_settings->setValue(SessionHistoryKeys::Geometry, saveGeometry());
    m_settings->setValue(SessionHistoryKeys::Columns, m_ui->sessionsView->horizontalHeader()->saveState());
    m_settings->setValue(SessionHistoryKeys::Splitter, m_ui->splitter->saveState());
}

// ---------------------------------------------------------------------------------------------
// Filters

void SessionHistoryWindow::restoreFilters()
{
    m_restoring = true;
    m_ui->agentCombo->addItem(QString());
    m_ui->agentCombo->setEditText(m_settings->value(SessionHistoryKeys::Agent));
    const QString buyer = m_settings->value(SessionHistoryKeys::Buyer);
    if (!buyer.isEmpty()) {
        // Named once the buyers have loaded.
        m_ui->buyerCombo->addItem(buyer, buyer);
        m_ui->buyerCombo->setCurrentIndex(1);
    }
    m_ui->userEdit->setText(m_settings->value(SessionHistoryKeys::User));
    const int range = m_ui->rangeCombo->findData(m_settings->value(SessionHistoryKeys::Range));
    m_ui->rangeCombo->setCurrentIndex(range >= 0 ? range : 1);
    const QDate today = QDate::currentDate();
    const QDate from = m_settings->value(SessionHistoryKeys::From);
    const QDate to = m_settings->value(SessionHistoryKeys::To);
    m_ui->fromDateEdit->setDate(from.isValid() ? from : today.addDays(-6));
    m_ui->toDateEdit->setDate(to.isValid() ? to : today);
    m_ui->activeOnlyCheck->setChecked(m_settings->value(SessionHistoryKeys::ActiveOnly));
    m_ui->searchEdit->setText(m_settings->value(SessionHistoryKeys::Search));
    m_ui->onePerOrderCheck->setChecked(m_settings->value(SessionHistoryKeys::OnePerOrder));
    m_restoring = false;
}

void SessionHistoryWindow::saveFilters()
{
    m_settings->setValue(SessionHistoryKeys::Agent, m_ui->agentCombo->currentText().trimmed());
    m_settings->setValue(SessionHistoryKeys::Buyer, m_ui->buyerCombo->currentData().toString());
    m_settings->setValue(SessionHistoryKeys::User, m_ui->userEdit->text().trimmed());
    m_settings->setValue(SessionHistoryKeys::Range, m_ui->rangeCombo->currentData().toString());
    m_settings->setValue(SessionHistoryKeys::From, m_ui->fromDateEdit->date());
    m_settings->setValue(SessionHistoryKeys::To, m_ui->toDateEdit->date());
    m_settings->setValue(SessionHistoryKeys::ActiveOnly, m_ui->activeOnlyCheck->isChecked());
    m_settings->setValue(SessionHistoryKeys::Search, m_ui->searchEdit->text().trimmed());
}

void SessionHistoryWindow::updateRangeWidgets()
{
    const bool custom = m_ui->rangeCombo->currentData().toString() == QLatin1String("custom");
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->fromCaption, m_ui->fromDateEdit, m_ui->toCaption, m_ui->toDateEdit})
        w->setEnabled(custom);
}

SessionFilter SessionHistoryWindow::currentFilter() const
{
    SessionFilter f;
    if (m_supervisor)
        f.agent = m_ui->agentCombo->currentText().trimmed();
    f.buyerId = m_ui->buyerCombo->currentData().toString();
    f.user = m_ui->userEdit->text().trimmed();
    f.activeOnly = m_ui->activeOnlyCheck->isChecked();
    f.search = m_ui->searchEdit->text().simplified();
    const QString range = m_ui->rangeCombo->currentData().toString();
    const QDate today = QDate::currentDate();
    if (range == QLatin1String("today")) {
        f.from = localMidnight(today);
    } else if (range == QLatin1String("7days")) {
        f.from = localMidnight(today.addDays(-6));
    } else if (range == QLatin1String("30days")) {
        f.from = localMidnight(today.addDays(-29));
    } else if (range == QLatin1String("custom")) {
        QDate first = m_ui->fromDateEdit->date();
        QDate last = m_ui->toDateEdit->date();
        if (last < first)
            std::swap(first, last);
        f.from = localMidnight(first);
        f.to = localMidnight(last.addDays(1));
    }
    return f;
}

void SessionHistoryWindow::applyFilters()
{
    m_filterTimer.stop();
    if (m_waitingForScope)
        return; // applied once the marketplace has said who this is
    saveFilters();
    m_ui->newSessionsLabel->hide();
    m_model->setFilter(currentFilter());
    m_ordersDirty = true;
    m_chartDirty = true;
    if (m_ui->tabs->currentWidget() == m_ui->ordersTab)
        reloadOrders();
    if (m_ui->tabs->currentWidget() == m_ui->chartTab)
        reloadChart();
}

void SessionHistoryWindow::applyIfChanged()
{
    m_filterTimer.stop();
    if (!m_waitingForScope && currentFilter() == m_model->filter() &&
        m_model->state() != SessionHistoryModel::State::Idle) {
        saveFilters();
        return;
    }
    applyFilters();
}

void SessionHistoryWindow::setRefreshInterval(int ms)
{
    m_refreshMs = ms;
    if (isVisible())
        m_model->setRefreshInterval(ms);
}

void SessionHistoryWindow::requestScope()
{
    m_client->me(this, [this](Result<wire::MeUser> r) {
        if (!r.ok()) {
            // The marketplace still decides; the label says so.
            setSupervisor(false, true);
            m_ui->scopeLabel->setText(tr("The sessions the marketplace lets you see"));
            m_ui->scopeLabel->setAccessibleDescription(m_ui->scopeLabel->text());
            return;
        }
        setSupervisor(r.value.AvailableRoles.contains(kSupervisorRole), true);
    });
}

void SessionHistoryWindow::setSupervisor(bool supervisor, bool known)
{
    const bool changed = supervisor != m_supervisor || known != m_scopeKnown;
    m_supervisor = supervisor;
    m_scopeKnown = known;
    m_ui->agentCaption->setVisible(supervisor);
    m_ui->agentCombo->setVisible(supervisor);
    m_model->setJournalAgent(supervisor ? QString() : m_client->username());
    updateScopeLabel();
    const bool filterAffected = !m_ui->agentCombo->currentText().trimmed().isEmpty();
    if (m_waitingForScope) {
        m_waitingForScope = false;
        applyFilters();
    } else if (changed && filterAffected && supervisor) {
        applyFilters();
    }
    if (changed)
        emit scopeChanged(supervisor);
}

void SessionHistoryWindow::loadBuyers()
{
    m_client->listBuyers(this, [this](Result<wire::ListPage<wire::Buyer>> r) {
        if (!r.ok())
            return; // the filter keeps "All buyers" (and a saved ID)
        m_restoring = true;
        const QString current = m_ui->buyerCombo->currentData().toString();
        for (const wire::Buyer &b : r.value.items) {
            const int existing = m_ui->buyerCombo->findData(b.ID);
            if (existing >= 0)
                m_ui->buyerCombo->setItemText(existing, b.Name);
            else
                m_ui->buyerCombo->addItem(b.Name, b.ID);
        }
        m_ui->buyerCombo->setCurrentIndex(std::max(0, m_ui->buyerCombo->findData(current)));
        m_restoring = false;
    });
}

void SessionHistoryWindow::updateAgentChoices()
{
    QComboBox *combo = m_ui->agentCombo;
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    QStringList have;
    for (int i = 1; i < combo->count(); ++i)
        have << combo->itemText(i);
    for (const QString &agent : m_model->agentsSeen()) {
        if (!have.contains(agent))
            combo->addItem(agent);
    }
    combo->setEditText(text);
}

void SessionHistoryWindow::updateListState()
{
    const bool hasRows = m_model->rowCount() > 0;
    const QString message = m_model->stateMessage();
    m_ui->stateLabel->setVisible(!hasRows && !message.isEmpty());
    m_ui->stateLabel->setText(message);
    m_ui->stateLabel->setAccessibleDescription(message);
    const int total = m_model->totalCount();
    if (m_model->state() == SessionHistoryModel::State::Results && total >= 0)
        m_ui->countLabel->setText(tr("%n session(s)", nullptr, total));
    else if (m_model->state() == SessionHistoryModel::State::Empty)
        m_ui->countLabel->setText(tr("No sessions"));
    else
        m_ui->countLabel->clear();
}

void SessionHistoryWindow::onExtensionMissing()
{
    m_journalMode = true;
    m_ui->journalNotice->show();
    retranslate();
    m_ui->tabs->setTabEnabled(m_ui->tabs->indexOf(m_ui->ordersTab), false);
    m_ui->showOrderButton->setEnabled(false);
    m_chartDirty = true;
    if (m_ui->tabs->currentWidget() == m_ui->chartTab)
        reloadChart();
}

// ---------------------------------------------------------------------------------------------
// Detail pane

void SessionHistoryWindow::onCurrentRow(int row)
{
    const HistorySession *s = m_model->sessionAt(row);
    if (!s) {
        clearDetail();
        return;
    }
    showDetail(*s, true);
}

void SessionHistoryWindow::clearDetail()
{
    ++m_detailGeneration;
    m_detail.reset();
    m_detailPending = 0;
    m_ui->recordTree->clear();
    m_ui->timelineTree->clear();
    m_ui->sessionOrdersTree->clear();
    m_ui->showOrderButton->setEnabled(false);
    m_ui->detailStateLabel->setText(tr("Select a session to see its record, timeline and orders."));
    m_ui->detailStateLabel->show();
}

void SessionHistoryWindow::showDetail(const HistorySession &session, bool inList)
{
    ++m_detailGeneration;
    m_detail = session;
    m_detailPending = 0;
    m_ui->detailStateLabel->setText(inList ? QString() : tr("This session is not in the list as it is filtered now."));
    m_ui->detailStateLabel->setVisible(!inList);
    renderRecord(session);
    renderTimeline(session);
    renderOrders(session);
}

void SessionHistoryWindow::renderRecord(const HistorySession &s)
{
    QTreeWidget *tree = m_ui->recordTree;
    tree->clear();
    auto add = [tree](const QString &field, const QString &value, const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(tree, {field, value});
        item->setToolTip(1, tip.isEmpty() ? value : tip);
        item->setData(1, Qt::AccessibleTextRole, value);
    };
    auto time = [](const QDateTime &t) { return SessionHistoryModel::formatTime(t); };
    add(tr("Session"), s.id);
    add(tr("Status"), s.active ? tr("Active") : tr("Ended"));
    add(tr("Agent"), s.agentUserId.isEmpty() ? s.agentUsername : tr("%1 (%2)").arg(s.agentUsername, s.agentUserId));
    add(tr("Buyer company"), s.buyerName.isEmpty() ? s.buyerId : tr("%1 (%2)").arg(s.buyerName, s.buyerId));
    add(tr("Buyer user"), tr("%1 — %2 (%3)").arg(s.userFullName, s.username, s.userId));
    add(tr("Reason"), s.reason.isEmpty() ? tr("(no reason given)") : s.reason);
    add(tr("Case number"), s.caseNumber);
    add(tr("Started"), time(s.started), csvTime(s.started));
    add(tr("Access expires"), time(s.tokenExpires), csvTime(s.tokenExpires));
    add(tr("Ended"), s.ended ? time(*s.ended) : tr("Not yet"), s.ended ? csvTime(*s.ended) : QString());
    add(tr("End cause"), s.active ? QString() : SessionHistoryModel::endCauseText(s.endCause));
    add(tr("Duration"), SessionHistoryModel::formatDuration(s.durationAt(QDateTime::currentDateTimeUtc())));
    add(tr("Orders"), QString::number(s.orderCount));
    if (!s.fromJournal)
        add(tr("Submitted total"), SessionHistoryModel::formatMoney(s.submittedTotal));
    if (!s.clientId.isEmpty())
        add(tr("API client"), s.clientId);
    if (!s.roles.isEmpty())
        add(tr("Roles as the buyer"), s.roles.join(QStringLiteral(", ")));
    add(tr("Recorded by"), s.fromJournal ? tr("This desk's local journal") : tr("The marketplace"));
}

void SessionHistoryWindow::renderTimeline(const HistorySession &s)
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
                {*o.submitted, o.total
                                   ? tr("Order %1 submitted (%2)").arg(o.id, SessionHistoryModel::formatMoney(*o.total))
                                   : tr("Order %1 submitted").arg(o.id)});
    }
    if (s.ended)
        events.push_back({*s.ended, tr("Session ended: %1").arg(SessionHistoryModel::endCauseText(s.endCause))});
    else
        events.push_back({s.tokenExpires, tr("Access as the buyer expires unless renewed (still active)")});
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.when < b.when; });
    QTreeWidget *tree = m_ui->timelineTree;
    tree->clear();
    for (const Event &e : events) {
        auto *item = new QTreeWidgetItem(tree, {SessionHistoryModel::formatTime(e.when), e.what});
        item->setToolTip(0, csvTime(e.when));
    }
}

void SessionHistoryWindow::renderOrders(const HistorySession &s)
{
    QTreeWidget *tree = m_ui->sessionOrdersTree;
    tree->clear();
    m_ui->showOrderButton->setEnabled(false);
    const quint64 generation = m_detailGeneration;
    if (s.orders.empty()) {
        auto *none = new QTreeWidgetItem(tree, {tr("No orders were placed in this session.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
        emit detailLoaded(s.id);
        return;
    }
    for (const HistoryOrder &o : s.orders) {
        auto *item = new QTreeWidgetItem(tree, {o.id, o.status, QString(), QString(),
                                                o.total ? SessionHistoryModel::formatMoney(*o.total) : QString()});
        item->setData(0, kOrderIdRole, o.id);
        item->setExpanded(true);
        if (o.status == QLatin1String("Deleted")) {
            auto *note = new QTreeWidgetItem(item, {tr("Deleted before it was submitted")});
            note->setFlags(Qt::ItemIsEnabled);
            note->setFirstColumnSpanned(true);
            continue;
        }
        auto *loading = new QTreeWidgetItem(item, {tr("Loading line items…")});
        loading->setFlags(Qt::ItemIsEnabled);
        loading->setFirstColumnSpanned(true);
        const QString base = QStringLiteral("/v1/orders/Incoming/") + percent(o.id);
        if (s.fromJournal) {
            // The journal knows the order's ID only: its state comes from the marketplace.
            ++m_detailPending;
            m_client->get(base, MarketplaceClient::Token::Agent, this,
                          [this, generation, item, id = o.id](Result<nlohmann::json> r) {
                              orderHeaderArrived(generation, item, id, r);
                          });
        }
        ++m_detailPending;
        m_client->get(QString(base + QStringLiteral("/lineitems?pageSize=100")), MarketplaceClient::Token::Agent, this,
                      [this, generation, item](Result<nlohmann::json> r) { lineItemsArrived(generation, item, r); });
    }
    tree->expandAll();
    if (m_detailPending == 0)
        emit detailLoaded(s.id);
}

void SessionHistoryWindow::orderHeaderArrived(quint64 generation, QTreeWidgetItem *item, const QString &orderId,
                                              const Result<nlohmann::json> &r)
{
    if (generation != m_detailGeneration)
        return; // another session is shown now; `item` is gone
    if (r.ok() && m_detail) {
        item->setText(1, jsonText(r.value, {"Status"}));
        item->setText(4, jsonMoney(r.value, "Total"));
        for (HistoryOrder &o : m_detail->orders) {
            if (o.id != orderId)
                continue;
            o.status = jsonText(r.value, {"Status"});
            o.created = jsonTime(r.value, "DateCreated");
            o.submitted = jsonTime(r.value, "DateSubmitted");
            if (const auto units = r.value.contains("Total") ? wire::Money::fromJson(r.value["Total"]) : std::nullopt)
                o.total = units;
        }
        renderTimeline(*m_detail);
    } else if (!r.ok()) {
        item->setText(1, r.error.status() == 404 ? tr("Not found") : r.error.message());
    }
    detailPartDone(generation);
}

void SessionHistoryWindow::lineItemsArrived(quint64 generation, QTreeWidgetItem *item, const Result<nlohmann::json> &r)
{
    if (generation != m_detailGeneration)
        return;
    qDeleteAll(item->takeChildren());
    if (!r.ok()) {
        auto *error = new QTreeWidgetItem(
            item, {r.error.status() == 404 ? tr("The order no longer exists.") : r.error.message()});
        error->setFlags(Qt::ItemIsEnabled);
        error->setFirstColumnSpanned(true);
    } else if (r.value.contains("Items") && r.value["Items"].is_array()) {
        for (const nlohmann::json &line : r.value["Items"]) {
            const QString productId = jsonText(line, {"ProductID"});
            const QString name = jsonText(line, {"Product", "Name"});
            const int quantity =
                line.contains("Quantity") && line["Quantity"].is_number_integer() ? line["Quantity"].get<int>() : 0;
            auto *child = new QTreeWidgetItem(item, {name.isEmpty() ? productId : tr("%1 (%2)").arg(name, productId),
                                                     QString(), QString::number(quantity), jsonMoney(line, "UnitPrice"),
                                                     jsonMoney(line, "LineTotal")});
            child->setData(0, kOrderIdRole, item->data(0, kOrderIdRole));
            child->setData(0, Qt::UserRole, productId);
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (item->childCount() == 0) {
            auto *empty = new QTreeWidgetItem(item, {tr("No line items")});
            empty->setFlags(Qt::ItemIsEnabled);
            empty->setFirstColumnSpanned(true);
        }
    }
    item->setExpanded(true);
    detailPartDone(generation);
}

void SessionHistoryWindow::detailPartDone(quint64 generation)
{
    if (generation != m_detailGeneration)
        return;
    if (--m_detailPending == 0 && m_detail)
        emit detailLoaded(m_detail->id);
}

QString SessionHistoryWindow::selectedOrderInDetail() const
{
    const QTreeWidgetItem *item = m_ui->sessionOrdersTree->currentItem();
    return item ? item->data(0, kOrderIdRole).toString() : QString();
}

void SessionHistoryWindow::showSession(const QString &sessionId)
{
    m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
    const int row = m_model->rowOf(sessionId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_ui->sessionsView->setCurrentIndex(index);
        m_ui->sessionsView->scrollTo(index);
        m_ui->sessionsView->setFocus();
        return;
    }
    // Outside the filters (or not loaded yet): shown on its own, the list left as it is.
    m_ui->sessionsView->selectionModel()->clearCurrentIndex();
    m_ui->sessionsView->clearSelection();
    clearDetail();
    m_ui->detailStateLabel->setText(tr("Loading the session…"));
    m_ui->detailStateLabel->show();
    const quint64 generation = m_detailGeneration;
    if (m_journalMode) {
        if (m_journal) {
            if (const auto e = m_journal->find(sessionId)) {
                showDetail(HistorySession::fromJournalEntry(*e), false);
                return;
            }
        }
        m_ui->detailStateLabel->setText(tr("This desk's journal has no session %1.").arg(sessionId));
        return;
    }
    m_client->get(QStringLiteral("/v1/impersonationsessions/") + percent(sessionId), MarketplaceClient::Token::Agent,
                  this, [this, generation, sessionId](Result<nlohmann::json> r) {
                      if (generation != m_detailGeneration)
                          return;
                      if (!r.ok()) {
                          m_ui->detailStateLabel->setText(r.error.status() == 404
                                                              ? tr("Session %1 is not one you can see.").arg(sessionId)
                                                              : r.error.message());
                          return;
                      }
                      QString why;
                      const auto s = HistorySession::fromJson(r.value, &why);
                      if (!s) {
                          m_ui->detailStateLabel->setText(
                              tr("The marketplace sent a session this desk cannot read (%1).").arg(why));
                          return;
                      }
                      showDetail(*s, false);
                  });
}

// ---------------------------------------------------------------------------------------------
// Order list: orders placed on behalf of buyers (the marketplace stamps them with their session)

void SessionHistoryWindow::showOrder(const QString &orderId)
{
    m_pendingOrderSelect = orderId;
    m_ui->tabs->setCurrentWidget(m_ui->ordersTab); // reloads the list if the filters changed
    selectPendingOrder();
    if (m_pendingOrderSelect.isEmpty())
        return; // it was on a page already loaded
    // Look it up by ID.
    m_restoring = true;
    m_ui->ordersSearchEdit->setText(orderId);
    m_restoring = false;
    reloadOrders();
}

void SessionHistoryWindow::selectPendingOrder()
{
    if (m_pendingOrderSelect.isEmpty())
        return;
    QTreeWidget *tree = m_ui->ordersTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->data(0, kOrderIdRole).toString() == m_pendingOrderSelect) {
            tree->setCurrentItem(item);
            tree->scrollToItem(item);
            tree->setFocus();
            m_pendingOrderSelect.clear();
            return;
        }
    }
}

void SessionHistoryWindow::reloadOrders()
{
    ++m_ordersGeneration;
    m_ordersDirty = false;
    m_ordersNextPage = 1;
    m_ordersLoading = false;
    m_ordersExhausted = false;
    m_ui->ordersTree->clear();
    m_ui->showSessionButton->setEnabled(false);
    if (m_journalMode) {
        m_ordersExhausted = true;
        m_ui->ordersStateLabel->setText(tr("This marketplace does not record which session placed an order."));
        return;
    }
    m_ui->ordersStateLabel->setText(tr("Loading orders…"));
    requestOrders();
}

void SessionHistoryWindow::requestOrders()
{
    if (m_ordersLoading || m_ordersExhausted || m_journalMode)
        return;
    m_ordersLoading = true;
    const SessionFilter f = m_model->filter();
    QUrlQuery q;
    auto add = [&q](const QString &key, const QString &value) { q.addQueryItem(key, percent(value)); };
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
    q.addQueryItem(QStringLiteral("page"), QString::number(m_ordersNextPage));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kOrdersPageSize));
    const quint64 generation = m_ordersGeneration;
    m_client->get(
        QStringLiteral("/v1/orders/Incoming?") + q.query(QUrl::FullyEncoded), MarketplaceClient::Token::Agent, this,
        [this, generation](Result<nlohmann::json> r) {
            if (generation != m_ordersGeneration)
                return;
            m_ordersLoading = false;
            if (!r.ok()) {
                m_ordersExhausted = true;
                m_ui->ordersStateLabel->setText(r.error.message());
                emit ordersLoaded();
                return;
            }
            QTreeWidget *tree = m_ui->ordersTree;
            int received = 0;
            if (r.value.contains("Items") && r.value["Items"].is_array()) {
                for (const nlohmann::json &o : r.value["Items"]) {
                    ++received;
                    const QString id = jsonText(o, {"ID"});
                    const auto created = jsonTime(o, "DateCreated");
                    const auto submitted = jsonTime(o, "DateSubmitted");
                    auto *item = new QTreeWidgetItem(
                        tree, {id, jsonText(o, {"FromCompanyID"}), jsonText(o, {"FromUser", "Username"}),
                               jsonText(o, {"Status"}), created ? SessionHistoryModel::formatTime(*created) : QString(),
                               submitted ? SessionHistoryModel::formatTime(*submitted) : QString(),
                               jsonMoney(o, "Total"), jsonText(o, {"xp", "Onbehalf", "AgentUsername"}),
                               jsonText(o, {"xp", "Onbehalf", "CaseNumber"})});
                    item->setData(0, kOrderIdRole, id);
                    item->setData(0, kSessionIdRole, jsonText(o, {"xp", "Onbehalf", "SessionID"}));
                    item->setToolTip(0, tr("Placed in session %1: %2")
                                            .arg(jsonText(o, {"xp", "Onbehalf", "SessionID"}),
                                                 jsonText(o, {"xp", "Onbehalf", "Reason"})));
                    item->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
                }
            }
            int total = -1;
            if (r.value.contains("Meta") && r.value["Meta"].contains("TotalCount"))
                total = r.value["Meta"]["TotalCount"].get<int>();
            ++m_ordersNextPage;
            m_ordersExhausted = received < kOrdersPageSize || tree->topLevelItemCount() >= total;
            m_ui->ordersStateLabel->setText(total <= 0
                                                ? tr("No orders were placed on behalf of buyers with these filters.")
                                                : tr("%n order(s) placed on behalf of buyers", nullptr, total));
            selectPendingOrder();
            emit ordersLoaded();
            // Fill the view: more pages until it scrolls.
            if (!m_ordersExhausted && tree->verticalScrollBar()->maximum() == 0)
                requestOrders();
        });
}

// ---------------------------------------------------------------------------------------------
// Chart

std::pair<QDate, QDate> SessionHistoryWindow::chartRange(QDate firstSeen, QDate lastSeen) const
{
    const SessionFilter f = m_model->filter();
    QDate first = f.from.isValid() ? f.from.toLocalTime().date() : firstSeen;
    QDate last = f.to.isValid() ? f.to.toLocalTime().addMSecs(-1).date() : QDate::currentDate();
    if (!f.to.isValid() && lastSeen.isValid() && lastSeen > last)
        last = lastSeen; // the marketplace's clock is ahead of this desk's
    if (!first.isValid())
        first = last;
    return {first, last};
}

void SessionHistoryWindow::reloadChart()
{
    m_chartDirty = false;
    if (m_chartPager) {
        m_chartPager->cancel();
        m_chartPager->deleteLater();
    }
    m_chartCounts.clear();
    m_chartFirstSeen = m_chartLastSeen = QDate();
    auto count = [this](const HistorySession &s) {
        const QDate day = s.started.toLocalTime().date();
        ++m_chartCounts[s.agentUsername.isEmpty() ? tr("(unknown)") : s.agentUsername][day];
        if (!m_chartFirstSeen.isValid() || day < m_chartFirstSeen)
            m_chartFirstSeen = day;
        if (!m_chartLastSeen.isValid() || day > m_chartLastSeen)
            m_chartLastSeen = day;
    };
    if (m_journalMode) {
        for (const HistorySession &s : m_model->sessions())
            count(s);
        const auto [first, last] = chartRange(m_chartFirstSeen, m_chartLastSeen);
        m_chart->setData(m_chartCounts, first, last);
        emit chartLoaded();
        return;
    }
    m_chart->setMessage(tr("Counting sessions…"));
    auto *pager = new SessionPager(m_client, m_model->filter(), this);
    pager->setLimit(kChartLimit);
    m_chartPager = pager;
    connect(pager, &SessionPager::pageReady, this, [count](const std::vector<HistorySession> &sessions) {
        for (const HistorySession &s : sessions)
            count(s);
    });
    connect(pager, &SessionPager::progress, this, [this](int done, int total) {
        m_chart->setMessage(tr("Counting sessions… %1 of %2").arg(done).arg(total));
    });
    connect(pager, &SessionPager::finished, this, [this, pager](bool ok, const QString &message) {
        pager->deleteLater();
        if (m_chartPager != pager)
            return;
        if (!ok) {
            if (!pager->wasCancelled())
                m_chart->setMessage(message);
            emit chartLoaded();
            return;
        }
        const auto [first, last] = chartRange(m_chartFirstSeen, m_chartLastSeen);
        m_chart->setData(m_chartCounts, first, last);
        emit chartLoaded();
    });
    pager->start();
}

// ---------------------------------------------------------------------------------------------
// CSV export

QString SessionHistoryWindow::csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList SessionHistoryWindow::csvHeader(bool onePerOrder)
{
    // Field names of the marketplace's API: a file format for spreadsheets and scripts, so the
    // same in every language.
    QStringList header{
        QStringLiteral("SessionID"),       QStringLiteral("AgentUsername"),  QStringLiteral("AgentUserID"),
        QStringLiteral("BuyerID"),         QStringLiteral("BuyerName"),      QStringLiteral("UserID"),
        QStringLiteral("Username"),        QStringLiteral("UserFullName"),   QStringLiteral("Reason"),
        QStringLiteral("CaseNumber"),      QStringLiteral("DateStarted"),    QStringLiteral("DateEnded"),
        QStringLiteral("DurationSeconds"), QStringLiteral("EndCause"),       QStringLiteral("Status"),
        QStringLiteral("OrderCount"),      QStringLiteral("SubmittedTotal"), QStringLiteral("ClientID"),
        QStringLiteral("TokenExpires")};
    if (onePerOrder)
        header << QStringLiteral("OrderID") << QStringLiteral("OrderStatus") << QStringLiteral("OrderTotal")
               << QStringLiteral("OrderDateCreated") << QStringLiteral("OrderDateSubmitted");
    return header;
}

QList<QStringList> SessionHistoryWindow::csvRows(const HistorySession &s, bool onePerOrder)
{
    const QStringList session{
        s.id,
        s.agentUsername,
        s.agentUserId,
        s.buyerId,
        s.buyerName,
        s.userId,
        s.username,
        s.userFullName,
        s.reason,
        s.caseNumber,
        csvTime(s.started),
        s.ended ? csvTime(*s.ended) : QString(),
        QString::number(s.fromJournal ? s.durationAt(QDateTime::currentDateTimeUtc()) : s.durationSeconds),
        s.endCause,
        s.active ? QStringLiteral("Active") : QStringLiteral("Ended"),
        QString::number(s.orderCount),
        s.fromJournal ? QString() : wire::Money::toDecimalString(s.submittedTotal),
        s.clientId,
        csvTime(s.tokenExpires)};
    if (!onePerOrder)
        return {session};
    if (s.orders.empty())
        return {QStringList(session) << QString() << QString() << QString() << QString() << QString()};
    QList<QStringList> rows;
    for (const HistoryOrder &o : s.orders)
        rows << (QStringList(session) << o.id << o.status
                                      << (o.total ? wire::Money::toDecimalString(*o.total) : QString())
                                      << (o.created ? csvTime(*o.created) : QString())
                                      << (o.submitted ? csvTime(*o.submitted) : QString()));
    return rows;
}

void SessionHistoryWindow::exportCsv(const QString &path, bool onePerOrder)
{
    if (isExporting()) {
        emit exportFinished(false, tr("An export is already running."));
        return;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        const QString message = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        m_ui->messageLabel->setText(message);
        emit exportFinished(false, message);
        return;
    }
    m_exportFile = std::move(file);
    m_exportPath = path;
    m_exportOnePerOrder = onePerOrder;
    m_exportSessions = 0;
    m_exportFile->write(CsvWriter::record(csvHeader(onePerOrder)));
    m_ui->exportButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("Exporting…"));

    if (m_journalMode) {
        for (const HistorySession &s : m_model->sessions()) {
            for (const QStringList &row : csvRows(s, onePerOrder))
                m_exportFile->write(CsvWriter::record(row));
            ++m_exportSessions;
        }
        finishExport(true, QString());
        return;
    }

    auto *progress = new QProgressDialog(tr("Exporting sessions…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export to CSV"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowModality(Qt::NonModal); // the history stays usable meanwhile
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, this, &SessionHistoryWindow::cancelExport);

    auto *pager = new SessionPager(m_client, m_model->filter(), this);
    m_exportPager = pager;
    connect(pager, &SessionPager::pageReady, this, [this](const std::vector<HistorySession> &sessions) {
        if (!m_exportFile)
            return;
        QByteArray chunk;
        for (const HistorySession &s : sessions) {
            for (const QStringList &row : csvRows(s, m_exportOnePerOrder))
                chunk += CsvWriter::record(row);
        }
        m_exportSessions += int(sessions.size());
        if (m_exportFile->write(chunk) != chunk.size())
            m_exportPager->cancel();
    });
    connect(pager, &SessionPager::progress, this, [this](int done, int total) {
        if (!m_exportProgress)
            return;
        m_exportProgress->setMaximum(std::max(1, total));
        m_exportProgress->setValue(std::min(done, std::max(1, total)));
        m_exportProgress->setLabelText(tr("Exporting sessions… %1 of %2").arg(done).arg(total));
    });
    connect(pager, &SessionPager::finished, this, [this, pager](bool ok, const QString &message) {
        pager->deleteLater();
        finishExport(ok, message);
    });
    pager->start();
}

void SessionHistoryWindow::cancelExport()
{
    if (m_exportPager)
        m_exportPager->cancel(); // finishes the export
}

void SessionHistoryWindow::finishExport(bool ok, const QString &message)
{
    if (!m_exportFile)
        return;
    QString text;
    if (ok && m_exportFile->error() == QFileDevice::NoError && m_exportFile->commit()) {
        text =
            tr("%n session(s) exported to %1.", nullptr, m_exportSessions).arg(QDir::toNativeSeparators(m_exportPath));
    } else {
        const bool cancelled = m_exportPager && m_exportPager->wasCancelled();
        if (ok) // the file failed
            text = tr("The export could not be written to %1: %2")
                       .arg(QDir::toNativeSeparators(m_exportPath), m_exportFile->errorString());
        else if (cancelled)
            text = tr("Export cancelled; no file was written.");
        else
            text = tr("The export failed: %1").arg(message);
        m_exportFile->cancelWriting();
        ok = false;
    }
    m_exportFile.reset();
    m_exportPager.clear();
    if (m_exportProgress) {
        m_exportProgress->hide();
        m_exportProgress->deleteLater();
    }
    m_ui->exportButton->setEnabled(true);
    m_ui->messageLabel->setText(text);
    emit exportFinished(ok, text);
}

} // namespace onbehalf
