#pragma once

#include "core/platform/MarketplaceSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace onbehalf {

class TokenStore;

// "Marketplace settings…" of the sign-in dialog: the API clients and roles the desk uses with one
// marketplace. Keyboard-first (every field has a mnemonic, Enter saves, Escape cancels); a
// client secret typed here goes straight to the keychain and never into the settings file.
class MarketplaceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    MarketplaceSettingsDialog(const QString &marketplaceKey, const MarketplaceSettings &current, TokenStore *tokens,
                              QWidget *parent = nullptr);

    // What was saved (valid after accept()).
    MarketplaceSettings settings() const { return m_result; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    MarketplaceSettings fromFields(QString *error) const;

    QString m_marketplace;
    MarketplaceSettings m_current;
    MarketplaceSettings m_result;
    TokenStore *m_tokens;
    QLabel *m_intro;
    QLabel *m_signInLabel;
    QLabel *m_impersonationLabel;
    QLabel *m_rolesLabel;
    QLabel *m_customRolesLabel;
    QLabel *m_secretLabel;
    QLabel *m_incrementorLabel;
    QLabel *m_prefixLabel;
    QLineEdit *m_signInClient;
    QLineEdit *m_impersonationClient;
    QLineEdit *m_roles;
    QLineEdit *m_customRoles;
    QLineEdit *m_secret;
    QLineEdit *m_incrementor;
    QLineEdit *m_prefix;
    QCheckBox *m_forgetSecret;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace onbehalf
