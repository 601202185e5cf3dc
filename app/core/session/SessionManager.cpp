#include "core/session/SessionManager.h"

#include "core/api/Discovery.h"
#include "core/api/SessionsApi.h"
#include "core/net/Guarded.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/TokenStore.h"
#include "wire/AccessToken.h"
#include "wire/ImpersonationConfig.h"

#include <QPointer>
#include <QUuid>

namespace onbehalf {

namespace {

ApiError alreadyActive()
{
    return ApiError(ApiError::Kind::Protocol, 0, QStringLiteral("Session.AlreadyActive"),
                    SessionManager::tr("You are already acting for a buyer. End that session first."));
}

// The server confirmed the end, or it had ended already: nothing left to tell it.
bool endSettled(const ApiError &e)
{
    return !e.isError() || e.status() == 409;
}

} // namespace

SessionManager::SessionManager(MarketplaceClient *client, TokenStore *tokens, SessionJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_tokens(tokens), m_journal(journal), m_discovery(new Discovery(client, this)),
      m_api(new SessionsApi(client, this))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SessionManager::onTick);
    m_idle.start();
}

QStringList SessionManager::shopperRoles()
{
    // Least privilege: what ordering for the buyer needs, nothing more.
    return {QStringLiteral("Shopper"), QStringLiteral("MeAdmin"), QStringLiteral("MeAddressAdmin"),
            QStringLiteral("MeXpAdmin")};
}

void SessionManager::setInactivityLimit(int seconds)
{
    m_inactivityLimit = seconds <= 0 ? kDefaultInactivitySeconds : std::min(seconds, kMaxInactivitySeconds);
}

void SessionManager::setMarketplace(const QString &marketplaceKey, const QString &agentUsername)
{
    m_marketplace = marketplaceKey;
    m_agent = agentUsername;
    flushPendingEnds();
}

QString SessionManager::tokenKey() const
{
    return TokenStore::key(m_marketplace, m_agent, TokenStore::Purpose::ImpersonationToken);
}

QString SessionManager::impersonationClientId() const
{
    return m_options.clientId.trimmed().isEmpty() ? m_client->clientId() : m_options.clientId.trimmed();
}

qint64 SessionManager::secondsLeft() const
{
    // Rounded up: "0 s left" only once the token has really expired.
    return m_active ? (QDateTime::currentDateTimeUtc().msecsTo(m_session.TokenExpires) + 999) / 1000 : 0;
}

void SessionManager::noteActivity()
{
    m_idle.restart();
    m_idleWarned = false;
}

void SessionManager::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        return;
    // Whatever waited runs now, in order; each may make the manager busy again.
    auto waiting = std::move(m_whenIdle);
    m_whenIdle.clear();
    for (size_t i = 0; i < waiting.size(); ++i) {
        if (m_busy) {
            m_whenIdle.insert(m_whenIdle.begin(), waiting.begin() + qsizetype(i), waiting.end());
            return;
        }
        waiting[i]();
    }
}

void SessionManager::record(const JournalEntry &entry)
{
    if (!m_journal->upsert(entry))
        emit journalFailed(m_journal->lastError());
}

void SessionManager::recordEnd(const QString &id, wire::EndCause cause, bool pendingOnServer)
{
    if (!m_journal->markEnded(id, cause, QDateTime::currentDateTimeUtc(), pendingOnServer))
        emit journalFailed(m_journal->lastError());
}

void SessionManager::start(const SessionRequest &request, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_active || m_busy) {
        callback(alreadyActive());
        return;
    }
    setBusy(true);
    JournalEntry entry;
    entry.marketplace = m_marketplace;
    entry.AgentUsername = m_agent;
    entry.BuyerID = request.buyerId;
    entry.BuyerName = request.buyerName;
    entry.UserID = request.userId;
    entry.Username = request.username;
    entry.UserFullName = request.userFullName;
    entry.ClientID = impersonationClientId();
    entry.Roles = m_options.roles.isEmpty() ? shopperRoles() : m_options.roles;
    entry.note.Reason = request.reason.trimmed();
    entry.note.CaseNumber = request.caseNumber.trimmed();

    // Asked once per sign-in; a marketplace that could not be asked is not assumed to lack it.
    m_discovery->probeSessionsExtension(this, [this, entry, callback](Result<Discovery::Extension> r) {
        switch (r.value) {
        case Discovery::Extension::Present:
            startWithExtension(entry, callback);
            return;
        case Discovery::Extension::Absent:
            startPlain(entry, callback);
            return;
        case Discovery::Extension::Unknown:
            setBusy(false);
            callback(r.error.isError() ? r.error : ApiError::protocol(QStringLiteral("sessions extension unknown")));
            return;
        }
    });
}

void SessionManager::startWithExtension(JournalEntry entry, std::function<void(const ApiError &)> callback)
{
    wire::SessionStart body;
    body.BuyerID = entry.BuyerID;
    body.UserID = entry.UserID;
    body.ClientID = entry.ClientID;
    body.Roles = entry.Roles;
    body.CustomRoles = m_options.customRoles;
    body.note = entry.note;
    m_api->start(body, this, [this, entry, callback](Result<wire::SessionGrant> r) mutable {
        if (!r.ok()) {
            setBusy(false);
            callback(r.error);
            return;
        }
        static_cast<wire::ImpersonationSession &>(entry) = r.value.Session;
        entry.serverRecorded = true;
        if (!entry.DateStarted.isValid())
            entry.DateStarted = QDateTime::currentDateTimeUtc();
        if (!entry.TokenExpires.isValid())
            entry.TokenExpires = QDateTime::currentDateTimeUtc().addSecs(r.value.Token.expires_in);
        activate(entry, r.value.Token.access_token.toUtf8());
        setBusy(false);
        callback(ApiError());
    });
}

void SessionManager::requestPlainToken(
    const QString &buyerId, const QString &userId, QObject *context,
    std::function<void(const ApiError &, const QByteArray &, const QDateTime &)> done)
{
    const QString path = QStringLiteral("/v1/buyers/%1/users/%2/accesstoken")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(buyerId)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    wire::ImpersonateTokenRequest body;
    body.ClientID = impersonationClientId();
    body.Roles = m_options.roles.isEmpty() ? shopperRoles() : m_options.roles;
    body.CustomRoles = m_options.customRoles;
    m_client->request("POST", path, nlohmann::json(body), MarketplaceClient::Token::Agent, context,
                      [done = std::move(done)](Result<nlohmann::json> r) {
                          Result<wire::AccessToken> t = MarketplaceClient::decode<wire::AccessToken>(r);
                          if (t.ok() && t.value.access_token.isEmpty())
                              t.error = ApiError::protocol(QStringLiteral("access_token is missing"));
                          if (!t.ok()) {
                              done(t.error, {}, {});
                              return;
                          }
                          done(ApiError(), t.value.access_token.toUtf8(),
                               QDateTime::currentDateTimeUtc().addSecs(std::max(0, t.value.expires_in)));
                      });
}

void SessionManager::startPlain(JournalEntry entry, std::function<void(const ApiError &)> callback)
{
    // A plain OrderCloud marketplace: the standard call, and the journal keeps the record.
    requestPlainToken(
        entry.BuyerID, entry.UserID, this,
        [this, entry, callback](const ApiError &error, const QByteArray &token, const QDateTime &expires) mutable {
            setBusy(false);
            if (error.isError()) {
                callback(error);
                return;
            }
            entry.ID = QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            entry.serverRecorded = false;
            entry.DateStarted = QDateTime::currentDateTimeUtc();
            entry.TokenExpires = expires;
            activate(entry, token);
            callback(ApiError());
        });
}

void SessionManager::activate(const JournalEntry &entry, const QByteArray &token)
{
    m_session = entry;
    m_active = true;
    m_expiryWarned = false;
    m_idleWarned = false;
    m_endedBy.clear();
    m_endComment.clear();
    m_idle.restart();
    m_client->setBuyerToken(token);
    m_tokens->write(tokenKey(), QString::fromUtf8(token));
    record(m_session);
    m_ticker.start();
    emit started();
}

void SessionManager::end(wire::EndCause cause, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_busy) {
        // After what is running (a start, renewal or another end): then end, or find it ended.
        m_whenIdle.push_back([this, cause, callback] { end(cause, nullptr, callback); });
        return;
    }
    if (!m_active) {
        callback(ApiError());
        return;
    }
    setBusy(true);
    m_ticker.stop();
    const JournalEntry session = m_session;
    auto afterServer = [this, cause, callback](const ApiError &error) {
        // The session is over for the desk once the server confirmed it, or the journal recorded
        // that the server still has to hear about it.
        const bool pending = !endSettled(error);
        finish(cause, pending);
        setBusy(false);
        callback(pending && !error.isTransient() ? error : ApiError());
    };
    if (!session.serverRecorded) {
        // Plain OrderCloud: drop the token here. Never DELETE /v1/me/tokens with it — that would
        // revoke every token of the real buyer (their own storefront, other agents' sessions).
        afterServer(ApiError());
        return;
    }
    if (cause == wire::EndCause::Expired) {
        // The server records expiry itself; nothing for the desk to claim.
        afterServer(ApiError());
        return;
    }
    m_api->end(session.ID, cause, this, [afterServer](Result<wire::ImpersonationSession> r) { afterServer(r.error); });
}

void SessionManager::finish(wire::EndCause cause, bool pendingOnServer)
{
    recordEnd(m_session.ID, cause, pendingOnServer);
    m_tokens->remove(tokenKey());
    m_client->setBuyerToken({});
    m_active = false;
    m_ticker.stop();
    emit ended(wire::endCauseName(cause));
}

void SessionManager::endedOnServer(wire::EndCause cause, const QString &endedBy, const QString &comment)
{
    if (!m_active || m_busy)
        return; // already ending here, or over
    m_endedBy = endedBy;
    m_endComment = comment;
    finish(cause, false);
}

void SessionManager::renew(QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (!m_active) {
        callback(ApiError());
        return;
    }
    if (m_busy) {
        m_whenIdle.push_back([this, callback] { renew(nullptr, callback); });
        return;
    }
    setBusy(true);
    auto accept = [this, callback](const QByteArray &token, const QDateTime &expires) {
        m_session.TokenExpires = expires;
        m_expiryWarned = false;
        m_client->setBuyerToken(token);
        m_tokens->write(tokenKey(), QString::fromUtf8(token));
        record(m_session);
        setBusy(false);
        emit renewed();
        callback(ApiError());
    };
    if (m_session.serverRecorded) {
        m_api->renew(m_session.ID, this, [this, accept, callback](Result<wire::SessionGrant> r) {
            if (!r.ok()) {
                setBusy(false);
                callback(r.error);
                return;
            }
            const QDateTime expires = r.value.Session.TokenExpires.isValid()
                                          ? r.value.Session.TokenExpires
                                          : QDateTime::currentDateTimeUtc().addSecs(r.value.Token.expires_in);
            accept(r.value.Token.access_token.toUtf8(), expires);
        });
        return;
    }
    requestPlainToken(
        m_session.BuyerID, m_session.UserID, this,
        [this, accept, callback](const ApiError &error, const QByteArray &token, const QDateTime &expires) {
            if (error.isError()) {
                setBusy(false);
                callback(error);
                return;
            }
            accept(token, expires);
        });
}

void SessionManager::onTick()
{
    if (!m_active || m_busy)
        return;
    emit tick();
    const qint64 left = secondsLeft();
    if (left <= 0) {
        end(wire::EndCause::Expired);
        return;
    }
    if (left <= kExpiryWarningSeconds && !m_expiryWarned) {
        m_expiryWarned = true;
        emit expiryWarning();
    }
    const qint64 idle = secondsIdle();
    if (idle >= m_inactivityLimit) {
        end(wire::EndCause::Inactivity);
        return;
    }
    // A minute's notice (less for very short limits) before inactivity ends the session.
    const int notice = std::min(60, std::max(1, m_inactivityLimit / 3));
    if (idle >= m_inactivityLimit - notice && !m_idleWarned) {
        m_idleWarned = true;
        emit inactivityWarning(int(m_inactivityLimit - idle));
    }
}

std::vector<JournalEntry> SessionManager::recoverable() const
{
    std::vector<JournalEntry> out = m_journal->openSessions(m_marketplace, m_agent);
    if (m_active)
        out.erase(
            std::remove_if(out.begin(), out.end(), [this](const JournalEntry &e) { return e.ID == m_session.ID; }),
            out.end());
    return out;
}

void SessionManager::resume(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_active || m_busy) {
        callback(alreadyActive());
        return;
    }
    m_tokens->read(tokenKey(), this, [this, entry, callback](bool found, const QString &token) {
        if (!found || entry.TokenExpires <= QDateTime::currentDateTimeUtc().addSecs(30)) {
            callback(ApiError(ApiError::Kind::Protocol, 0, QStringLiteral("Session.CannotResume"),
                              tr("This session can no longer be resumed: its access has expired. End it and start "
                                 "a new one.")));
            return;
        }
        if (!entry.serverRecorded) {
            activate(entry, token.toUtf8());
            callback(ApiError());
            return;
        }
        // Only if the marketplace still has it open.
        m_api->get(entry.ID, this, [this, entry, token, callback](Result<wire::ImpersonationSession> r) {
            if (!r.ok()) {
                callback(r.error);
                return;
            }
            if (!r.value.isActive()) {
                recordEnd(entry.ID, r.value.EndCause.value_or(wire::EndCause::Expired), false);
                m_tokens->remove(tokenKey());
                callback(ApiError(ApiError::Kind::Http, 409, QStringLiteral("ImpersonationSession.AlreadyEnded"),
                                  tr("This session has already ended.")));
                return;
            }
            activate(entry, token.toUtf8());
            callback(ApiError());
        });
    });
}

void SessionManager::endRecovered(const JournalEntry &entry, QObject *context,
                                  std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    auto settle = [this, entry, callback](const ApiError &error) {
        const bool pending = !endSettled(error);
        recordEnd(entry.ID, wire::EndCause::Recovered, pending);
        m_tokens->remove(tokenKey());
        callback(pending && !error.isTransient() ? error : ApiError());
    };
    if (!entry.serverRecorded) {
        settle(ApiError()); // the token is dropped, never revoked for the buyer
        return;
    }
    m_api->end(entry.ID, wire::EndCause::Recovered, this,
               [settle](Result<wire::ImpersonationSession> r) { settle(r.error); });
}

void SessionManager::flushPendingEnds()
{
    for (const JournalEntry &e : m_journal->entries()) {
        if (!e.endPendingOnServer || e.marketplace != m_marketplace || !e.serverRecorded)
            continue;
        const wire::EndCause cause = e.EndCause.value_or(wire::EndCause::AgentEnded);
        if (!wire::clientMayClaim(cause))
            continue;
        m_api->end(e.ID, cause, this, [this, e](Result<wire::ImpersonationSession> r) {
            if (endSettled(r.error)) {
                JournalEntry settled = e;
                settled.endPendingOnServer = false;
                record(settled);
            }
        });
    }
}

void SessionManager::setCartOrder(const QString &orderId)
{
    if (!m_active)
        return;
    m_session.cartOrderId = orderId;
    record(m_session);
}

void SessionManager::recordOrder(const QString &orderId)
{
    if (!m_active || m_session.hasOrder(orderId))
        return;
    wire::SessionOrder order;
    order.ID = orderId;
    m_session.Orders.push_back(order);
    record(m_session);
}

void SessionManager::recordNote(const QString &text)
{
    if (!m_active)
        return;
    wire::CallNote note;
    note.Kind = QStringLiteral("Note");
    note.Text = text;
    note.AuthorUsername = m_session.AgentUsername;
    note.DateCreated = QDateTime::currentDateTimeUtc();
    m_session.Notes.push_back(note);
    record(m_session);
}

} // namespace onbehalf
