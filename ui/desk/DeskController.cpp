#include "desk/DeskController.h"

#include "core/net/MarketplaceClient.h"
#include "core/platform/DemoServer.h"
#include "core/platform/ScreenLockGuard.h"
#include "core/platform/ScreenLockWatcher.h"
#include "core/platform/Settings.h"
#include "core/platform/SignalWatcher.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "search/BuyerUserSearchModel.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QSessionManager>
#include <QStatusBar>
#include <QTimer>
#include <memory>
#include <utility>

namespace onbehalf {

DeskController::DeskController(QObject *parent)
    : QObject(parent), m_client(new MarketplaceClient(this)), m_tokens(new TokenStore(this)),
      m_demo(new DemoServer(this)), m_settings(std::make_unique<Settings>()),
      m_journal(std::make_unique<SessionJournal>()),
      m_sessions(new SessionManager(m_client, m_tokens, m_journal.get(), this)),
      m_screenLock(new ScreenLockGuard(m_sessions, this))
{
    m_sessions->setInactivityLimit(m_settings->value(SettingKeys::InactivityMinutes) * 60);
    // Refresh tokens rotate: the spent one is worthless, so a remembered sign-in keeps the new one.
    connect(m_client, &MarketplaceClient::refreshTokenRotated, this, [this](const QString &refresh) {
        if (!m_settings->value(SettingKeys::RememberMe) || m_marketplaceKey.isEmpty())
            return;
        const QString username =
            m_client->username().isEmpty() ? m_settings->lastUsername(m_marketplaceKey) : m_client->username();
        m_tokens->write(TokenStore::key(m_marketplaceKey, username, TokenStore::Purpose::RefreshToken), refresh);
    });
    connect(m_client, &MarketplaceClient::signInExpired, this, [this](const ApiError &why) {
        if (m_mainWindow)
            m_mainWindow->deleteLater();
        showSignIn(why.message());
    });
    connect(m_demo, &DemoServer::lost, this, &DeskController::onDemoLost);
    connect(m_demo, &DemoServer::restarted, this, &DeskController::onDemoRestarted);
    connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
        // The sign-in dialog shows its own; a signed-in agent learns it here (e.g. restarts gave up).
        if (m_marketplaceKey == QLatin1String("demo") && m_mainWindow && m_mainWindow->isVisible())
            m_mainWindow->statusBar()->showMessage(message);
    });
}

DeskController::~DeskController()
{
    delete m_mainWindow.data();
    delete m_signIn.data();
}

void DeskController::start(const Options &options)
{
    m_options = options;
    tryRememberedSignIn();
}

void DeskController::tryRememberedSignIn()
{
    const QString last = m_settings->value(SettingKeys::LastMarketplace);
    const bool demo = last == QLatin1String("demo");
    const QString username = last.isEmpty() ? QString() : m_settings->lastUsername(last);
    // A marketplace asked for on the command line wins over the remembered one.
    const bool asked = m_options.demo || !m_options.marketplace.isEmpty();
    const bool sameAsAsked =
        (m_options.demo && demo) || (!m_options.marketplace.isEmpty() && m_options.marketplace == last);
    if (last.isEmpty() || username.isEmpty() || !m_settings->value(SettingKeys::RememberMe) ||
        (asked && !sameAsAsked)) {
        showSignIn();
        return;
    }
    const QString key = TokenStore::key(last, username, TokenStore::Purpose::RefreshToken);
    m_tokens->read(key, this, [this, last, demo, key](bool found, const QString &refresh) {
        if (!found) {
            showSignIn();
            return;
        }
        auto signIn = [this, last, key, refresh](const QUrl &url) {
            m_marketplaceKey = last; // so that a rotated refresh token is stored under it
            m_client->setBaseUrl(url);
            m_client->setClientId(m_settings->clientId(last));
            m_client->setClientSecret(QString());
            const MarketplaceSettings market = m_settings->marketplaceSettings(last);
            if (market.hasClientSecret) {
                // A confidential client: the refresh grant needs its secret too (from the keychain).
                m_tokens->read(TokenStore::key(last, market.signInClientId, TokenStore::Purpose::ClientSecret), this,
                               [this, refresh, last, key](bool found, const QString &secret) {
                                   if (found)
                                       m_client->setClientSecret(secret);
                                   refreshSignIn(refresh, last, key);
                               });
                return;
            }
            refreshSignIn(refresh, last, key);
        };
        if (!demo) {
            signIn(QUrl(last));
            return;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_demo, &DemoServer::ready, this, [signIn, connection](const QUrl &url) {
            QObject::disconnect(*connection);
            signIn(url);
        });
        m_demo->start();
    });
}

void DeskController::refreshSignIn(const QString &refresh, const QString &last, const QString &key)
{
    m_client->signInWithRefreshToken(refresh, this, [this, last, key](Result<wire::AccessToken> r) {
        if (!r.ok()) {
            if (!r.error.isTransient())
                m_tokens->remove(key);
            showSignIn(r.error.message());
            return;
        }
        m_marketplaceKey = last;
        showMainWindow();
    });
}

void DeskController::showSignIn(const QString &message)
{
    if (m_signIn) {
        m_signIn->show();
        m_signIn->raise();
        return;
    }
    m_signIn = new SignInDialog(m_client, m_tokens, m_settings.get(), m_demo);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->preset(m_options.marketplace, m_options.clientId, m_options.demo);
    if (!message.isEmpty()) {
        if (auto *error = m_signIn->findChild<QLabel *>(QStringLiteral("errorLabel"))) {
            error->setText(message);
            error->show();
        }
    }
    connect(m_signIn, &SignInDialog::signedIn, this, [this] {
        m_marketplaceKey = m_signIn->isDemoSelected() ? QStringLiteral("demo") : m_client->baseUrl().toString();
        showMainWindow();
    });
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_mainWindow)
            emit quitRequested();
    });
    m_signIn->show();
    emit signInShown();
}

void DeskController::showMainWindow()
{
    if (!m_mainWindow) {
        m_mainWindow = new MainWindow(m_client, m_tokens, m_settings.get(), m_sessions);
        m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, &DeskController::signOut);
        connect(m_mainWindow, &MainWindow::quitRequested, this, &DeskController::quit);
    }
    const QString name =
        m_marketplaceKey == QLatin1String("demo") ? SignInDialog::demoEntryText() : m_client->baseUrl().host();
    const QString agent =
        m_client->username().isEmpty() ? m_settings->lastUsername(m_marketplaceKey) : m_client->username();
    m_sessions->setMarketplace(m_marketplaceKey, agent);
    const MarketplaceSettings market = m_settings->marketplaceSettings(m_marketplaceKey);
    m_sessions->setImpersonationOptions({market.impersonationClientId, market.roles, market.customRoles});
    m_mainWindow->setJournal(m_journal.get(), m_marketplaceKey);
    m_mainWindow->searchModel()->setDiscovery(m_sessions->discovery()); // phone numbers as digits
    m_mainWindow->show();
    m_mainWindow->start(name);
    m_mainWindow->offerRecovery();
    emit mainWindowShown();
    if (m_pendingPop)
        screenPop(std::exchange(m_pendingPop, std::nullopt));
}

void DeskController::screenPop(const std::optional<ScreenPopRequest> &request)
{
    if (!m_mainWindow || !m_mainWindow->isVisible()) {
        if (request)
            m_pendingPop = request; // searched once signed in
        if (m_signIn) {
            m_signIn->raise();
            m_signIn->activateWindow();
        }
        return;
    }
    m_mainWindow->findUser(request ? request->search : QString());
    emit screenPopShown();
}

void DeskController::endSessionOnScreenLock()
{
    auto *watcher = new ScreenLockWatcher(this);
    connect(watcher, &ScreenLockWatcher::lockedChanged, m_screenLock, &ScreenLockGuard::setLocked);
    connect(m_screenLock, &ScreenLockGuard::sessionEnded, this, [this] {
        if (m_mainWindow)
            m_mainWindow->statusBar()->showMessage(tr("The session was ended because the screen was locked."));
    });
    m_screenLock->followPolicy(m_client, m_settings->value(SettingKeys::ScreenLockGraceMinutes));
}

void DeskController::quit()
{
    endSessionAndQuit(wire::EndCause::AgentEnded);
}

void DeskController::endSessionAndQuit(wire::EndCause cause, int timeoutMs)
{
    if (!m_sessions->isActive()) {
        emit quitRequested();
        return;
    }
    // Asks to quit at the time limit if the session's end has not come through by then (a dead
    // server must not keep the desk from quitting; the journal then offers recovery on the next
    // start), and again when it has, in case a window waiting for it refused the first request.
    auto requested = std::make_shared<bool>(false);
    const QString tokenKey =
        TokenStore::key(m_marketplaceKey, agentUsername(), TokenStore::Purpose::ImpersonationToken);
    m_sessions->end(cause, this, [this, requested, tokenKey](const ApiError &) {
        // Removing the buyer token from the keychain is asynchronous: quit once it is gone, or the
        // process ends with the (dead) token still stored.
        m_tokens->remove(tokenKey, this, [this, requested] {
            *requested = true;
            emit quitRequested();
        });
    });
    QTimer::singleShot(timeoutMs, this, [this, requested] {
        if (!std::exchange(*requested, true))
            emit quitRequested();
    });
}

QString DeskController::agentUsername() const
{
    return m_client->username().isEmpty() ? m_settings->lastUsername(m_marketplaceKey) : m_client->username();
}

void DeskController::endSessionOnTermination()
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this](SignalWatcher::Request request) {
        // Ctrl+C is the agent's own doing; a terminate or hang-up comes with the end of their
        // desktop session.
        onTerminationRequested(request == SignalWatcher::Request::Interrupt ? wire::EndCause::AgentEnded
                                                                            : wire::EndCause::SignedOut);
    });
#ifndef QT_NO_SESSIONMANAGER
    // Log-out (X11/Wayland session manager; WM_QUERYENDSESSION/WM_ENDSESSION on Windows). The
    // session manager waits for this handler, so end the session here, within a bound.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) {
        if (!m_sessions->isActive())
            return;
        QEventLoop loop;
        const QString tokenKey =
            TokenStore::key(m_marketplaceKey, agentUsername(), TokenStore::Purpose::ImpersonationToken);
        bool done = false;
        m_sessions->end(wire::EndCause::SignedOut, &loop, [this, &loop, &done, tokenKey](const ApiError &) {
            m_tokens->remove(tokenKey, &loop, [&loop, &done] { // gone from the keychain too
                done = true;
                loop.quit();
            });
        });
        QTimer::singleShot(kEndSessionTimeoutMs, &loop, &QEventLoop::quit);
        if (!done)
            loop.exec();
    });
#endif
}

void DeskController::onTerminationRequested(wire::EndCause cause)
{
    if (std::exchange(m_quitting, true)) {
        QCoreApplication::exit(1); // asked twice: go now
        return;
    }
    connect(this, &DeskController::quitRequested, this, [] {
        // Should a window still refuse to close (waiting for a server that does not answer), the
        // request ends the process all the same; the journal keeps the session for recovery.
        QTimer::singleShot(kQuitGraceMs, qApp, [] { QCoreApplication::exit(0); });
    });
    endSessionAndQuit(cause);
}

void DeskController::onDemoLost()
{
    if (m_marketplaceKey == QLatin1String("demo") && m_mainWindow)
        m_mainWindow->statusBar()->showMessage(tr("The demo marketplace stopped; starting it again…"));
}

void DeskController::onDemoRestarted(const QUrl &url)
{
    // Same data at a new port: the agent's and the buyer's tokens stay valid.
    if (m_marketplaceKey != QLatin1String("demo"))
        return;
    m_client->setBaseUrl(url);
    if (m_mainWindow)
        m_mainWindow->statusBar()->showMessage(tr("Reconnected to the demo marketplace."));
}

void DeskController::signOut()
{
    // Signing out ends acting for the buyer first, recorded as such.
    if (m_sessions->isActive()) {
        m_sessions->end(wire::EndCause::SignedOut, this, [this](const ApiError &) { signOut(); });
        return;
    }
    const QString username =
        m_client->username().isEmpty() ? m_settings->lastUsername(m_marketplaceKey) : m_client->username();
    const QString key = TokenStore::key(m_marketplaceKey, username, TokenStore::Purpose::RefreshToken);
    m_tokens->remove(key);
    m_settings->setValue(SettingKeys::RememberMe, false);
    m_client->signOut(this, [this](Result<bool>) {
        if (m_mainWindow)
            m_mainWindow->close();
        showSignIn();
    });
}

} // namespace onbehalf
