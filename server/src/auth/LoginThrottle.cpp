#include "auth/LoginThrottle.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace onbehalf::server {

int LoginThrottle::delaySeconds(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int doublings = qMin(failures - kFreeFailures, 16);
    return int(qMin<qint64>(qint64(kFirstDelaySeconds) << doublings, kMaxDelaySeconds));
}

std::optional<QDateTime> LoginThrottle::lockedUntil(const QString &username, const QString &address) const
{
    const QVariant until = m_db.scalar(QStringLiteral("SELECT locked_until FROM login_failures WHERE username_l = ? "
                                                      "AND client_addr = ? AND locked_until > ?"),
                                       {username.toLower(), address, SqlValues::now()});
    return SqlValues::optionalTime(until);
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = username.toLower();
    // One statement counts, whichever instance sees the failure; an old streak starts again.
    m_db.exec(QStringLiteral("INSERT INTO login_failures (username_l, client_addr, failures, last_failure) "
                             "VALUES (?, ?, 1, ?) ON CONFLICT (username_l, client_addr) DO UPDATE SET "
                             "failures = CASE WHEN login_failures.last_failure < ? THEN 1 "
                             "ELSE login_failures.failures + 1 END, last_failure = excluded.last_failure"),
              {key, address, SqlValues::formatTime(now), SqlValues::formatTime(now.addSecs(-kForgetAfterSeconds))});
    const int failures =
        m_db.scalar(QStringLiteral("SELECT failures FROM login_failures WHERE username_l = ? AND client_addr = ?"),
                    {key, address})
            .toInt();
    if (const int delay = delaySeconds(failures); delay > 0)
        m_db.exec(QStringLiteral("UPDATE login_failures SET locked_until = ? WHERE username_l = ? AND client_addr = ?"),
                  {SqlValues::formatTime(now.addSecs(delay)), key, address});
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE username_l = ? AND client_addr = ?"),
              {username.toLower(), address});
}

int LoginThrottle::purge()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = SqlValues::formatTime(now);
    // A streak a day old restarts at 1 on its next failure, and its lock (15 min at most) is over.
    int deleted = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE last_failure < ? AND "
                                           "(locked_until IS NULL OR locked_until < ?)"),
                            {SqlValues::formatTime(now.addSecs(-kForgetAfterSeconds)), nowText})
                      .numRowsAffected();
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures")).toLongLong() <= kMaxRows)
        return deleted;
    // Over the cap: the newest kMaxRows stay, and every locked row (evicting one would unlock it).
    const QVariant cutoff = m_db.scalar(
        QStringLiteral("SELECT last_failure FROM login_failures ORDER BY last_failure DESC LIMIT 1 OFFSET ?"),
        {kMaxRows});
    if (cutoff.isValid())
        deleted += m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE last_failure <= ? AND "
                                            "(locked_until IS NULL OR locked_until < ?)"),
                             {cutoff, nowText})
                       .numRowsAffected();
    return deleted;
}

void LoginThrottle::unlock(const QString &username)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE username_l = ?"), {username.toLower()});
}

} // namespace onbehalf::server
