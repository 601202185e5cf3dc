#include "MainWindow.h"

#include "BuyerUserSearchModel.h"
#include "MarketplaceClient.h"
#include "Settings.h"
#include "TokenStore.h"
#include "ui_MainWindow.h"
#include "wire/Money.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace onbehalf {

MainWindow::MainWindow(MarketplaceClient *client, TokenStore *tokens, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_client(client), m_tokens(tokens),
      m_settings(settings), m_model(new BuyerUserSearchModel(client, this))
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::NameColumn, 200);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::UsernameColumn, 160);
    m_ui->resultsView->setColumnWidth(BuyerUserSearchModel::EmailColumn, 240);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->keychainWarning->hide();
    m_ui->keychainWarning->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_ui->activeOnlyCheck->setChecked(m_settings->value(SettingKeys::ActiveOnly));
    m_ui->buyerFilterCombo->addItem(tr("All buyers"), QString());
    m_ui->findAction->setShortcutContext(Qt::WindowShortcut);
    clearDetails();

    restoreGeometry(m_settings->value(SettingKeys::MainWindowGeometry));
    m_ui->resultsView->horizontalHeader()->restoreState(m_settings->value(SettingKeys::SearchColumns));

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_searchTimer.start(); // the clear button
    });
    // Enter searches at once and moves to the results; Down does the same.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive())
            runSearch();
        m_ui->resultsView->setFocus();
        if (!m_ui->resultsView->currentIndex().isValid() && m_model->rowCount() > 0)
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
    updateResultsState();
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
    setWindowTitle(tr("Onbehalf — %1").arg(marketplaceName));
    m_ui->searchEdit->setFocus();
    m_client->me(this, [this, marketplaceName](Result<wire::MeUser> r) {
        if (r.ok())
            statusBar()->showMessage(tr("Signed in as %1 (%2) on %3")
                                         .arg(r.value.fullName(), r.value.Username, marketplaceName));
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
    m_model->setQuery(m_ui->searchEdit->text(), m_ui->buyerFilterCombo->currentData().toString(),
                      m_ui->activeOnlyCheck->isChecked());
}

void MainWindow::updateResultsState()
{
    const bool hasRows = m_model->rowCount() > 0;
    const QString message = m_model->stateMessage();
    // The empty, searching and error states are explained where the rows would be.
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
        m_ui->groupsValue->setText(!r.ok() ? r.error.message()
                                   : r.value.isEmpty() ? tr("None")
                                                       : r.value.join(QStringLiteral(", ")));
    });
    m_client->impersonationEligibility(buyerId, userId, this, [this, current, u = *u](Result<ImpersonationEligibility> r) {
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
            item->setText(1, QString::fromStdString(o.value("Status", std::string())));
            const auto date = wire::parseDateTime(QString::fromStdString(o.value("DateCreated", std::string())));
            item->setText(2, date ? locale.toString(date->toLocalTime(), QLocale::ShortFormat) : QString());
            const auto total = wire::Money::fromJson(o.value("Total", nlohmann::json(0)));
            item->setText(3, total ? locale.toCurrencyString(double(*total) / double(wire::Money::kScale),
                                                             QString::fromStdString(o.value("Currency", std::string("USD"))))
                                   : QString());
        }
        if (m_ui->recentOrdersList->topLevelItemCount() == 0)
            (new QTreeWidgetItem(m_ui->recentOrdersList))->setText(0, tr("No orders yet."));
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::SearchColumns, m_ui->resultsView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace onbehalf
