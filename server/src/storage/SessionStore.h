#pragma once

#include "storage/CallNoteStore.h"
#include "storage/CoSignStore.h"
#include "storage/ListQuery.h"
#include "storage/SessionActivity.h"
#include "wire/ImpersonationSession.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

class QSqlQuery;

namespace onbehalf::server {

class Database;

// The record is the sessions extension's wire model: one definition for server, desk and history.
using SessionRecord = wire::ImpersonationSession;

// The audit trail of impersonation sessions. Rows are inserted and ended, never edited or
// deleted: nothing here can change an agent, a reason or a start time once written.
class SessionStore
{
public:
    explicit SessionStore(Database &db) : m_db(db), m_activity(db), m_notes(db), m_cosigns(db) {}

    SessionActivity &activity() { return m_activity; }
    CallNoteStore &notes() { return m_notes; }
    CoSignStore &cosigns() { return m_cosigns; }

    void insert(const SessionRecord &r);
    // Writes sessions of the past as they were (started and ended), many rows per statement:
    // the synthetic history of load tests is a million rows.
    void insertPast(const std::vector<SessionRecord> &rows);
    std::optional<SessionRecord> find(const QString &id) const;
    // After a bulk load: the search index merged into one segment (SQLite), which a search reads
    // several times faster than the dozens a load leaves.
    void optimizeSearchIndex();

    // Marks sessions whose token has expired as ended ("Expired", at the expiry time).
    int sweepExpired();
    // Ends an open session, recording who did (and why, for a revocation); false when it had
    // already ended.
    bool end(const QString &id, const QString &cause, const QString &endedBy = {},
             const std::optional<QString> &comment = std::nullopt);
    // A renewed token extends the session.
    void setTokenExpires(const QString &id, const QDateTime &expires);
    // Ends the agent's open sessions (the agent signed out or was revoked); returns their IDs.
    QStringList endOpenSessionsOfAgent(const QString &agentUserId, const QString &cause, const QString &endedBy = {});
    QStringList endOpenSessionsForUser(const QString &userId, const QString &cause, const QString &endedBy = {});

    // Ties an order to the session whose token created or submitted it (idempotent).
    void recordOrder(const QString &sessionId, const QString &orderId);

    // The record as served, with its orders (Status, DurationSeconds, totals derived).
    static nlohmann::json toJson(SessionRecord r, std::vector<wire::SessionOrder> orders);
    // The records as served: with their orders, notes, co-sign requests and latest activity
    // (a few queries for the whole list, not per record).
    nlohmann::json served(const SessionRecord &r);
    nlohmann::json served(const std::vector<SessionRecord> &rows);
    // The orders of each of the given sessions.
    std::map<QString, std::vector<wire::SessionOrder>> ordersOf(const QStringList &sessionIds) const;

    // The list grammar of sessions, of every agent or of one (agentScoped: the handler adds
    // agent_user_id = ?), whose index then yields the sessions newest first.
    ListSpec listSpec(bool agentScoped = false) const;
    static QString columns();
    static SessionRecord fromRow(const QSqlQuery &q);

    static const QStringList &endCauses();

    // Sessions starting in the same second have search keys in one block of this many (Schema).
    static constexpr qint64 kSearchKeySpan = qint64(1) << 20;

private:
    static QString searchExpression(const QString &word, const QStringList &fields);
    bool isCommonWord(const QString &expression) const;
    QStringList endWhere(const QString &clause, const QVariantList &binds, const QString &cause,
                         const QString &endedBy);

    Database &m_db;
    SessionActivity m_activity;
    CallNoteStore m_notes;
    CoSignStore m_cosigns;
};

} // namespace onbehalf::server
