#pragma once

#include "core/net/ApiError.h"
#include "core/session/SessionJournal.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace onbehalf {

class Discovery;
class MarketplaceClient;
class SessionsApi;
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

// How this marketplace wants impersonation tokens asked for (per-marketplace settings).
struct ImpersonationOptions
{
    QString clientId;  // the API client named in the ImpersonationConfig; empty: the sign-in client
    QStringList roles; // empty: SessionManager::shopperRoles()
    QStringList customRoles;
};

// The one impersonation session of this desk: starts it (through the marketplace's sessions
// extension, or the plain OrderCloud accesstoken call plus the local journal — Discovery says
// which, once per sign-in), keeps its token in memory and the keychain only, watches expiry and
// inactivity, renews it, ends it with a cause, and finds it again after a crash. The agent's
// refresh token never touches the buyer token, and the buyer's own tokens are never revoked:
// without the extension a session ends by dropping its token here.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExpiryWarningSeconds = 120;
    static constexpr int kDefaultInactivitySeconds = 15 * 60;
    static constexpr int kMaxInactivitySeconds = 8 * 3600;

    SessionManager(MarketplaceClient *client, TokenStore *tokens, SessionJournal *journal, QObject *parent = nullptr);

    void setMarketplace(const QString &marketplaceKey, const QString &agentUsername);
    void setImpersonationOptions(const ImpersonationOptions &options) { m_options = options; }
    const ImpersonationOptions &impersonationOptions() const { return m_options; }
    // Zero or less is the default (a broken setting must not end every session at once); more
    // than kMaxInactivitySeconds is clamped (nor keep one open for days).
    void setInactivityLimit(int seconds);
    int inactivityLimit() const { return m_inactivityLimit; }

    Discovery *discovery() const { return m_discovery; }
    SessionsApi *sessionsApi() const { return m_api; }

    bool isActive() const { return m_active; }
    bool isBusy() const { return m_busy; }
    const JournalEntry &session() const { return m_session; }
    qint64 secondsLeft() const;
    qint64 secondsIdle() const { return m_idle.elapsed() / 1000; }

    void start(const SessionRequest &request, QObject *context, std::function<void(const ApiError &)> done);
    // Ends the session with a cause; the session is over for the desk once `done` runs. `done`
    // always runs: at once when no session is active, after the running call when busy.
    void end(wire::EndCause cause, QObject *context = nullptr, std::function<void(const ApiError &)> done = {});
    // A new token for the same session.
    void renew(QObject *context, std::function<void(const ApiError &)> done);
    void noteActivity();

    // Sessions this agent left open here (the app died); resume while the token is valid, else end.
    std::vector<JournalEntry> recoverable() const;
    void resume(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done);
    void endRecovered(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done);

    // The server ended the session (a supervisor's force end, found by SessionWatch): drop it here
    // without telling the server again. Who ended it and why stay readable until the next start.
    void endedOnServer(wire::EndCause cause, const QString &endedBy, const QString &comment);
    const QString &endedBy() const { return m_endedBy; }
    const QString &endComment() const { return m_endComment; }

    // The cart being built and the orders placed, for the journal (crash recovery, fallback audit).
    void setCartOrder(const QString &orderId);
    void recordOrder(const QString &orderId);
    // A remark for the session's local record (Kind "Note"), e.g. the agent's choice about the
    // caller's cart; the journal keeps it with the session.
    void recordNote(const QString &text);

    static QStringList shopperRoles();

signals:
    void started();
    // The EndCause's name (wire::endCauseName).
    void ended(const QString &cause);
    void tick();
    void expiryWarning();
    void inactivityWarning(int secondsLeft);
    void renewed();
    // The local session record could not be written: the agent must know (it is an audit record).
    void journalFailed(const QString &message);

private:
    void startWithExtension(JournalEntry entry, std::function<void(const ApiError &)> callback);
    void startPlain(JournalEntry entry, std::function<void(const ApiError &)> callback);
    void requestPlainToken(const QString &buyerId, const QString &userId, QObject *context,
                           std::function<void(const ApiError &, const QByteArray &, const QDateTime &)> done);
    void activate(const JournalEntry &entry, const QByteArray &token);
    void finish(wire::EndCause cause, bool pendingOnServer);
    void setBusy(bool busy);
    void record(const JournalEntry &entry);
    void recordEnd(const QString &id, wire::EndCause cause, bool pendingOnServer);
    void onTick();
    void flushPendingEnds();
    QString tokenKey() const;
    QString impersonationClientId() const;

    MarketplaceClient *m_client;
    TokenStore *m_tokens;
    SessionJournal *m_journal;
    Discovery *m_discovery; // child
    SessionsApi *m_api;     // child
    ImpersonationOptions m_options;
    QString m_marketplace;
    QString m_agent;
    JournalEntry m_session;
    bool m_active = false;
    bool m_busy = false;
    bool m_expiryWarned = false;
    bool m_idleWarned = false;
    int m_inactivityLimit = 15 * 60;
    QString m_endedBy, m_endComment; // of the last session the server ended
    QElapsedTimer m_idle;
    QTimer m_ticker;
    std::vector<std::function<void()>> m_whenIdle; // calls that waited for a busy manager
};

} // namespace onbehalf
