#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <mutex>
#include <optional>

namespace onbehalf::server {

class Database;

// When each session's token was last used (the live board's LastActivity), cheaply: every request
// with a session's token is noted in memory, and the database is written at most once per
// interval per session (the first use at once, then coalesced; flush(), every interval, writes
// what is left once the interval has passed). This instance serves its in-memory value; another
// instance sharing the database sees the stored one, at most two intervals behind.
class SessionActivity
{
public:
    static constexpr int kWriteIntervalSeconds = 10;

    explicit SessionActivity(Database &db) : m_db(db) {}

    // A request was made with the session's token (any thread).
    void touch(const QString &sessionId);
    // Writes activity not yet stored and forgets sessions idle for a while.
    void flush();
    // This instance's latest sighting, if newer than what it stored.
    std::optional<QDateTime> latest(const QString &sessionId) const;

private:
    struct Entry
    {
        QDateTime seen;
        QDateTime written;
    };
    void write(const QString &sessionId, const QDateTime &when);

    Database &m_db;
    mutable std::mutex m_lock;
    QHash<QString, Entry> m_entries;
};

} // namespace onbehalf::server
