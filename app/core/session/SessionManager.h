#pragma once

#include "core/net/ApiError.h"
#include "core/session/SessionJournal.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace onbehalf {

class MarketplaceClient;
class TokenStore;

// Who the agent wants to act for, and why.
struct SessionRequest
{
    QString buyerId;
    QString buyerName;
    QString userId;
    QString username;
    QString userFullName;
    QString reason;
    QString caseNumber;
};

// The one impersonation session of this desk: starts it (through the marketplace's sessions
// extension, or the plain OrderCloud accesstoken call plus the local journal), keeps its token in
// memory and the keychain only, watches expiry and inactivity, renews it, ends it with a cause,
// and finds it again after a crash. The agent's refresh token never touches the buyer token.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExpiryWarningSeconds = 120;

    SessionManager(MarketplaceClient *client, TokenStore *tokens, SessionJournal *journal, QObject *parent = nullptr);

    void setMarketplace(const QString &marketplaceKey, const QString &agentUsername);
    void setInactivityLimit(int seconds) { m_inactivityLimit = seconds; }
    int inactivityLimit() const { return m_inactivityLimit; }

    bool isActive() const { return m_active; }
    bool isBusy() const { return m_busy; }
    const JournalEntry &session() const { return m_session; }
    qint64 secondsLeft() const;
    qint64 secondsIdle() const { return m_idle.elapsed() / 1000; }

    void start(const SessionRequest &request, QObject *context, std::function<void(const ApiError &)> done);
    // Ends the session with an EndCause; the session is over for the desk once `done` runs.
    void end(const QString &cause, QObject *context = nullptr, std::function<void(const ApiError &)> done = {});
    // A new token for the same session.
    void renew(QObject *context, std::function<void(const ApiError &)> done);
    void noteActivity();

    // Sessions this agent left open here (the app died); resume while the token is valid, else end.
    std::vector<JournalEntry> recoverable() const;
    void resume(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done);
    void endRecovered(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done);

    // The cart being built and the orders placed, for the journal (crash recovery, fallback audit).
    void setCartOrder(const QString &orderId);
    void recordOrder(const QString &orderId);

    static QStringList shopperRoles();

signals:
    void started();
    void ended(const QString &cause);
    void tick();
    void expiryWarning();
    void inactivityWarning(int secondsLeft);
    void renewed();

private:
    void activate(const JournalEntry &entry, const QByteArray &token);
    void finish(const QString &cause, bool pendingOnServer);
    void onTick();
    void flushPendingEnds();
    QString tokenKey() const;

    MarketplaceClient *m_client;
    TokenStore *m_tokens;
    SessionJournal *m_journal;
    QString m_marketplace;
    QString m_agent;
    JournalEntry m_session;
    bool m_active = false;
    bool m_busy = false;
    bool m_expiryWarned = false;
    bool m_idleWarned = false;
    int m_inactivityLimit = 15 * 60;
    QElapsedTimer m_idle;
    QTimer m_ticker;
};

} // namespace onbehalf
