#include "history/SessionHistoryWindow.h"

#include "core/api/UsersApi.h"
#include "core/net/MarketplaceClient.h"
#include "core/session/SessionJournal.h"
#include "history/ChartLoader.h"
#include "history/CsvExporter.h"
#include "ui_SessionHistoryWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <algorithm>

namespace onbehalf {

namespace {

const QString kSupervisorRole = QStringLiteral("ServiceDeskSupervisor");

} // namespace

SessionHistoryWindow::SessionHistoryWindow(MarketplaceClient *client, Settings *settings, SessionJournal *journal,
                                           const QString &marketplaceKey, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::SessionHistoryWindow>()), m_client(client),
      m_settings(settings), m_journal(journal), m_marketplaceKey(marketplaceKey),
      m_model(new SessionHistoryModel(client, this)), m_chart(nullptr), m_chartLoader(nullptr),
      m_exporter(new CsvExporter(client, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sessionHistoryWindow"));
    m_chart = new SessionChart(m_ui->chartTab);
    m_ui->chartLayout->addWidget(m_chart);
    m_chartLoader = new ChartLoader(client, m_chart, this);
    m_model->setJournal(journal, marketplaceKey);
    m_model->setJournalAgent(client->username()); // until the marketplace says "supervisor"
    m_ui->detailPanel->setSources(client, journal);
    m_ui->ordersTab->setClient(client);

    setUpList();
    m_ui->journalNotice->hide();
    m_ui->journalNotice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_ui->newSessionsLabel->hide();
    m_ui->agentCaption->hide();
    m_ui->agentCombo->hide();

    retranslate();
    restoreFilters();
    restoreGeometry(m_settings->value(SessionHistoryKeys::Geometry));
    m_ui->splitter->restoreState(m_settings->value(SessionHistoryKeys::Splitter));
    // The saved column layout brings the agent's last sort order with it.
    QHeaderView *header = m_ui->sessionsView->horizontalHeader();
    if (!m_ui->sessionsView->restoreColumns(m_settings->value(SessionHistoryKeys::Columns)) ||
        !m_model->setSortOrder(header->sortIndicatorSection(), header->sortIndicatorOrder()))
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_refreshMs = std::max(1, m_settings->value(SessionHistoryKeys::RefreshSeconds)) * 1000;
    m_model->setRefreshInterval(m_refreshMs);

    connectFilters();
    connectViews();
    addShortcuts();

    updateRangeWidgets();
    m_ui->detailPanel->clear();
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
    m_exporter->disconnect(this); // it abandons a running export as it goes
}

void SessionHistoryWindow::setUpList()
{
    m_ui->sessionsView->setSessionModel(m_model);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->sessionsView, &SessionTable::columnsFitted, this, &SessionHistoryWindow::updateSplit);
}

void SessionHistoryWindow::updateSplit()
{
    // The detail pane sits beside the list only while every column still fits; otherwise below it.
    QSplitter *splitter = m_ui->splitter;
    const Qt::Orientation wanted =
        splitter->width() * 3 / 5 >= m_ui->sessionsView->neededWidth() ? Qt::Horizontal : Qt::Vertical;
    if (splitter->orientation() == wanted)
        return;
    splitter->setOrientation(wanted);
    const int length = wanted == Qt::Horizontal ? splitter->width() : splitter->height();
    splitter->setSizes({length * 3 / 5, length - length * 3 / 5});
}

void SessionHistoryWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSplit();
}

void SessionHistoryWindow::connectFilters()
{
    // Choices apply at once, typing after a short pause.
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
}

void SessionHistoryWindow::connectViews()
{
    QHeaderView *header = m_ui->sessionsView->horizontalHeader();
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
        m_ui->detailPanel->clear();
        updateListState();
    });
    connect(m_model, &SessionHistoryModel::agentsSeenChanged, this, &SessionHistoryWindow::updateAgentChoices);
    connect(m_model, &SessionHistoryModel::extensionMissing, this, &SessionHistoryWindow::onExtensionMissing);
    connect(m_model, &SessionHistoryModel::newSessionsChanged, this, &SessionHistoryWindow::updateNewSessions);
    connect(m_model, &SessionHistoryModel::sessionUpdated, this, [this](const QString &id) {
        if (const HistorySession *fresh = m_model->sessionAt(m_model->rowOf(id)))
            m_ui->detailPanel->update(*fresh);
    });
    connect(m_ui->sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRow(current.isValid() ? current.row() : -1); });

    connect(m_ui->detailPanel, &SessionDetailPane::loaded, this, &SessionHistoryWindow::detailLoaded);
    connect(m_ui->detailPanel, &SessionDetailPane::orderChosen, this, &SessionHistoryWindow::showOrder);
    connect(m_ui->ordersTab, &OrdersTab::loaded, this, &SessionHistoryWindow::ordersLoaded);
    connect(m_ui->ordersTab, &OrdersTab::sessionChosen, this, &SessionHistoryWindow::showSession);
    connect(m_chartLoader, &ChartLoader::loaded, this, &SessionHistoryWindow::chartLoaded);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->ordersTab && m_ui->ordersTab->isDirty())
            m_ui->ordersTab->reload();
        if (m_ui->tabs->currentWidget() == m_ui->chartTab && m_chartLoader->isDirty())
            reloadChart();
    });

    // Export.
    connect(m_exporter, &CsvExporter::finished, this, &SessionHistoryWindow::exportFinishedWith);
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
}

void SessionHistoryWindow::addShortcuts()
{
    auto add = [this](const char *name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add("refreshAction", QKeySequence(Qt::Key_F5), [this] { applyFilters(); });
    add("findAction", QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    add("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { m_ui->exportButton->click(); });
    add("closeAction", QKeySequence(Qt::CTRL | Qt::Key_W), [this] { close(); });
    add("escapeAction", QKeySequence(Qt::Key_Escape), [this] { close(); });
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
        m_model->retranslate();
        updateListState();
        updateNewSessions(m_model->newSessionCount());
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
    f.setRange(m_ui->rangeCombo->currentData().toString(), m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
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
    m_ui->ordersTab->setFilter(m_model->filter());
    m_chartLoader->markDirty();
    if (m_ui->tabs->currentWidget() == m_ui->ordersTab)
        m_ui->ordersTab->reload();
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
    m_ui->ordersTab->setSupervisor(supervisor);
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
    // Page by page: a marketplace may have more buyers than one page holds.
    auto *users = new UsersApi(m_client, this);
    users->listAllBuyers(this, [this, users](Result<std::vector<wire::Buyer>> r) {
        users->deleteLater();
        if (!r.ok())
            return; // the filter keeps "All buyers" (and a saved ID)
        m_restoring = true;
        const QString current = m_ui->buyerCombo->currentData().toString();
        for (const wire::Buyer &b : r.value) {
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
        m_ui->countLabel->setText(tr("%Ln session(s)", nullptr, total));
    else if (m_model->state() == SessionHistoryModel::State::Empty)
        m_ui->countLabel->setText(tr("No sessions"));
    else
        m_ui->countLabel->clear();
}

void SessionHistoryWindow::updateNewSessions(int count)
{
    m_ui->newSessionsLabel->setVisible(count > 0);
    m_ui->newSessionsLabel->setText(
        tr("%Ln new session(s) started since the list was loaded. Press F5 to show them.", nullptr, count));
}

void SessionHistoryWindow::onExtensionMissing()
{
    m_journalMode = true;
    m_ui->journalNotice->show();
    retranslate();
    m_ui->tabs->setTabEnabled(m_ui->tabs->indexOf(m_ui->ordersTab), false);
    m_ui->ordersTab->setJournalMode(true);
    m_ui->detailPanel->setJournalMode(true);
    m_chartLoader->markDirty();
    if (m_ui->tabs->currentWidget() == m_ui->chartTab)
        reloadChart();
}

// ---------------------------------------------------------------------------------------------
// Selection, sessions and orders

void SessionHistoryWindow::onCurrentRow(int row)
{
    const HistorySession *s = m_model->sessionAt(row);
    if (!s) {
        m_ui->detailPanel->clear();
        return;
    }
    m_ui->detailPanel->display(*s, true);
}

QString SessionHistoryWindow::detailSessionId() const
{
    return m_ui->detailPanel->sessionId();
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
    m_ui->detailPanel->load(sessionId);
}

void SessionHistoryWindow::showOrder(const QString &orderId)
{
    m_ui->tabs->setCurrentWidget(m_ui->ordersTab); // reloads the list if the filters changed
    m_ui->ordersTab->showOrder(orderId);
}

void SessionHistoryWindow::reloadChart()
{
    if (m_journalMode)
        m_chartLoader->loadFrom(m_model->filter(), m_model->sessions());
    else
        m_chartLoader->load(m_model->filter());
}

// ---------------------------------------------------------------------------------------------
// CSV export

bool SessionHistoryWindow::isExporting() const
{
    return m_exporter->isRunning();
}

void SessionHistoryWindow::exportCsv(const QString &path, bool onePerOrder)
{
    if (isExporting()) {
        emit exportFinished(false, tr("An export is already running."));
        return;
    }
    m_ui->exportButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("Exporting…"));
    if (m_journalMode)
        m_exporter->startFrom(path, onePerOrder, m_model->sessions());
    else
        m_exporter->start(path, onePerOrder, m_model->filter());
}

void SessionHistoryWindow::cancelExport()
{
    m_exporter->cancel(); // finishes the export
}

void SessionHistoryWindow::exportFinishedWith(bool ok, const QString &message)
{
    m_ui->exportButton->setEnabled(true);
    m_ui->messageLabel->setText(message);
    emit exportFinished(ok, message);
}

} // namespace onbehalf
