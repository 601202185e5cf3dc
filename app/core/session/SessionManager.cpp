#include "core/session/SessionManager.h"

#include "core/net/Guarded.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/TokenStore.h"
#include "wire/AccessToken.h"

#include <QPointer>
#include <QUuid>

namespace onbehalf {

namespace {

QString str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// The marketplace has no sessions extension: a plain OrderCloud answers 404 on that route.
bool noExtension(const ApiError &e)
{
    return e.status() == 404 || e.status() == 405;
}

} // namespace

SessionManager::SessionManager(MarketplaceClient *client, TokenStore *tokens, SessionJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_tokens(tokens), m_journal(journal)
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

qint64 SessionManager::secondsLeft() const
{
    // Rounded up: "0 s left" only once the token has really expired.
    return m_active ? (QDateTime::currentDateTimeUtc().msecsTo(m_session.tokenExpires) + 999) / 1000 : 0;
}

void SessionManager::noteActivity()
{
    m_idle.restart();
    m_idleWarned = false;
}

void SessionManager::start(const SessionRequest &request, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_active || m_busy) {
        callback(ApiError(ApiError::Kind::Protocol, 0, QStringLiteral("Session.AlreadyActive"),
                          tr("You are already acting for a buyer. End that session first.")));
        return;
    }
    m_busy = true;
    JournalEntry entry;
    entry.marketplace = m_marketplace;
    entry.agentUsername = m_agent;
    entry.buyerId = request.buyerId;
    entry.buyerName = request.buyerName;
    entry.userId = request.userId;
    entry.username = request.username;
    entry.userFullName = request.userFullName;
    entry.reason = request.reason.trimmed();
    entry.caseNumber = request.caseNumber.trimmed();

    const nlohmann::json body{{"BuyerID", request.buyerId},       {"UserID", request.userId},
                              {"ClientID", m_client->clientId()}, {"Roles", shopperRoles()},
                              {"Reason", entry.reason},           {"CaseNumber", entry.caseNumber}};
    m_client->request(
        "POST", QStringLiteral("/v1/impersonationsessions"), body, MarketplaceClient::Token::Agent, this,
        [this, entry, callback](Result<nlohmann::json> r) mutable {
            if (r.ok()) {
                const nlohmann::json &s = r.value["Session"];
                entry.id = str(s, "ID");
                entry.serverRecorded = true;
                entry.started = wire::parseDateTime(str(s, "DateStarted")).value_or(QDateTime::currentDateTimeUtc());
                entry.tokenExpires =
                    wire::parseDateTime(str(s, "TokenExpires")).value_or(QDateTime::currentDateTimeUtc());
                activate(entry, QByteArray::fromStdString(r.value["AccessToken"].value("access_token", std::string())));
                m_busy = false;
                callback(ApiError());
                return;
            }
            if (!noExtension(r.error)) {
                m_busy = false;
                callback(r.error);
                return;
            }
            // A plain OrderCloud marketplace: the standard call, and the journal keeps the record.
            const QString path = QStringLiteral("/v1/buyers/%1/users/%2/accesstoken")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(entry.buyerId)),
                                          QString::fromLatin1(QUrl::toPercentEncoding(entry.userId)));
            m_client->request(
                "POST", path, nlohmann::json{{"ClientID", m_client->clientId()}, {"Roles", shopperRoles()}},
                MarketplaceClient::Token::Agent, this, [this, entry, callback](Result<nlohmann::json> t) mutable {
                    m_busy = false;
                    if (!t.ok()) {
                        callback(t.error);
                        return;
                    }
                    const auto token = t.value.get<wire::AccessToken>();
                    entry.id = QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
                    entry.serverRecorded = false;
                    entry.started = QDateTime::currentDateTimeUtc();
                    entry.tokenExpires = entry.started.addSecs(token.expires_in);
                    activate(entry, token.access_token.toUtf8());
                    callback(ApiError());
                });
        });
}

void SessionManager::activate(const JournalEntry &entry, const QByteArray &token)
{
    m_session = entry;
    m_active = true;
    m_expiryWarned = false;
    m_idleWarned = false;
    m_idle.restart();
    m_client->setBuyerToken(token);
    m_tokens->write(tokenKey(), QString::fromUtf8(token));
    m_journal->upsert(m_session);
    m_ticker.start();
    emit started();
}

void SessionManager::end(const QString &cause, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (!m_active) {
        callback(ApiError());
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_ticker.stop();
    const JournalEntry session = m_session;
    auto afterServer = [this, cause, callback](const ApiError &error) {
        // The session is over for the desk once the server confirmed it, or the journal recorded
        // that the server still has to hear about it.
        const bool pending = error.isError() && error.status() != 409;
        finish(cause, pending);
        m_busy = false;
        callback(pending && !error.isTransient() ? error : ApiError());
    };
    if (!session.serverRecorded) {
        // OrderCloud: revoke the buyer token itself; the journal is the audit record.
        m_client->request("DELETE", QStringLiteral("/v1/me/tokens"), nullptr, MarketplaceClient::Token::Buyer, this,
                          [afterServer](Result<nlohmann::json>) { afterServer(ApiError()); });
        return;
    }
    if (cause == QLatin1String("Expired")) {
        // The server records expiry itself; nothing for the desk to claim.
        afterServer(ApiError());
        return;
    }
    m_client->request("POST", QStringLiteral("/v1/impersonationsessions/") + session.id + QStringLiteral("/end"),
                      nlohmann::json{{"EndCause", cause}}, MarketplaceClient::Token::Agent, this,
                      [afterServer](Result<nlohmann::json> r) { afterServer(r.error); });
}

void SessionManager::finish(const QString &cause, bool pendingOnServer)
{
    m_journal->markEnded(m_session.id, cause, QDateTime::currentDateTimeUtc(), pendingOnServer);
    m_tokens->remove(tokenKey());
    m_client->setBuyerToken({});
    m_active = false;
    m_ticker.stop();
    emit ended(cause);
}

void SessionManager::renew(QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (!m_active) {
        callback(ApiError());
        return;
    }
    auto accept = [this, callback](const QByteArray &token, const QDateTime &expires) {
        m_session.tokenExpires = expires;
        m_expiryWarned = false;
        m_client->setBuyerToken(token);
        m_tokens->write(tokenKey(), QString::fromUtf8(token));
        m_journal->upsert(m_session);
        emit renewed();
        callback(ApiError());
    };
    if (m_session.serverRecorded) {
        m_client->request(
            "POST", QStringLiteral("/v1/impersonationsessions/") + m_session.id + QStringLiteral("/renew"),
            nlohmann::json::object(), MarketplaceClient::Token::Agent, this,
            [accept, callback](Result<nlohmann::json> r) {
                if (!r.ok()) {
                    callback(r.error);
                    return;
                }
                accept(QByteArray::fromStdString(r.value["AccessToken"].value("access_token", std::string())),
                       wire::parseDateTime(str(r.value["Session"], "TokenExpires"))
                           .value_or(QDateTime::currentDateTimeUtc()));
            });
        return;
    }
    const QString path = QStringLiteral("/v1/buyers/%1/users/%2/accesstoken")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_session.buyerId)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(m_session.userId)));
    m_client->request("POST", path, nlohmann::json{{"ClientID", m_client->clientId()}, {"Roles", shopperRoles()}},
                      MarketplaceClient::Token::Agent, this, [accept, callback](Result<nlohmann::json> r) {
                          if (!r.ok()) {
                              callback(r.error);
                              return;
                          }
                          const auto token = r.value.get<wire::AccessToken>();
                          accept(token.access_token.toUtf8(),
                                 QDateTime::currentDateTimeUtc().addSecs(token.expires_in));
                      });
}

void SessionManager::onTick()
{
    if (!m_active)
        return;
    emit tick();
    const qint64 left = secondsLeft();
    if (left <= 0) {
        end(QStringLiteral("Expired"));
        return;
    }
    if (left <= kExpiryWarningSeconds && !m_expiryWarned) {
        m_expiryWarned = true;
        emit expiryWarning();
    }
    const qint64 idle = secondsIdle();
    if (idle >= m_inactivityLimit) {
        end(QStringLiteral("Inactivity"));
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
            std::remove_if(out.begin(), out.end(), [this](const JournalEntry &e) { return e.id == m_session.id; }),
            out.end());
    return out;
}

void SessionManager::resume(const JournalEntry &entry, QObject *context, std::function<void(const ApiError &)> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_active) {
        callback(ApiError(ApiError::Kind::Protocol, 0, QStringLiteral("Session.AlreadyActive"),
                          tr("You are already acting for a buyer. End that session first.")));
        return;
    }
    m_tokens->read(tokenKey(), this, [this, entry, callback](bool found, const QString &token) {
        if (!found || entry.tokenExpires <= QDateTime::currentDateTimeUtc().addSecs(30)) {
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
        m_client->get(
            QStringLiteral("/v1/impersonationsessions/") + entry.id, MarketplaceClient::Token::Agent, this,
            [this, entry, token, callback](Result<nlohmann::json> r) {
                if (!r.ok()) {
                    callback(r.error);
                    return;
                }
                if (str(r.value, "Status") != QLatin1String("Active")) {
                    m_journal->markEnded(entry.id, str(r.value, "EndCause"), QDateTime::currentDateTimeUtc(), false);
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
    auto record = [this, entry, callback](const ApiError &error) {
        const bool pending = error.isError() && error.status() != 409;
        m_journal->markEnded(entry.id, QStringLiteral("Recovered"), QDateTime::currentDateTimeUtc(), pending);
        m_tokens->remove(tokenKey());
        callback(pending && !error.isTransient() ? error : ApiError());
    };
    if (!entry.serverRecorded) {
        record(ApiError());
        return;
    }
    m_client->request("POST", QStringLiteral("/v1/impersonationsessions/") + entry.id + QStringLiteral("/end"),
                      nlohmann::json{{"EndCause", "Recovered"}}, MarketplaceClient::Token::Agent, this,
                      [record](Result<nlohmann::json> r) { record(r.error); });
}

void SessionManager::flushPendingEnds()
{
    for (const JournalEntry &e : m_journal->entries()) {
        if (!e.endPendingOnServer || e.marketplace != m_marketplace || !e.serverRecorded)
            continue;
        m_client->request("POST", QStringLiteral("/v1/impersonationsessions/") + e.id + QStringLiteral("/end"),
                          nlohmann::json{{"EndCause", e.endCause}}, MarketplaceClient::Token::Agent, this,
                          [this, e](Result<nlohmann::json> r) {
                              if (r.ok() || r.error.status() == 409) {
                                  JournalEntry done = e;
                                  done.endPendingOnServer = false;
                                  m_journal->upsert(done);
                              }
                          });
    }
}

void SessionManager::setCartOrder(const QString &orderId)
{
    if (!m_active)
        return;
    m_session.cartOrderId = orderId;
    m_journal->upsert(m_session);
}

void SessionManager::recordOrder(const QString &orderId)
{
    if (!m_active || m_session.orderIds.contains(orderId))
        return;
    m_session.orderIds << orderId;
    m_journal->upsert(m_session);
}

} // namespace onbehalf
