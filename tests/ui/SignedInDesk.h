#pragma once

#include "TestServer.h"
#include "desk/MainWindow.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace onbehalf {
class MarketplaceClient;
class SessionJournal;
class SessionManager;
class Settings;
class TokenStore;
} // namespace onbehalf

namespace onbehalf::test {

// A desk signed in as a demo agent, for the GUI tests and the benchmarks: the real server on a
// database of its own, a signed-in MarketplaceClient, a TokenStore, Settings, a SessionJournal
// and SessionManager, then the real MainWindow shown and started. Failures come back as text,
// so a benchmark can use it as well as a QTest slot.
class SignedInDesk
{
public:
    struct Options
    {
        TestServer::Options server;
        QString username = QStringLiteral("agent01");
        bool sessions = true; // the window gets a SessionManager
        bool keychain = true; // false: the TokenStore keeps tokens in memory only
    };

    SignedInDesk();
    ~SignedInDesk();

    // Starts the server and signs in; empty on success, else what failed.
    QString signIn(const Options &options);
    QString signIn() { return signIn(Options()); }
    // Creates, shows and starts the main window (settings may be changed after signIn, before this).
    QString openWindow();
    QString start(const Options &options) // both
    {
        QString error = signIn(options);
        return error.isEmpty() ? openWindow() : error;
    }
    QString start() { return start(Options()); }
    void closeWindow();

    TestServer &server() { return m_server; }
    MarketplaceClient *client() const { return m_client; }
    TokenStore *tokens() const { return m_tokens; }
    Settings *settings() const { return m_settings.get(); }
    SessionJournal *journal() const { return m_journal.get(); }
    SessionManager *sessions() const { return m_sessions; } // nullptr without Options::sessions
    MainWindow *window() const { return m_window.get(); }

    template <typename T>
    T *w(const char *objectName) const
    {
        return m_window ? m_window->findChild<T *>(QString::fromLatin1(objectName)) : nullptr;
    }

    // Until the buyer-user search has answered: rows, nothing found, or an error.
    bool waitForResults(int timeoutMs = 15000) const;

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QObject> m_owner; // parent of the client, the token store and the sessions
    MarketplaceClient *m_client = nullptr;
    TokenStore *m_tokens = nullptr;
    SessionManager *m_sessions = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SessionJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace onbehalf::test
