#pragma once

#include <QDialog>
#include <QUrl>
#include <memory>

class QPushButton;

namespace Ui {
class SignInDialog;
}

namespace onbehalf {

class DemoServer;
class MarketplaceClient;
class Settings;
class TokenStore;

// Marketplace, Client ID, username, password, remember me. Enter signs in; problems appear
// inline and everything typed stays. "Local demo marketplace" starts the bundled server first.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(MarketplaceClient *client, TokenStore *tokens, Settings *settings, DemoServer *demo,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Pre-fills from the command line (--marketplace, --client-id, --demo).
    void preset(const QString &marketplace, const QString &clientId, bool demo);
    QString marketplace() const;
    bool isDemoSelected() const;

    static QString demoEntryText();

signals:
    void signedIn();

private:
    void signIn();
    void signInTo(const QUrl &url);
    void sendSignIn();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void onMarketplaceChanged();
    void openMarketplaceSettings();
    // The settings key of the chosen marketplace ("demo" for the local one).
    QString marketplaceKey() const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QPushButton *m_signInButton = nullptr;
    MarketplaceClient *m_client;
    TokenStore *m_tokens;
    Settings *m_settings;
    DemoServer *m_demo;
};

} // namespace onbehalf
