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

void LoginThrottle::unlock(const QString &username)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE username_l = ?"), {username.toLower()});
}

} // namespace onbehalf::server
