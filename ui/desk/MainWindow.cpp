#include "desk/MainWindow.h"

#include "board/CallNotes.h"
#include "board/LiveBoardWindow.h"
#include "common/Announce.h"
#include "common/MessageBox.h"
#include "common/OrderStatusText.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionManager.h"
#include "core/session/SessionWatch.h"
#include "desk/AuditIndicator.h"
#include "desk/DeskMenus.h"
#include "desk/RecoveryPrompt.h"
#include "desk/SessionBanner.h"
#include "desk/UserDetails.h"
#include "dialogs/ReceiptDialog.h"
#include "dialogs/StartSessionDialog.h"
#include "history/SessionHistoryWindow.h"
#include "search/BuyerUserSearchModel.h"
#include "shop/ShopPanel.h"
#include "ui_MainWindow.h"

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
    setConfirmer({});
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::NameColumn, 200);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::UsernameColumn, 160);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::EmailColumn, 240);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::BuyerColumn, 150);
    m_ui->resultsView->setTextElideMode(Qt::ElideMiddle);
    {
        // The row chosen stays highlighted while the start dialog has the focus.
        QPalette p = m_ui->resultsView->palette();
        p.setColor(QPalette::Inactive, QPalette::Highlight, p.color(QPalette::Active, QPalette::Highlight));
        p.setColor(QPalette::Inactive, QPalette::HighlightedText, p.color(QPalette::Active, QPalette::HighlightedText));
        m_ui->resultsView->setPalette(p);
    }
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
    m_ui->buyerFilterCombo->addItem(QString(), QString());
    m_ui->findAction->setShortcutContext(Qt::WindowShortcut);
    m_details = new UserDetails(m_client, m_model, m_ui.get(), this);
    m_details->clear();

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
        // Taking the focus makes the first row current without selecting it: select it, so the
        // row Enter acts on is the highlighted one.
        m_ui->resultsView->setFocus();
        QModelIndex row = m_ui->resultsView->currentIndex();
        if (!row.isValid() && m_model->rowCount() > 0)
            row = m_model->index(0, 0);
        if (row.isValid())
            m_ui->resultsView->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
        else
            m_selectFirstRow = true; // when the search answers
    });
    connect(m_model, &BuyerUserSearchModel::firstRowsShown, this, [this] {
        if (std::exchange(m_selectFirstRow, false) && m_ui->resultsView->hasFocus() &&
            !m_ui->resultsView->currentIndex().isValid())
            m_ui->resultsView->selectionModel()->setCurrentIndex(
                m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_ui->buyerFilterCombo, &QComboBox::currentIndexChanged, this, &MainWindow::runSearch);
    connect(m_ui->activeOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(SettingKeys::ActiveOnly, on);
        runSearch();
    });
    connect(m_model, &BuyerUserSearchModel::stateChanged, this, &MainWindow::updateResultsState);
    connect(m_model, &QAbstractItemModel::modelReset, m_details, &UserDetails::clear);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_details->show(current); });
    // Ctrl+F searches where the agent is: the buyer users, or the catalog on the shop tab.
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (m_shop && m_tabs && m_tabs->currentWidget() == m_shop) {
            m_shop->focusSearch();
            return;
        }
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->signOutAction, &QAction::triggered, this, [this] {
        if (confirmLeavingCart())
            emit signOutRequested();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, [this] {
        if (confirmLeavingCart())
            emit quitRequested();
    });
    connect(m_tokens, &TokenStore::keychainUnavailable, this, &MainWindow::showKeychainWarning);
    if (!m_tokens->keychainAvailable())
        showKeychainWarning(m_tokens->unavailableReason());
    setupSessions();
    retranslateCode();
    updateResultsState();
}

void MainWindow::retranslateCode()
{
    m_ui->buyerFilterCombo->setItemText(0, tr("All buyers"));
    m_tabs->setAccessibleName(tr("Desk views"));
    m_tabs->setTabText(0, tr("Fin&d buyer user"));
    if (m_shop)
        m_tabs->setTabText(m_tabs->indexOf(m_shop), tr("Sh&op as buyer"));
    m_menus->retranslate();
    m_details->retranslate();
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
    m_tabs->addTab(search, QString());
    setCentralWidget(central);

    m_menus = new DeskMenus(this, m_ui->viewMenu, m_settings, m_sessions);
    QAction *startAction = m_menus->startSessionAction();
    QAction *endAction = m_menus->endSessionAction();
    connect(m_menus->sessionHistoryAction(), &QAction::triggered, this, &MainWindow::showSessionHistory);
    connect(m_menus->liveBoardAction(), &QAction::triggered, this, &MainWindow::showLiveBoard);
    connect(m_menus->receiptAction(), &QAction::triggered, this, [this] {
        auto *dialog = new ReceiptDialog(m_client, m_sessions->session().ID, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QPushButton *startButton = m_details->startButton();
    if (!m_sessions) {
        startAction->setEnabled(false);
        m_details->setStartAvailable(false);
        layout->addWidget(m_tabs, 1);
        return;
    }

    m_banner = new SessionBanner(m_sessions, central);
    new SessionWatch(m_sessions, this); // a supervisor's force end reaches this desk within seconds
    statusBar()->addPermanentWidget(new AuditIndicator(m_client, m_sessions, this));
    m_recovery = new RecoveryPrompt(central);
    connect(m_recovery, &RecoveryPrompt::resumeRequested, this, [this](const JournalEntry &entry) {
        m_sessions->resume(entry, this, [this](const ApiError &e) {
            if (e.isError())
                m_recovery->showProblem(e.message());
            else
                m_recovery->hide();
        });
    });
    connect(m_recovery, &RecoveryPrompt::endRequested, this, [this](const JournalEntry &entry) {
        m_sessions->endRecovered(entry, this, [this](const ApiError &e) {
            statusBar()->showMessage(e.isError() ? e.message() : tr("The interrupted session has been ended."));
            offerRecovery(); // the next one, if any
        });
    });
    layout->addWidget(m_banner);
    layout->addWidget(m_recovery);
    layout->addWidget(m_tabs, 1);
    m_shop = new ShopPanel(m_client, m_sessions, m_tabs);
    m_shop->setSettings(m_settings);
    new CallNotes(m_client, m_sessions, m_shop, this); // verification before shopping, wrap-up after
    m_tabs->addTab(m_shop, QString());
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
        m_recovery->hide();
        m_details->setStartAvailable(false);
        statusBar()->clearMessage(); // nothing from the last session stays on screen
        updateTitle();
        m_shop->focusSearch();
    });
    connect(m_sessions, &SessionManager::ended, this, [this, endAction, startAction](const QString &cause) {
        endAction->setEnabled(false);
        startAction->setEnabled(true);
        m_tabs->setCurrentIndex(0);
        m_tabs->setTabEnabled(1, false);
        m_details->setStartAvailable(true);
        updateTitle();
        QString message;
        if (cause == QLatin1String("Expired"))
            message = tr("The session ended: access as the buyer expired.");
        else if (cause == QLatin1String("Revoked") && !m_sessions->endComment().isEmpty())
            message =
                tr("Your supervisor %1 ended this session: %2").arg(m_sessions->endedBy(), m_sessions->endComment());
        else if (cause == QLatin1String("Revoked"))
            message = tr("Your supervisor %1 ended this session.").arg(m_sessions->endedBy());
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

LiveBoardWindow *MainWindow::liveBoard() const
{
    return m_board;
}

void MainWindow::showLiveBoard()
{
    if (!m_menus->liveBoardAction()->isEnabled())
        return;
    if (!m_board)
        m_board = new LiveBoardWindow(m_client, this);
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
}

void MainWindow::updateTitle()
{
    const QString base = m_marketplaceName.isEmpty() ? tr("Onbehalf") : tr("Onbehalf — %1").arg(m_marketplaceName);
    if (m_sessions && m_sessions->isActive()) {
        const JournalEntry &s = m_sessions->session();
        setWindowTitle(SessionBanner::actingFor(s.UserFullName, s.Username, s.BuyerName) + QStringLiteral(" — ") +
                       base);
    } else {
        setWindowTitle(base);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCode();
        updateTitle();
        updateResultsState();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::fitResultColumns()
{
    // Columns wider than the window give way in proportion, so Buyer and Active stay in view
    // at 1024 pixels as well as at 1440; narrower ones keep the widths the agent chose.
    QHeaderView *h = m_ui->resultsView->horizontalHeader();
    const int available = m_ui->resultsView->viewport()->width();
    const int last = h->count() - 1;
    if (available <= 0 || last < 1)
        return;
    const int lastWidth = std::max(h->sectionSizeHint(last), 70);
    int others = 0;
    for (int c = 0; c < last; ++c)
        others += h->isSectionHidden(c) ? 0 : h->sectionSize(c);
    if (others + lastWidth <= available || others <= 0)
        return;
    const double scale = double(std::max(available - lastWidth, 0)) / double(others);
    for (int c = 0; c < last; ++c) {
        if (!h->isSectionHidden(c))
            h->resizeSection(c, std::max(h->minimumSectionSize(), int(h->sectionSize(c) * scale)));
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsView->viewport() && event->type() == QEvent::Resize) {
        m_ui->resultsStateLabel->setGeometry(m_ui->resultsView->viewport()->rect());
        fitResultColumns();
    }
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
    m_ui->resultsView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows); // the row acted on
    if (!m_details->refusal().isEmpty()) {
        statusBar()->showMessage(m_details->refusal());
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
    if (!confirmLeavingCart())
        return;
    m_sessions->end(wire::EndCause::AgentEnded, this, [this](const ApiError &e) {
        if (e.isError())
            statusBar()->showMessage(e.message());
    });
}

void MainWindow::setConfirmer(std::function<bool(const QString &question)> confirm)
{
    m_confirm = confirm ? std::move(confirm) : [this](const QString &question) {
        return MessageBox::question(this, tr("Onbehalf"), question) == QMessageBox::Yes;
    };
}

bool MainWindow::confirmLeavingCart()
{
    if (!m_sessions || !m_sessions->isActive() || !m_shop || !m_shop->cartHasLines())
        return true;
    return m_confirm(tr("The cart has %n line(s), total %1, that were not ordered. End the session anyway? The "
                        "cart stays with the buyer as an unsubmitted order.",
                        nullptr, m_shop->cartLineCount())
                         .arg(m_shop->cartTotalText()));
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
        m_recovery->hide();
        return;
    }
    m_recovery->offer(open.front());
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
        if (!r.ok())
            return;
        statusBar()->showMessage(
            tr("Signed in as %1 (%2) on %3").arg(r.value.fullName(), r.value.Username, marketplaceName));
        const bool supervisor = r.value.AvailableRoles.contains(QStringLiteral("ServiceDeskSupervisor"));
        m_menus->liveBoardAction()->setVisible(supervisor);
        m_menus->liveBoardAction()->setEnabled(supervisor);
    });
    m_model->setQuery(QString(), QString(), m_ui->activeOnlyCheck->isChecked()); // shows "Searching…"
    m_model->api()->listAllBuyers(this, [this](Result<std::vector<wire::Buyer>> r) {
        if (!r.ok()) {
            m_ui->resultsStateLabel->setText(r.error.message());
            m_ui->resultsStateLabel->show();
            return;
        }
        std::vector<BuyerUserSearchModel::Buyer> buyers;
        const QSignalBlocker block(m_ui->buyerFilterCombo);
        for (const wire::Buyer &b : r.value) {
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

void MainWindow::findUser(const QString &text)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (!text.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_ui->searchEdit->setText(text);
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        runSearch();
    }
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
    Announce::message(m_ui->resultsStateLabel, hasRows ? QString() : message,
                      m_model->state() == BuyerUserSearchModel::State::Error);
    const int total = m_model->totalCount();
    if (hasRows && total >= 0) {
        m_lastFound = tr("%n buyer user(s) found", nullptr, total);
        statusBar()->showMessage(m_lastFound, 5000);
    } else if (!m_lastFound.isEmpty() && statusBar()->currentMessage() == m_lastFound) {
        statusBar()->clearMessage(); // never "1 found" next to "No buyer users match"
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window ends acting for the buyer first, and waits for the record of it.
    if (m_sessions && m_sessions->isActive()) {
        event->ignore();
        if (!confirmLeavingCart())
            return;
        m_sessions->end(wire::EndCause::AgentEnded, this, [this](const ApiError &) { close(); });
        return;
    }
    m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::SearchColumns, m_ui->resultsView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace onbehalf
