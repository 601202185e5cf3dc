#include "dialogs/MarketplaceSettingsDialog.h"

#include "core/platform/TokenStore.h"
#include "core/session/SessionManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

MarketplaceSettingsDialog::MarketplaceSettingsDialog(const QString &marketplaceKey, const MarketplaceSettings &current,
                                                     TokenStore *tokens, QWidget *parent)
    : QDialog(parent), m_marketplace(marketplaceKey), m_current(current), m_result(current), m_tokens(tokens)
{
    setObjectName(QStringLiteral("marketplaceSettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto field = [this, form](const char *name, QLabel *&label) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        label = new QLabel(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &MarketplaceSettingsDialog::validate);
        return edit;
    };
    m_signInClient = field("signInClientEdit", m_signInLabel);
    m_impersonationClient = field("impersonationClientEdit", m_impersonationLabel);
    m_roles = field("rolesEdit", m_rolesLabel);
    m_customRoles = field("customRolesEdit", m_customRolesLabel);
    m_secret = field("clientSecretEdit", m_secretLabel);
    m_secret->setEchoMode(QLineEdit::Password);
    m_forgetSecret = new QCheckBox(this);
    m_forgetSecret->setObjectName(QStringLiteral("forgetSecretCheck"));
    m_forgetSecret->setVisible(current.hasClientSecret);
    form->addRow(QString(), m_forgetSecret);
    m_incrementor = field("orderIncrementorEdit", m_incrementorLabel);
    m_prefix = field("orderNumberPrefixEdit", m_prefixLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b00020; padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MarketplaceSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_signInClient->setText(current.signInClientId);
    m_impersonationClient->setText(current.impersonationClientId);
    m_roles->setText(current.roles.join(QLatin1Char(' ')));
    m_customRoles->setText(current.customRoles.join(QLatin1Char(' ')));
    m_incrementor->setText(current.orderIncrementorId);
    m_prefix->setText(current.orderNumberPrefix);
    retranslate();
    validate();
    m_signInClient->setFocus();
}

void MarketplaceSettingsDialog::retranslate()
{
    setWindowTitle(tr("Marketplace settings"));
    m_intro->setText(tr("How this desk signs in to %1 and asks for buyer tokens. Leave a field empty for the "
                        "default.")
                         .arg(m_marketplace));
    m_signInLabel->setText(tr("&Sign-in client ID:"));
    m_impersonationLabel->setText(tr("&Impersonation client ID:"));
    m_rolesLabel->setText(tr("&Roles:"));
    m_customRolesLabel->setText(tr("C&ustom roles:"));
    m_secretLabel->setText(tr("Client s&ecret:"));
    m_forgetSecret->setText(tr("&Forget the stored client secret"));
    m_signInClient->setAccessibleName(tr("Sign-in client ID"));
    m_signInClient->setToolTip(tr("The API client agents sign in with (password grant)."));
    m_impersonationClient->setAccessibleName(tr("Impersonation client ID"));
    m_impersonationClient->setPlaceholderText(tr("Same as the sign-in client"));
    m_impersonationClient->setToolTip(
        tr("The API client the marketplace's ImpersonationConfig names, usually the buyer storefront's."));
    m_roles->setAccessibleName(tr("Roles"));
    m_roles->setPlaceholderText(SessionManager::shopperRoles().join(QLatin1Char(' ')));
    m_roles->setToolTip(tr("Roles asked for in the buyer token, separated by spaces."));
    m_customRoles->setAccessibleName(tr("Custom roles"));
    m_customRoles->setPlaceholderText(tr("None"));
    m_customRoles->setToolTip(tr("Custom roles sent with the buyer-token request, separated by spaces."));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setPlaceholderText(m_current.hasClientSecret ? tr("Stored in the system keychain (type to replace)")
                                                           : tr("None (public client)"));
    m_secret->setToolTip(tr("Only for API clients that have a secret. It is kept in the system keychain only."));
    m_incrementorLabel->setText(tr("Order-number i&ncrementor:"));
    m_prefixLabel->setText(tr("Order-number &prefix:"));
    m_incrementor->setAccessibleName(tr("Order-number incrementor"));
    m_incrementor->setPlaceholderText(tr("None (the marketplace's generated order IDs)"));
    m_incrementor->setToolTip(tr("The marketplace incrementor that numbers new orders (e.g. orderIncrementor). "
                                 "Without it, or when the marketplace does not have it, orders keep their "
                                 "generated IDs."));
    m_prefix->setAccessibleName(tr("Order-number prefix"));
    m_prefix->setPlaceholderText(tr("None"));
    m_prefix->setToolTip(tr("Up to 10 letters or digits before the number, e.g. OB for OB-000123."));
}

MarketplaceSettings MarketplaceSettingsDialog::fromFields(QString *error) const
{
    MarketplaceSettings s = m_current;
    s.signInClientId = m_signInClient->text().trimmed();
    s.impersonationClientId = m_impersonationClient->text().trimmed();
    QString rolesError, customError;
    s.roles = MarketplaceSettings::parseRoles(m_roles->text(), &rolesError);
    s.customRoles = MarketplaceSettings::parseRoles(m_customRoles->text(), &customError);
    s.orderIncrementorId = m_incrementor->text().trimmed();
    s.orderNumberPrefix = m_prefix->text().trimmed();
    error->clear();
    if (!s.signInClientId.isEmpty() && !MarketplaceSettings::isValidClientId(s.signInClientId))
        *error = tr("The sign-in client ID has spaces or is too long.");
    else if (!s.impersonationClientId.isEmpty() && !MarketplaceSettings::isValidClientId(s.impersonationClientId))
        *error = tr("The impersonation client ID has spaces or is too long.");
    else if (!rolesError.isEmpty())
        *error = rolesError;
    else if (!customError.isEmpty())
        *error = customError;
    else if (!MarketplaceSettings::isValidIncrementorId(s.orderIncrementorId))
        *error = tr("The incrementor ID has characters other than letters, digits, '.', '_' and '-', or is too "
                    "long.");
    else if (!MarketplaceSettings::isValidOrderNumberPrefix(s.orderNumberPrefix))
        *error = tr("The order-number prefix must be at most 10 letters or digits.");
    return s;
}

void MarketplaceSettingsDialog::validate()
{
    QString error;
    fromFields(&error);
    m_error->setText(error);
    m_error->setAccessibleName(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

void MarketplaceSettingsDialog::accept()
{
    QString error;
    MarketplaceSettings s = fromFields(&error);
    if (!error.isEmpty())
        return;
    const QString secret = m_secret->text();
    const QString key = TokenStore::key(m_marketplace, s.signInClientId, TokenStore::Purpose::ClientSecret);
    if (!secret.isEmpty()) {
        m_tokens->write(key, secret);
        s.hasClientSecret = true;
    } else if (m_forgetSecret->isChecked()) {
        m_tokens->remove(key);
        s.hasClientSecret = false;
    }
    m_secret->clear();
    m_result = s.validated();
    QDialog::accept();
}

void MarketplaceSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace onbehalf
