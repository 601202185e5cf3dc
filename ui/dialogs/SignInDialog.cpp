#include "dialogs/SignInDialog.h"

#include "core/net/MarketplaceClient.h"
#include "core/platform/DemoServer.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "dialogs/MarketplaceSettingsDialog.h"
#include "ui_SignInDialog.h"

#include <QPushButton>

namespace onbehalf {

namespace {
const QString kDemoData = QStringLiteral("demo");
}

SignInDialog::SignInDialog(MarketplaceClient *client, TokenStore *tokens, Settings *settings, DemoServer *demo,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_client(client), m_tokens(tokens),
      m_settings(settings), m_demo(demo)
{
    m_ui->setupUi(this);
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true); // Enter signs in
    m_signInButton->setAccessibleName(tr("Sign in"));
    // Next to the Client ID it belongs with, and next in the Tab order.
    auto *settingsButton = new QPushButton(tr("Marketplace se&ttings…"), this);
    settingsButton->setObjectName(QStringLiteral("marketplaceSettingsButton"));
    settingsButton->setAccessibleName(tr("Marketplace settings"));
    settingsButton->setAutoDefault(false); // Enter still signs in
    m_ui->formLayout->insertRow(2, QString(), settingsButton);
    QWidget::setTabOrder(m_ui->clientIdEdit, settingsButton);
    QWidget::setTabOrder(settingsButton, m_ui->usernameEdit);
    connect(settingsButton, &QPushButton::clicked, this, &SignInDialog::openMarketplaceSettings);
    m_ui->progressBar->hide();
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020; padding: 6px;"));

    m_ui->marketplaceCombo->addItem(demoEntryText(), kDemoData);
    for (const QString &url : m_settings->recentMarketplaces())
        m_ui->marketplaceCombo->addItem(url, url);
    m_ui->marketplaceCombo->lineEdit()->setPlaceholderText(QStringLiteral("https://sandboxapi.ordercloud.io"));
    const QString last = m_settings->value(SettingKeys::LastMarketplace);
    const int lastIndex = m_ui->marketplaceCombo->findData(last.isEmpty() ? kDemoData : last);
    m_ui->marketplaceCombo->setCurrentIndex(lastIndex < 0 ? 0 : lastIndex);
    m_ui->rememberCheck->setChecked(m_settings->value(SettingKeys::RememberMe));
    onMarketplaceChanged();

    connect(m_ui->marketplaceCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onMarketplaceChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::demoEntryText()
{
    return tr("Local demo marketplace");
}

void SignInDialog::preset(const QString &marketplace, const QString &clientId, bool demo)
{
    if (demo) {
        m_ui->marketplaceCombo->setCurrentIndex(0);
    } else if (!marketplace.isEmpty()) {
        int i = m_ui->marketplaceCombo->findData(marketplace);
        if (i < 0) {
            m_ui->marketplaceCombo->addItem(marketplace, marketplace);
            i = m_ui->marketplaceCombo->count() - 1;
        }
        m_ui->marketplaceCombo->setCurrentIndex(i);
    }
    if (!clientId.isEmpty())
        m_ui->clientIdEdit->setText(clientId);
}

bool SignInDialog::isDemoSelected() const
{
    return m_ui->marketplaceCombo->currentText() == demoEntryText();
}

QString SignInDialog::marketplace() const
{
    return isDemoSelected() ? QString() : m_ui->marketplaceCombo->currentText().trimmed();
}

void SignInDialog::onMarketplaceChanged()
{
    const QString url = marketplace();
    if (isDemoSelected()) {
        m_ui->clientIdEdit->setText(DemoServer::demoClientId());
        if (m_ui->usernameEdit->text().isEmpty())
            m_ui->usernameEdit->setText(m_settings->lastUsername(QStringLiteral("demo")));
        return;
    }
    const QString clientId = m_settings->clientId(url);
    if (!clientId.isEmpty())
        m_ui->clientIdEdit->setText(clientId);
    const QString username = m_settings->lastUsername(url);
    if (!username.isEmpty())
        m_ui->usernameEdit->setText(username);
}

QString SignInDialog::marketplaceKey() const
{
    if (isDemoSelected())
        return kDemoData;
    // The same normal form as the client's base URL, which names the marketplace after sign-in.
    QString url = QUrl::fromUserInput(marketplace()).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

void SignInDialog::openMarketplaceSettings()
{
    const QString key = marketplaceKey();
    MarketplaceSettings current = m_settings->marketplaceSettings(key);
    current.signInClientId = m_ui->clientIdEdit->text().trimmed();
    auto *dialog = new MarketplaceSettingsDialog(key, current, m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, key, dialog] {
        m_settings->setMarketplaceSettings(key, dialog->settings());
        m_ui->clientIdEdit->setText(dialog->settings().signInClientId);
    });
    dialog->open();
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->progressBar->setFormat(what);
    m_ui->progressBar->setAccessibleDescription(what);
    m_signInButton->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->marketplaceCombo), static_cast<QWidget *>(m_ui->clientIdEdit),
                       static_cast<QWidget *>(m_ui->usernameEdit), static_cast<QWidget *>(m_ui->passwordEdit)})
        w->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->hide();
}

void SignInDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setAccessibleDescription(message);
    m_ui->errorLabel->show();
}

void SignInDialog::signIn()
{
    if (m_ui->usernameEdit->text().trimmed().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        (m_ui->usernameEdit->text().trimmed().isEmpty() ? m_ui->usernameEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    if (m_ui->clientIdEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter the Client ID your administrator gave you."));
        m_ui->clientIdEdit->setFocus();
        return;
    }
    if (isDemoSelected()) {
        if (m_demo->isRunning()) {
            signInTo(m_demo->url());
            return;
        }
        setBusy(true, tr("Starting the demo marketplace…"));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_demo, &DemoServer::ready, this, [this, connection](const QUrl &url) {
            disconnect(*connection);
            signInTo(url);
        });
        m_demo->start();
        return;
    }
    const QUrl url = QUrl::fromUserInput(marketplace());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        showError(tr("“%1” is not a marketplace address. Use a base URL such as https://sandboxapi.ordercloud.io.")
                      .arg(marketplace()));
        m_ui->marketplaceCombo->setFocus();
        return;
    }
    signInTo(url);
}

void SignInDialog::signInTo(const QUrl &url)
{
    setBusy(true, tr("Signing in…"));
    m_client->setBaseUrl(url);
    m_client->setClientId(m_ui->clientIdEdit->text().trimmed());
    m_client->setClientSecret(QString());
    const MarketplaceSettings settings = m_settings->marketplaceSettings(marketplaceKey());
    if (settings.hasClientSecret && settings.signInClientId == m_client->clientId()) {
        // A confidential API client: its secret comes from the keychain, nowhere else.
        m_tokens->read(TokenStore::key(marketplaceKey(), m_client->clientId(), TokenStore::Purpose::ClientSecret), this,
                       [this](bool found, const QString &secret) {
                           if (!found) {
                               setBusy(false);
                               showError(tr("The client secret for this marketplace is not in the keychain any "
                                            "more. Enter it again in Marketplace settings."));
                               return;
                           }
                           m_client->setClientSecret(secret);
                           sendSignIn();
                       });
        return;
    }
    sendSignIn();
}

void SignInDialog::sendSignIn()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    const bool remember = m_ui->rememberCheck->isChecked();
    m_client->signIn(username, m_ui->passwordEdit->text(), this,
                     [this, username, remember](Result<wire::AccessToken> r) {
                         setBusy(false);
                         if (!r.ok()) {
                             showError(r.error.message());
                             m_ui->passwordEdit->setFocus();
                             m_ui->passwordEdit->selectAll();
                             return;
                         }
                         // The settings key is "demo" for the local demo marketplace, whatever port it got today.
                         const QString key = isDemoSelected() ? QStringLiteral("demo") : m_client->baseUrl().toString();
                         if (!isDemoSelected())
                             m_settings->rememberMarketplace(key);
                         m_settings->setValue(SettingKeys::LastMarketplace, key);
                         m_settings->setLastUsername(key, username);
                         m_settings->setClientId(key, m_client->clientId());
                         m_settings->setValue(SettingKeys::RememberMe, remember);
                         const QString tokenKey = TokenStore::key(key, username, TokenStore::Purpose::RefreshToken);
                         if (remember && !m_client->refreshToken().isEmpty())
                             m_tokens->write(tokenKey, m_client->refreshToken());
                         else
                             m_tokens->remove(tokenKey);
                         m_ui->passwordEdit->clear(); // the password is not kept anywhere
                         emit signedIn();
                         accept();
                     });
}

} // namespace onbehalf
