#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace onbehalf::server {

class Database;

// Failed sign-ins counted per (username, client address) in the database, so every instance
// sharing it agrees, and an attacker elsewhere cannot lock an agent out of the agent's own desk.
// Unknown usernames are counted exactly like known ones: the answers never tell them apart.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;           // the fifth failure in a row locks...
    static constexpr int kFirstDelaySeconds = 30;     // ...for 30 s, then each further failure doubles it
    static constexpr int kMaxDelaySeconds = 900;      // up to 15 minutes
    static constexpr int kForgetAfterSeconds = 86400; // a day without failures starts the count again
    // Rows kept at most (besides locked ones): failures sprayed over many names and addresses
    // cannot grow the table without end. Each row costs a password hash, so reaching it takes hours.
    static constexpr int kMaxRows = 100000;

    explicit LoginThrottle(Database &db) : m_db(db) {}

    // Until when sign-ins of `username` from `address` are refused, if they are now.
    std::optional<QDateTime> lockedUntil(const QString &username, const QString &address) const;
    void recordFailure(const QString &username, const QString &address);
    void recordSuccess(const QString &username, const QString &address);
    // An administrator's unlock: every address.
    void unlock(const QString &username);

    // Forgets streaks older than kForgetAfterSeconds (they would start again anyway), then the
    // oldest unlocked rows beyond kMaxRows. Idempotent: any instance may run it at any time.
    // Returns the rows deleted.
    int purge();

    static int delaySeconds(int failures);

private:
    Database &m_db;
};

} // namespace onbehalf::server
