#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>

class QTabWidget;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace onbehalf {

class BuyerUserSearchModel;
class DeskMenus;
class LiveBoardWindow;
class MarketplaceClient;
class RecoveryPrompt;
class SessionBanner;
class SessionHistoryWindow;
class SessionJournal;
class SessionManager;
class Settings;
class ShopPanel;
class TokenStore;
class UserDetails;

// The agent's desk: buyer-user search as you type, the selected user's details, and (while
// acting for a buyer) the session banner and the buyer's shop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(MarketplaceClient *client, TokenStore *tokens, Settings *settings, SessionManager *sessions = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the buyers and the first results; call once signed in.
    void start(const QString &marketplaceName);
    BuyerUserSearchModel *searchModel() const { return m_model; }
    // Debounce before a keystroke becomes a search (ms).
    // The longest a search waits for the one under way (tests, benchmarks).
    void setSearchDelay(int ms) { m_searchTimer.setInterval(ms); }
    ShopPanel *shopPanel() const { return m_shop; }
    SessionBanner *sessionBanner() const { return m_banner; }
    // Asks the agent yes/no; tests answer for it (the desk never blocks a test on a message box).
    // An empty function brings back the real question (through MessageBox, which tests can answer).
    void setConfirmer(std::function<bool(const QString &question)> confirm);

    // Start acting for the selected user (button, Enter on a result, Ctrl+I).
    void startSessionForSelected();
    // End the session (button, Ctrl+Shift+E); asks first when the cart has lines.
    void endSession();
    // Sign-out, quit, closing and ending the session all ask this when the cart has lines: true
    // when there is nothing to lose or the agent said yes.
    bool confirmLeavingCart();
    // Sessions left open by a crash, offered for resume or end.
    void offerRecovery();
    // Where session history comes from when the marketplace has no sessions extension.
    void setJournal(SessionJournal *journal, const QString &marketplaceKey);
    // The session history window (Ctrl+H); created on first use.
    void showSessionHistory();
    // The supervisor's live board (Ctrl+L, supervisors only); created on first use.
    void showLiveBoard();
    LiveBoardWindow *liveBoard() const;
    // Screen-pop: to the front, on the search tab, searching for `text` (empty: just to the front).
    void findUser(const QString &text);

signals:
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void updateResultsState();
    void fitResultColumns();
    void showKeychainWarning(const QString &reason);
    void setupSessions();
    // The menus, tabs and choices setupSessions() builds in code (the .ui's are retranslateUi's).
    void retranslateCode();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MarketplaceClient *m_client;
    TokenStore *m_tokens;
    Settings *m_settings;
    BuyerUserSearchModel *m_model; // child
    QTimer m_searchTimer;
    QTimer m_searchingNotice;      // "Searching…" only for a search that is slow to answer
    bool m_slowSearch = false;     // the notice's time has passed for the current search
    bool m_selectFirstRow = false; // Enter was pressed before the rows were there
    UserDetails *m_details = nullptr;
    QString m_lastFound; // the last "N buyer users found", cleared when no longer true
    SessionManager *m_sessions = nullptr;
    SessionBanner *m_banner = nullptr;
    ShopPanel *m_shop = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecoveryPrompt *m_recovery = nullptr;
    DeskMenus *m_menus = nullptr;
    QString m_marketplaceName;
    SessionJournal *m_journal = nullptr;
    QString m_marketplaceKey;
    QPointer<SessionHistoryWindow> m_history;
    QPointer<LiveBoardWindow> m_board;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace onbehalf
