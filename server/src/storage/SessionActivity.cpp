#include "storage/SessionActivity.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QList>
#include <QLoggingCategory>
#include <QPair>

Q_LOGGING_CATEGORY(lcActivity, "onbehalf.server.activity", QtInfoMsg)

namespace onbehalf::server {

void SessionActivity::touch(const QString &sessionId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        std::lock_guard lock(m_lock);
        Entry &e = m_entries[sessionId];
        e.seen = now;
        if (e.written.isValid() && e.written.secsTo(now) < kWriteIntervalSeconds)
            return;
        e.written = now;
    }
    write(sessionId, now);
}

void SessionActivity::flush()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QDateTime>> due;
    {
        std::lock_guard lock(m_lock);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            // Still at most one write per interval: a use just after a write waits for the next flush.
            if (it->seen > it->written && it->written.secsTo(now) >= kWriteIntervalSeconds) {
                due.append({it.key(), it->seen});
                it->written = it->seen;
                ++it;
            } else if (it->seen.secsTo(now) > 2 * kWriteIntervalSeconds) {
                it = m_entries.erase(it); // idle: the stored value is the latest
            } else {
                ++it;
            }
        }
    }
    for (const auto &[id, when] : std::as_const(due))
        write(id, when);
}

std::optional<QDateTime> SessionActivity::latest(const QString &sessionId) const
{
    std::lock_guard lock(m_lock);
    const auto it = m_entries.constFind(sessionId);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->seen;
}

void SessionActivity::write(const QString &sessionId, const QDateTime &when)
{
    // Never backwards: another instance may have stored a later use.
    try {
        m_db.exec(QStringLiteral("UPDATE impersonation_sessions SET last_activity = ? WHERE id = ? AND "
                                 "(last_activity IS NULL OR last_activity < ?)"),
                  {SqlValues::formatTime(when), sessionId, SqlValues::formatTime(when)});
    } catch (const DatabaseError &e) {
        // Activity is a hint for the board: a failed write must not fail the request it rides on.
        qCWarning(lcActivity) << "last activity not stored:" << e.what();
    }
}

} // namespace onbehalf::server
