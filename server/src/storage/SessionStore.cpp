#include "storage/SessionStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "wire/Json.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace onbehalf::server {

namespace {
QString str(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}
} // namespace

const QStringList &SessionStore::endCauses()
{
    return wire::endCauseNames();
}

QString SessionStore::columns()
{
    return QStringLiteral(
        "id, agent_user_id, agent_username, buyer_id, buyer_name, user_id, username, user_full_name, "
        "client_id, roles, reason, case_number, date_started, token_expires, date_ended, end_cause, ended_by, "
        "last_activity, end_comment");
}

SessionRecord SessionStore::fromRow(const QSqlQuery &q)
{
    SessionRecord r;
    r.ID = str(q, 0);
    r.AgentUserID = str(q, 1);
    r.AgentUsername = str(q, 2);
    r.BuyerID = str(q, 3);
    r.BuyerName = str(q, 4);
    r.UserID = str(q, 5);
    r.Username = str(q, 6);
    r.UserFullName = str(q, 7);
    r.ClientID = str(q, 8);
    r.Roles = str(q, 9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.note.Reason = str(q, 10);
    r.note.CaseNumber = str(q, 11);
    r.DateStarted = SqlValues::parseTime(q.value(12));
    r.TokenExpires = SqlValues::parseTime(q.value(13));
    r.DateEnded = SqlValues::optionalTime(q.value(14));
    r.EndCause = wire::parseEndCause(str(q, 15));
    if (!q.value(16).isNull() && !str(q, 16).isEmpty())
        r.EndedBy = str(q, 16);
    // Until the token is first used (and for sessions stored before issue 17), the start.
    r.LastActivity = SqlValues::optionalTime(q.value(17)).value_or(r.DateStarted);
    r.EndComment = SqlValues::optionalText(q.value(18));
    return r;
}

void SessionStore::insert(const SessionRecord &r)
{
    m_db.exec(
        QStringLiteral("INSERT INTO impersonation_sessions (id, agent_user_id, agent_username, buyer_id, buyer_name, "
                       "user_id, username, user_full_name, client_id, roles, reason, case_number, date_started, "
                       "token_expires, username_l) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.ID, r.AgentUserID, r.AgentUsername, r.BuyerID, r.BuyerName, r.UserID, r.Username, r.UserFullName, r.ClientID,
         r.Roles.join(QLatin1Char(' ')), r.note.Reason, r.note.CaseNumber, SqlValues::formatTime(r.DateStarted),
         SqlValues::formatTime(r.TokenExpires), r.Username.toLower()});
}

void SessionStore::insertPast(const std::vector<SessionRecord> &rows)
{
    constexpr size_t kRowsPerStatement = 200; // 3,600 binds: well inside SQLite's and PostgreSQL's limits
    // The columns a past session has (not columns(): activity and comments are not seeded).
    const QString head = QStringLiteral(
        "INSERT INTO impersonation_sessions (id, agent_user_id, agent_username, buyer_id, buyer_name, user_id, "
        "username, user_full_name, client_id, roles, reason, case_number, date_started, token_expires, date_ended, "
        "end_cause, ended_by, username_l) VALUES ");
    const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // In start order: the search index's keys follow it (Schema::sessionSearchByDate), and FTS5
    // writes a segment whenever a key is lower than the one before.
    std::vector<const SessionRecord *> started;
    started.reserve(rows.size());
    for (const SessionRecord &r : rows)
        started.push_back(&r);
    std::stable_sort(started.begin(), started.end(),
                     [](const SessionRecord *a, const SessionRecord *b) { return a->DateStarted < b->DateStarted; });
    for (size_t from = 0; from < started.size(); from += kRowsPerStatement) {
        const size_t n = std::min(kRowsPerStatement, started.size() - from);
        QStringList values;
        QVariantList binds;
        binds.reserve(qsizetype(n) * 18);
        for (size_t i = from; i < from + n; ++i) {
            const SessionRecord &r = *started[i];
            values << one;
            const QVariant null(QMetaType::fromType<QString>());
            binds << r.ID << r.AgentUserID << r.AgentUsername << r.BuyerID << r.BuyerName << r.UserID << r.Username
                  << r.UserFullName << r.ClientID << r.Roles.join(QLatin1Char(' ')) << r.note.Reason
                  << r.note.CaseNumber << SqlValues::formatTime(r.DateStarted) << SqlValues::formatTime(r.TokenExpires)
                  << (r.DateEnded ? QVariant(SqlValues::formatTime(*r.DateEnded)) : null)
                  << (r.EndCause ? QVariant(wire::endCauseName(*r.EndCause)) : null)
                  << (r.EndedBy && !r.EndedBy->isEmpty() ? QVariant(*r.EndedBy) : null) << r.Username.toLower();
        }
        // Full batches share one statement, prepared once per connection.
        const Database::Prepared written(m_db, head + values.join(QStringLiteral(", ")), binds);
    }
}

void SessionStore::optimizeSearchIndex()
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        m_db.exec(QStringLiteral("INSERT INTO sessions_search (sessions_search) VALUES ('optimize')"));
}

std::optional<SessionRecord> SessionStore::find(const QString &id) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM impersonation_sessions WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

int SessionStore::sweepExpired()
{
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE impersonation_sessions SET date_ended = token_expires, "
                                           "end_cause = 'Expired' WHERE date_ended IS NULL AND token_expires <= ?"),
                            {SqlValues::now()});
    return q.numRowsAffected();
}

bool SessionStore::end(const QString &id, const QString &cause, const QString &endedBy,
                       const std::optional<QString> &comment)
{
    // The WHERE makes ending atomic: of two concurrent ends exactly one wins.
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE impersonation_sessions SET date_ended = ?, end_cause = ?, "
                                           "ended_by = ?, end_comment = ? WHERE id = ? AND date_ended IS NULL"),
                            {SqlValues::now(), cause,
                             endedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(endedBy),
                             SqlValues::nullable(comment), id});
    return q.numRowsAffected() == 1;
}

void SessionStore::setTokenExpires(const QString &id, const QDateTime &expires)
{
    m_db.exec(QStringLiteral("UPDATE impersonation_sessions SET token_expires = ? WHERE id = ? AND date_ended IS NULL"),
              {SqlValues::formatTime(expires), id});
}

QStringList SessionStore::endWhere(const QString &clause, const QVariantList &binds, const QString &cause,
                                   const QString &endedBy)
{
    QStringList ids;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id FROM impersonation_sessions WHERE date_ended IS NULL AND ") + clause, binds);
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids))
        end(id, cause, endedBy);
    return ids;
}

QStringList SessionStore::endOpenSessionsOfAgent(const QString &agentUserId, const QString &cause,
                                                 const QString &endedBy)
{
    return endWhere(QStringLiteral("agent_user_id = ?"), {agentUserId}, cause, endedBy);
}

QStringList SessionStore::endOpenSessionsForUser(const QString &userId, const QString &cause, const QString &endedBy)
{
    return endWhere(QStringLiteral("user_id = ?"), {userId}, cause, endedBy);
}

void SessionStore::recordOrder(const QString &sessionId, const QString &orderId)
{
    if (sessionId.isEmpty())
        return;
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM session_orders WHERE session_id = ? AND order_id = ?"),
                    {sessionId, orderId})
            .isValid())
        return;
    m_db.exec(QStringLiteral("INSERT INTO session_orders (session_id, order_id) VALUES (?, ?)"), {sessionId, orderId});
}

std::map<QString, std::vector<wire::SessionOrder>> SessionStore::ordersOf(const QStringList &sessionIds) const
{
    std::map<QString, std::vector<wire::SessionOrder>> out;
    if (sessionIds.isEmpty())
        return out;
    for (const QString &id : sessionIds)
        out[id];
    QStringList marks;
    QVariantList binds;
    for (const QString &id : sessionIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    // A deleted (never submitted) order stays in the trail, marked as such.
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT so.session_id, so.order_id, o.status, o.total, o.date_submitted, "
                                 "o.date_created FROM session_orders so LEFT JOIN orders o ON o.id = so.order_id "
                                 "WHERE so.session_id IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY so.session_id, so.order_id"),
                  binds);
    while (q.next()) {
        const bool deleted = q.value(2).isNull();
        wire::SessionOrder o;
        o.ID = q.value(1).toString();
        o.Status = deleted ? QStringLiteral("Deleted") : q.value(2).toString();
        if (!deleted)
            o.Total = wire::Amount::fromUnits(q.value(3).toLongLong());
        o.DateCreated = SqlValues::optionalTime(q.value(5));
        o.DateSubmitted = SqlValues::optionalTime(q.value(4));
        out[q.value(0).toString()].push_back(std::move(o));
    }
    return out;
}

nlohmann::json SessionStore::toJson(SessionRecord r, std::vector<wire::SessionOrder> orders)
{
    r.Orders = std::move(orders);
    if (!r.LastActivity)
        r.LastActivity = r.DateStarted; // a record made here, not read back (just started)
    r.OrderCount.reset();
    r.OrderTotal.reset();
    r.DurationSeconds.reset();
    r.SubmittedTotal.reset();
    return nlohmann::json(r);
}

// The FTS5 expression finding the sessions whose searched fields hold every trigram of a word
// of three or more characters (sessions_search, Schema::sessionSearchByDate), or "" when the
// index cannot find it. Trigrams that tile the word, not all of them as a phrase: a superset
// (the LIKE conditions decide) that FTS5 finds several times faster, fewer lists to intersect.
QString SessionStore::searchExpression(const QString &word, const QStringList &fields)
{
    static const QHash<QString, QString> columns{{QStringLiteral("AgentUsername"), QStringLiteral("agent_text")},
                                                 {QStringLiteral("Username"), QStringLiteral("username_text")},
                                                 {QStringLiteral("UserFullName"), QStringLiteral("name_text")},
                                                 {QStringLiteral("Reason"), QStringLiteral("reason_text")},
                                                 {QStringLiteral("CaseNumber"), QStringLiteral("case_text")}};
    const std::u32string chars = word.toStdU32String();
    if (chars.size() < 3)
        return {}; // no whole trigram
    QStringList searched;
    for (const QString &field : fields) {
        const QString column = columns.value(field);
        if (column.isEmpty())
            return {}; // a field the index does not hold: it cannot narrow
        searched << column;
    }
    QStringList trigrams;
    for (size_t at = 0;; at += 3) {
        const size_t from = std::min(at, chars.size() - 3); // the last one ends with the word
        QString trigram = QString::fromStdU32String(chars.substr(from, 3));
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        trigrams << QLatin1Char('"') + trigram + QLatin1Char('"');
        if (from + 3 >= chars.size())
            break;
    }
    return QLatin1Char('{') + searched.join(QLatin1Char(' ')) + QStringLiteral("} : (") +
           trigrams.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

// Looking up the sessions with a word costs about one step per session that has it (r); testing
// sessions in the list's order costs one per session until the count stops (ListQuery::
// kMaxSearchMatches = K matches, about K × N / r sessions of N). The look-up is cheaper while
// r × r < K × N: counting its sessions stops there (50,000 of a million).
bool SessionStore::isCommonWord(const QString &expression) const
{
    const double sessions = m_db.scalar(QStringLiteral("SELECT MAX(rowid) FROM impersonation_sessions")).toDouble();
    const qint64 enough = qint64(std::ceil(std::sqrt(double(ListQuery::kMaxSearchMatches) * sessions)));
    const qint64 found = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sessions_search WHERE "
                                                    "sessions_search MATCH ? LIMIT ?) AS found"),
                                     {expression, enough})
                             .toLongLong();
    return found >= enough;
}

nlohmann::json SessionStore::served(const SessionRecord &r)
{
    return served(std::vector<SessionRecord>{r}).at(0);
}

nlohmann::json SessionStore::served(const std::vector<SessionRecord> &rows)
{
    QStringList ids;
    for (const SessionRecord &r : rows)
        ids << r.ID;
    auto orders = ordersOf(ids);
    auto notes = m_notes.of(ids);
    auto cosigns = m_cosigns.of(ids);
    nlohmann::json items = nlohmann::json::array();
    for (SessionRecord r : rows) {
        const auto seen = m_activity.latest(r.ID);
        if (seen && (!r.LastActivity || *seen > *r.LastActivity))
            r.LastActivity = seen;
        r.Notes = std::move(notes[r.ID]);
        r.CoSignRequests = std::move(cosigns[r.ID]);
        std::vector<wire::SessionOrder> own = std::move(orders[r.ID]);
        items.push_back(toJson(std::move(r), std::move(own)));
    }
    return items;
}

ListSpec SessionStore::listSpec(bool agentScoped) const
{
    ListSpec spec;
    using F = FieldType;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id")},
        {QStringLiteral("AgentUserID"), QStringLiteral("agent_user_id")},
        {QStringLiteral("AgentUsername"), QStringLiteral("agent_username"), F::Text, true},
        {QStringLiteral("BuyerID"), QStringLiteral("buyer_id")},
        {QStringLiteral("BuyerName"), QStringLiteral("buyer_name")},
        {QStringLiteral("UserID"), QStringLiteral("user_id")},
        {QStringLiteral("Username"), QStringLiteral("username"), F::Text, true, QStringLiteral("username_l")},
        {QStringLiteral("UserFullName"), QStringLiteral("user_full_name"), F::Text, true},
        {QStringLiteral("ClientID"), QStringLiteral("client_id")},
        {QStringLiteral("Reason"), QStringLiteral("reason"), F::Text, true},
        {QStringLiteral("CaseNumber"), QStringLiteral("case_number"), F::Text, true},
        {QStringLiteral("DateStarted"), QStringLiteral("date_started"), F::Date},
        {QStringLiteral("TokenExpires"), QStringLiteral("token_expires"), F::Date},
        {QStringLiteral("DateEnded"), QStringLiteral("date_ended"), F::Date},
        {QStringLiteral("EndCause"), QStringLiteral("end_cause")},
        {QStringLiteral("LastActivity"), QStringLiteral("COALESCE(last_activity, date_started)"), F::Date},
        {QStringLiteral("Status"), QStringLiteral("(CASE WHEN date_ended IS NULL THEN 'Active' ELSE 'Ended' END)")},
    };
    for (ListField &f : spec.fields) {
        if (f.name == QLatin1String("Reason") || f.name == QLatin1String("UserFullName"))
            f.containsSearch = true;
    }
    spec.defaultSort = {QStringLiteral("!DateStarted")};
    // Walked backwards: a search most sessions match fills its page from the newest sessions
    // instead of sorting every match (ListQuery::walkIndexFor).
    spec.orderedIndexes = {{agentScoped ? QStringLiteral("sessions_agent") : QStringLiteral("sessions_started"),
                            {QStringLiteral("!DateStarted")}}};
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // SQLite: the trigram FTS5 table finds the sessions containing a word of three or more
        // characters in the searched fields; shorter words scan as before. PostgreSQL serves the
        // same LIKE conditions from pg_trgm GIN indexes directly.
        // Newest first (no filters, the default order): its rowids follow DateStarted (search_key:
        // the start's second × 2^20 + a sequence), so the walk stops at the first 2,501 matches.
        spec.textWalk = {QStringLiteral("sessions_search"),
                         QStringLiteral("search_key"),
                         {QStringLiteral("!DateStarted")},
                         kSearchKeySpan,
                         &SessionStore::searchExpression};
        // Otherwise it narrows each word to the sessions containing it, unless most do.
        spec.searchIndex = [this](const QString &word, const QStringList &fields, QVariantList *binds) -> QString {
            const QString expression = searchExpression(word, fields);
            if (expression.isEmpty() || isCommonWord(expression))
                return {};
            *binds << expression;
            return QStringLiteral("search_key IN (SELECT rowid FROM sessions_search WHERE sessions_search MATCH ?)");
        };
    }
    return spec;
}

} // namespace onbehalf::server
