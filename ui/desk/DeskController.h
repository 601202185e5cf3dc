#pragma once

#include "core/platform/ScreenPopRequest.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "wire/EndCause.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace onbehalf {

class DemoServer;
class SessionJournal;
class SessionManager;
class MarketplaceClient;
class ScreenLockGuard;
class Settings;
class TokenStore;

// The desk's life cycle: remembered sign-in or the sign-in dialog, then the main window, and
// back to the dialog on sign-out. Owns the core objects the windows share.
class DeskController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString marketplace;
        QString clientId;
        bool demo = false;
    };

    explicit DeskController(QObject *parent = nullptr);
    ~DeskController() override;

    void start(const Options &options);
    void signOut();

    MarketplaceClient *client() const { return m_client; }
    TokenStore *tokens() const { return m_tokens; }
    Settings *settings() const { return m_settings.get(); }
    DemoServer *demoServer() const { return m_demo; }
    SessionManager *sessions() const { return m_sessions; }
    SessionJournal *journal() const { return m_journal.get(); }
    // Ends an open session (AgentEnded), then asks to quit.
    void quit();
    // Ends an open session with `cause`, waiting at most `timeoutMs` for the server's answer
    // (else the journal keeps it for crash recovery), then asks to quit.
    void endSessionAndQuit(wire::EndCause cause, int timeoutMs = kEndSessionTimeoutMs);
    // SIGTERM/SIGINT/SIGHUP (console events on Windows) and the desktop session's log-out end an
    // open session, recorded with its cause, before the process ends. For the real app only:
    // the handlers are process-wide.
    void endSessionOnTermination();

    // The screen locking (or the user session switching away) ends an open session as
    // ScreenLocked, at once or after the policy's grace minutes. The real app, and tests.
    void endSessionOnScreenLock();
    ScreenLockGuard *screenLock() const { return m_screenLock; }
    // Screen-pop (--find, an onbehalf: link, a second start): the main window to the front with
    // the search, or once signed in.
    void screenPop(const std::optional<ScreenPopRequest> &request);

    static constexpr int kEndSessionTimeoutMs = 5000;
    static constexpr int kQuitGraceMs = 2000; // after a termination request's quit, then exit
    MainWindow *mainWindow() const { return m_mainWindow; }
    SignInDialog *signInDialog() const { return m_signIn; }
    // The marketplace key of the current sign-in ("demo" for the local demo marketplace).
    QString marketplaceKey() const { return m_marketplaceKey; }

signals:
    void mainWindowShown();
    void signInShown();
    void quitRequested();
    // A screen-pop's search was put into the main window.
    void screenPopShown();

private:
    void tryRememberedSignIn();
    void refreshSignIn(const QString &refresh, const QString &last, const QString &key);
    void showSignIn(const QString &message = {});
    void showMainWindow();
    void onTerminationRequested(wire::EndCause cause);
    QString agentUsername() const;
    void onDemoLost();
    void onDemoRestarted(const QUrl &url);

    Options m_options;
    MarketplaceClient *m_client; // child
    TokenStore *m_tokens;        // child
    DemoServer *m_demo;          // child
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SessionJournal> m_journal;
    SessionManager *m_sessions;                   // child
    ScreenLockGuard *m_screenLock;                // child
    std::optional<ScreenPopRequest> m_pendingPop; // until the main window is there
    QPointer<MainWindow> m_mainWindow;
    QPointer<SignInDialog> m_signIn;
    QString m_marketplaceKey;
    bool m_quitting = false;
};

} // namespace onbehalf
