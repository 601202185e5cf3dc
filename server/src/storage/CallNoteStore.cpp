#include "storage/CallNoteStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace onbehalf::server {

void CallNoteStore::insert(const QString &sessionId, const wire::CallNote &n)
{
    m_db.exec(QStringLiteral("INSERT INTO session_notes (id, session_id, kind, text, checks, disposition, "
                             "author_user_id, author_username, date_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {n.ID, sessionId, n.Kind, n.Text, QString::fromStdString(nlohmann::json(n.Checks).dump()),
               SqlValues::nullable(n.Disposition), n.AuthorUserID, n.AuthorUsername,
               SqlValues::formatTime(n.DateCreated)});
}

std::map<QString, std::vector<wire::CallNote>> CallNoteStore::of(const QStringList &sessionIds) const
{
    std::map<QString, std::vector<wire::CallNote>> out;
    if (sessionIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (const QString &id : sessionIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT session_id, id, kind, text, checks, disposition, author_user_id, "
                                 "author_username, date_created FROM session_notes WHERE session_id IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY session_id, date_created, ") +
                      // Notes of the same millisecond in the order they were written (IDs are random).
                      (m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("rowid") : QStringLiteral("seq")),
                  binds);
    while (q.next()) {
        wire::CallNote n;
        n.ID = q.value(1).toString();
        n.Kind = q.value(2).toString();
        n.Text = q.value(3).toString();
        const auto checks = nlohmann::json::parse(q.value(4).toString().toStdString(), nullptr, false);
        if (checks.is_array())
            n.Checks = checks.get<QStringList>();
        n.Disposition = SqlValues::optionalText(q.value(5));
        n.AuthorUserID = q.value(6).toString();
        n.AuthorUsername = q.value(7).toString();
        n.DateCreated = SqlValues::parseTime(q.value(8));
        out[q.value(0).toString()].push_back(std::move(n));
    }
    return out;
}

bool CallNoteStore::hasKind(const QString &sessionId, const QString &kind) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM session_notes WHERE session_id = ? AND kind = ?"), {sessionId, kind})
        .isValid();
}

} // namespace onbehalf::server
