#include "desk/MainWindow.h"

#include "common/OrderStatusText.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionManager.h"
#include "desk/SessionBanner.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/StartSessionDialog.h"
#include "history/SessionHistoryWindow.h"
#include "search/BuyerUserSearchModel.h"
#include "shop/ShopPanel.h"
#include "ui_MainWindow.h"
#include "wire/Money.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

namespace onbehalf {

MainWindow::MainWindow(MarketplaceClient *client, TokenStore *tokens, Settings *settings, SessionManager *sessions,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_client(client), m_tokens(tokens),
      m_settings(settings), m_model(new BuyerUserSearchModel(client, this)), m_sessions(sessions)
{
    m_ui->setupUi(this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Onbehalf"), question) == QMessageBox::Yes;
    };
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::NameColumn, 200);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::UsernameColumn, 160);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::EmailColumn, 240);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::BuyerColumn, 150);
    // The empty, searching and error states are shown over the (then empty) rows rather than
    // under them: a message coming and going at every keystroke repaints the table, not the
    // whole window after a new layout.
    m_ui->resultsStateLabel->setParent(m_ui->resultsView->viewport());
    m_ui->resultsStateLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ui->resultsStateLabel->setMargin(12);
    m_ui->resultsView->viewport()->installEventFilter(this);
    m_searchingNotice.setSingleShot(true);
    m_searchingNotice.setInterval(300);
    connect(&m_searchingNotice, &QTimer::timeout, this, [this] {
        m_slowSearch = true;
        updateResultsState();
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->keychainWarning->hide();
    m_ui->keychainWarning->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->keychainWarning->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_ui->activeOnlyCheck->setChecked(m_settings->value(SettingKeys::ActiveOnly));
    m_ui->buyerFilterCombo->addItem(tr("All buyers"), QString());
    m_ui->findAction->setShortcutContext(Qt::WindowShortcut);
    clearDetails();

    restoreGeometry(m_settings->value(SettingKeys::MainWindowGeometry));
    m_ui->resultsView->horizontalHeader()->restoreState(m_settings->value(SettingKeys::SearchColumns));

    // Search as the agent types: at once when no search is under way. While one is, the newer
    // text waits until it answers (at most the search delay), so fast typing never stacks up
    // stale searches in front of the one that matters.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    auto searchSoon = [this] {
        if (m_model->state() == BuyerUserSearchModel::State::Searching) {
            if (!m_searchTimer.isActive())
                m_searchTimer.start();
        } else {
            runSearch();
        }
    };
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, searchSoon);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [searchSoon](const QString &text) {
        if (text.isEmpty())
            searchSoon(); // the clear button
    });
    // Queued: the model is still inside its reply handler when it announces the answer.
    connect(
        m_model, &BuyerUserSearchModel::stateChanged, this,
        [this] {
            if (m_searchTimer.isActive() && m_model->state() != BuyerUserSearchModel::State::Searching)
                runSearch();
        },
        Qt::QueuedConnection);
    // Enter searches at once and moves to the results; Down does the same.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive())
            runSearch();
        m_ui->resultsView->setFocus();
        if (!m_ui->resultsView->currentIndex().isValid()) {
            if (m_model->rowCount() > 0)
                m_ui->resultsView->setCurrentIndex(m_model->index(0, 0));
            else
                m_selectFirstRow = true; // when the search answers
        }
    });
    connect(m_model, &BuyerUserSearchModel::firstRowsShown, this, [this] {
        if (std::exchange(m_selectFirstRow, false) && m_ui->resultsView->hasFocus() &&
            !m_ui->resultsView->currentIndex().isValid())
            m_ui->resultsView->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_ui->buyerFilterCombo, &QComboBox::currentIndexChanged, this, &MainWindow::runSearch);
    connect(m_ui->activeOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(SettingKeys::ActiveOnly, on);
        runSearch();
    });
    connect(m_model, &BuyerUserSearchModel::stateChanged, this, &MainWindow::updateResultsState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::clearDetails);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showUser(current); });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_tokens, &TokenStore::keychainUnavailable, this, &MainWindow::showKeychainWarning);
    if (!m_tokens->keychainAvailable())
        showKeychainWarning(m_tokens->unavailableReason());
    setupSessions();
    updateResultsState();
}

void MainWindow::setupSessions()
{
    // The search area becomes the first tab; the banner sits above every tab.
    QWidget *search = takeCentralWidget();
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("deskArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Desk views"));
    m_tabs->addTab(search, tr("&Find buyer user"));
    setCentralWidget(central);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    auto *preferences = editMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (m_sessions)
                m_sessions->setInactivityLimit(m_settings->value(SettingKeys::InactivityMinutes) * 60);
        });
        dialog->open();
    });

    auto *historyAction = m_ui->viewMenu->addAction(tr("Session &history"));
    historyAction->setObjectName(QStringLiteral("sessionHistoryAction"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(historyAction, &QAction::triggered, this, &MainWindow::showSessionHistory);

    auto *sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    auto *startAction = sessionMenu->addAction(tr("&Act for selected user…"));
    startAction->setObjectName(QStringLiteral("startSessionAction"));
    startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *endAction = sessionMenu->addAction(tr("&End session"));
    endAction->setObjectName(QStringLiteral("endSessionAction"));
    endAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    endAction->setEnabled(false);

    // Help › Keyboard shortcuts (F1): the menu shortcuts and the desk's fixed keys.
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto *shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *startButton = new QPushButton(tr("Act for this &user…"), m_ui->detailPanel);
    startButton->setObjectName(QStringLiteral("startSessionButton"));
    startButton->setAccessibleName(tr("Start acting for this user"));
    startButton->setToolTip(tr("Start an impersonation session (Ctrl+I or Enter)"));
    m_ui->detailLayout->addRow(startButton);

    if (!m_sessions) {
        startAction->setEnabled(false);
        startButton->setEnabled(false);
        layout->addWidget(m_tabs, 1);
        return;
    }

    m_banner = new SessionBanner(m_sessions, central);
    m_recoveryBar = new QFrame(central);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    m_recoveryBar->setFrameShape(QFrame::StyledPanel);
    m_recoveryBar->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_recoveryBar);
    layout->addWidget(m_tabs, 1);
    m_shop = new ShopPanel(m_client, m_sessions, m_tabs);
    m_tabs->addTab(m_shop, tr("&Shop as buyer"));
    m_tabs->setTabEnabled(1, false);

    connect(startAction, &QAction::triggered, this, &MainWindow::startSessionForSelected);
    connect(startButton, &QPushButton::clicked, this, &MainWindow::startSessionForSelected);
    connect(m_ui->resultsView, &QAbstractItemView::activated, this, &MainWindow::startSessionForSelected);
    connect(endAction, &QAction::triggered, this, &MainWindow::endSession);
    connect(m_banner, &SessionBanner::endRequested, this, &MainWindow::endSession);
    connect(m_banner, &SessionBanner::renewRequested, this, [this] {
        m_sessions->renew(this, [this](const ApiError &e) {
            if (e.isError())
                statusBar()->showMessage(e.message());
        });
    });
    connect(m_sessions, &SessionManager::started, this, [this, endAction, startAction] {
        endAction->setEnabled(true);
        startAction->setEnabled(false);
        m_tabs->setTabEnabled(1, true);
        m_tabs->setCurrentIndex(1);
        m_recoveryBar->hide();
        updateTitle();
    });
    connect(m_sessions, &SessionManager::ended, this, [this, endAction, startAction](const QString &cause) {
        endAction->setEnabled(false);
        startAction->setEnabled(true);
        m_tabs->setCurrentIndex(0);
        m_tabs->setTabEnabled(1, false);
        updateTitle();
        QString message;
        if (cause == QLatin1String("Expired"))
            message = tr("The session ended: access as the buyer expired.");
        else if (cause == QLatin1String("Inactivity"))
            message = tr("The session ended after %n minute(s) without activity.", nullptr,
                         std::max(1, m_sessions->inactivityLimit() / 60));
        else
            message = tr("The session has ended.");
        statusBar()->showMessage(message);
    });
    connect(m_sessions, &SessionManager::inactivityWarning, this, [this](int secondsLeft) {
        statusBar()->showMessage(
            tr("No activity: the session ends in %n second(s) unless you continue working.", nullptr, secondsLeft));
    });
    qApp->installEventFilter(this);
}

void MainWindow::updateTitle()
{
    const QString base = m_marketplaceName.isEmpty() ? tr("Onbehalf") : tr("Onbehalf — %1").arg(m_marketplaceName);
    if (m_sessions && m_sessions->isActive()) {
        const JournalEntry &s = m_sessions->session();
        setWindowTitle(SessionBanner::actingFor(s.userFullName, s.username, s.buyerName) + QStringLiteral(" — ") +
                       base);
    } else {
        setWindowTitle(base);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
        updateResultsState();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsView->viewport() && event->type() == QEvent::Resize)
        m_ui->resultsStateLabel->setGeometry(m_ui->resultsView->viewport()->rect());
    // Any keyboard or mouse use of the desk counts as activity for the inactivity timeout.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_sessions && m_sessions->isActive())
            m_sessions->noteActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::startSessionForSelected()
{
    if (!m_sessions)
        return;
    if (m_sessions->isActive()) {
        statusBar()->showMessage(tr("You are already acting for a buyer. End that session first (Ctrl+Shift+E)."));
        return;
    }
    const QModelIndex index = m_ui->resultsView->currentIndex();
    const wire::User *u = m_model->userAt(index.row());
    if (!u) {
        statusBar()->showMessage(tr("Select a buyer user first."));
        m_ui->searchEdit->setFocus();
        return;
    }
    SessionRequest request;
    request.buyerId = index.siblingAtColumn(0).data(BuyerUserSearchModel::BuyerIdRole).toString();
    request.buyerName = m_model->buyerNameOf(request.buyerId);
    request.userId = u->ID;
    request.username = u->Username;
    request.userFullName = u->fullName();
    auto *dialog = new StartSessionDialog(
        SessionBanner::actingFor(request.userFullName, request.username, request.buyerName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartSessionDialog::startRequested, this, [this, dialog, request]() mutable {
        request.reason = dialog->reason();
        request.caseNumber = dialog->caseNumber();
        dialog->setBusy(true);
        m_sessions->start(request, dialog, [dialog](const ApiError &e) {
            dialog->setBusy(false);
            if (e.isError()) {
                dialog->showError(e.message()); // the reason typed stays in the dialog
                return;
            }
            dialog->accept();
        });
    });
    dialog->open();
}

void MainWindow::endSession()
{
    if (!m_sessions || !m_sessions->isActive())
        return;
    if (m_shop && m_shop->cartHasLines() &&
        !m_confirm(tr("The cart still has products that were not ordered. End the session anyway? The cart stays "
                      "with the buyer as an unsubmitted order.")))
        return;
    m_sessions->end(QStringLiteral("AgentEnded"), this, [this](const ApiError &e) {
        if (e.isError())
            statusBar()->showMessage(e.message());
    });
}

void MainWindow::setJournal(SessionJournal *journal, const QString &marketplaceKey)
{
    m_journal = journal;
    m_marketplaceKey = marketplaceKey;
}

void MainWindow::showSessionHistory()
{
    if (!m_history)
        m_history = new SessionHistoryWindow(m_client, m_settings, m_journal, m_marketplaceKey, this);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::offerRecovery()
{
    if (!m_sessions || m_sessions->isActive())
        return;
    const auto open = m_sessions->recoverable();
    if (open.empty()) {
        m_recoveryBar->hide();
        return;
    }
    const JournalEntry entry = open.front();
    delete m_recoveryBar->layout();
    qDeleteAll(m_recoveryBar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *layout = new QHBoxLayout(m_recoveryBar);
    auto *label =
        new QLabel(tr("Onbehalf closed while you were acting for %1 (%2) · %3, since %4. Resume that session or "
                      "end it?")
                       .arg(entry.userFullName, entry.username, entry.buyerName,
                            QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat)),
                   m_recoveryBar);
    label->setObjectName(QStringLiteral("recoveryLabel"));
    label->setWordWrap(true);
    auto *resume = new QPushButton(tr("&Resume"), m_recoveryBar);
    resume->setObjectName(QStringLiteral("resumeSessionButton"));
    auto *end = new QPushButton(tr("E&nd it"), m_recoveryBar);
    end->setObjectName(QStringLiteral("endRecoveredButton"));
    layout->addWidget(label, 1);
    layout->addWidget(resume);
    layout->addWidget(end);
    m_recoveryBar->show();
    connect(resume, &QPushButton::clicked, this, [this, entry, label] {
        m_sessions->resume(entry, this, [this, label](const ApiError &e) {
            if (e.isError())
                label->setText(e.message());
            else
                m_recoveryBar->hide();
        });
    });
    connect(end, &QPushButton::clicked, this, [this, entry] {
        m_sessions->endRecovered(entry, this, [this](const ApiError &e) {
            statusBar()->showMessage(e.isError() ? e.message() : tr("The interrupted session has been ended."));
            offerRecovery(); // the next one, if any
        });
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::showKeychainWarning(const QString &reason)
{
    m_ui->keychainWarning->setText(
        tr("%1 Your sign-in is kept in memory only: you will need to sign in again after closing Onbehalf.")
            .arg(reason));
    m_ui->keychainWarning->setAccessibleDescription(m_ui->keychainWarning->text());
    m_ui->keychainWarning->show();
}

void MainWindow::start(const QString &marketplaceName)
{
    m_marketplaceName = marketplaceName;
    updateTitle();
    m_ui->searchEdit->setFocus();
    m_client->me(this, [this, marketplaceName](Result<wire::MeUser> r) {
        if (r.ok())
            statusBar()->showMessage(
                tr("Signed in as %1 (%2) on %3").arg(r.value.fullName(), r.value.Username, marketplaceName));
    });
    m_model->setQuery(QString(), QString(), m_ui->activeOnlyCheck->isChecked()); // shows "Searching…"
    m_client->listBuyers(this, [this](Result<wire::ListPage<wire::Buyer>> r) {
        if (!r.ok()) {
            m_ui->resultsStateLabel->setText(r.error.message());
            m_ui->resultsStateLabel->show();
            return;
        }
        std::vector<BuyerUserSearchModel::Buyer> buyers;
        const QSignalBlocker block(m_ui->buyerFilterCombo);
        for (const wire::Buyer &b : r.value.items) {
            buyers.push_back({b.ID, b.Name});
            m_ui->buyerFilterCombo->addItem(b.Name, b.ID);
        }
        m_model->setBuyers(buyers);
        runSearch();
    });
}

void MainWindow::runSearch()
{
    m_searchTimer.stop();
    if (!m_ui->resultsView->hasFocus())
        m_selectFirstRow = false; // the agent went back to typing
    m_model->setQuery(m_ui->searchEdit->text(), m_ui->buyerFilterCombo->currentData().toString(),
                      m_ui->activeOnlyCheck->isChecked());
}

void MainWindow::updateResultsState()
{
    const bool hasRows = m_model->rowCount() > 0;
    QString message = m_model->stateMessage();
    // Most searches answer within a few dozen milliseconds: a "Searching…" that flashes at every
    // keystroke would only flicker. It appears once a search has taken longer than that.
    if (m_model->state() != BuyerUserSearchModel::State::Searching) {
        m_searchingNotice.stop();
        m_slowSearch = false;
    } else if (!m_slowSearch) {
        if (!m_searchingNotice.isActive())
            m_searchingNotice.start();
        message.clear();
    }
    m_ui->resultsStateLabel->setVisible(!hasRows && !message.isEmpty());
    m_ui->resultsStateLabel->setText(message);
    m_ui->resultsStateLabel->setAccessibleDescription(message);
    const int total = m_model->totalCount();
    if (hasRows && total >= 0)
        statusBar()->showMessage(tr("%n buyer user(s) found", nullptr, total), 5000);
}

void MainWindow::clearDetails()
{
    ++m_detailGeneration;
    if (!m_detailsShown && !m_ui->detailPanel->isEnabled())
        return; // already clear: repainting the panel at every keystroke would cost time
    m_detailsShown = false;
    for (QLabel *l : {m_ui->nameValue, m_ui->companyValue, m_ui->groupsValue, m_ui->emailValue, m_ui->phoneValue,
                      m_ui->activeValue, m_ui->eligibilityValue})
        l->clear();
    m_ui->recentOrdersList->clear();
    m_ui->detailPanel->setEnabled(false);
}

void MainWindow::showUser(const QModelIndex &index)
{
    clearDetails();
    const wire::User *u = m_model->userAt(index.row());
    if (!u)
        return;
    const quint64 generation = m_detailGeneration;
    const QString buyerId = index.data(BuyerUserSearchModel::BuyerIdRole).toString();
    const QString userId = u->ID;
    m_ui->detailPanel->setEnabled(true);
    m_detailsShown = true;
    m_ui->nameValue->setText(tr("%1 (%2)").arg(u->fullName(), u->Username));
    m_ui->companyValue->setText(m_model->buyerNameOf(buyerId));
    m_ui->emailValue->setText(u->Email);
    m_ui->phoneValue->setText(u->Phone.value_or(tr("—")));
    m_ui->activeValue->setText(u->Active ? tr("Active") : tr("Inactive — the account is switched off"));
    m_ui->groupsValue->setText(tr("Loading…"));
    m_ui->eligibilityValue->setText(tr("Checking…"));

    auto current = [this, generation] { return generation == m_detailGeneration; };
    m_client->userGroupNames(buyerId, userId, this, [this, current](Result<QStringList> r) {
        if (!current())
            return;
        m_ui->groupsValue->setText(!r.ok()             ? r.error.message()
                                   : r.value.isEmpty() ? tr("None")
                                                       : r.value.join(QStringLiteral(", ")));
    });
    m_client->impersonationEligibility(
        buyerId, userId, this, [this, current, u = *u](Result<ImpersonationEligibility> r) {
            if (!current())
                return;
            using S = ImpersonationEligibility::State;
            if (!u.Active)
                m_ui->eligibilityValue->setText(tr("No — the account is switched off"));
            else if (r.value.state == S::Allowed)
                m_ui->eligibilityValue->setText(tr("Yes"));
            else if (r.value.state == S::NotAllowed)
                m_ui->eligibilityValue->setText(tr("No — %1").arg(r.value.message));
            else
                m_ui->eligibilityValue->setText(r.ok() ? r.value.message : r.error.message());
        });
    m_client->recentOrders(userId, 5, this, [this, current](Result<nlohmann::json> r) {
        if (!current())
            return;
        if (!r.ok()) {
            auto *item = new QTreeWidgetItem(m_ui->recentOrdersList);
            item->setText(0, r.error.status() == 403 ? tr("You cannot read this user's orders.") : r.error.message());
            return;
        }
        const QLocale locale;
        for (const auto &o : r.value.value("Items", nlohmann::json::array())) {
            auto *item = new QTreeWidgetItem(m_ui->recentOrdersList);
            item->setText(0, QString::fromStdString(o.value("ID", std::string())));
            item->setText(1, OrderStatusText::displayName(QString::fromStdString(o.value("Status", std::string()))));
            const auto date = wire::parseDateTime(QString::fromStdString(o.value("DateCreated", std::string())));
            item->setText(2, date ? locale.toString(date->toLocalTime(), QLocale::ShortFormat) : QString());
            const auto total = wire::Money::fromJson(o.value("Total", nlohmann::json(0)));
            item->setText(
                3, total ? locale.toCurrencyString(double(*total) / double(wire::Money::kScale),
                                                   QString::fromStdString(o.value("Currency", std::string("USD"))))
                         : QString());
        }
        if (m_ui->recentOrdersList->topLevelItemCount() == 0)
            (new QTreeWidgetItem(m_ui->recentOrdersList))->setText(0, tr("No orders yet."));
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window ends acting for the buyer first, and waits for the record of it.
    if (m_sessions && m_sessions->isActive()) {
        event->ignore();
        m_sessions->end(QStringLiteral("AgentEnded"), this, [this](const ApiError &) { close(); });
        return;
    }
    m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::SearchColumns, m_ui->resultsView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace onbehalf
