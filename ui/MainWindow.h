#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace onbehalf {

class BuyerUserSearchModel;
class MarketplaceClient;
class Settings;
class TokenStore;

// The agent's desk: buyer-user search as you type, the selected user's details, and (while
// acting for a buyer) the session banner and the buyer's shop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(MarketplaceClient *client, TokenStore *tokens, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the buyers and the first results; call once signed in.
    void start(const QString &marketplaceName);
    BuyerUserSearchModel *searchModel() const { return m_model; }
    // Debounce before a keystroke becomes a search (ms).
    void setSearchDelay(int ms) { m_searchTimer.setInterval(ms); }

signals:
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void runSearch();
    void updateResultsState();
    void showUser(const QModelIndex &index);
    void clearDetails();
    void showKeychainWarning(const QString &reason);

    std::unique_ptr<Ui::MainWindow> m_ui;
    MarketplaceClient *m_client;
    TokenStore *m_tokens;
    Settings *m_settings;
    BuyerUserSearchModel *m_model; // child
    QTimer m_searchTimer;
    quint64 m_detailGeneration = 0;
};

} // namespace onbehalf
