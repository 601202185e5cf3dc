#include "storage/CoSignStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace onbehalf::server {

namespace {
const QString kColumns = QStringLiteral("session_id, id, order_id, order_total, session_total, limit_total, currency, "
                                        "status, requested_by, date_requested, decided_by, date_decided, comment");

wire::CoSignRequest fromRow(const QSqlQuery &q)
{
    wire::CoSignRequest r;
    r.ID = q.value(1).toString();
    r.OrderID = q.value(2).toString();
    r.OrderTotal = wire::Amount::fromUnits(q.value(3).toLongLong());
    r.SessionTotal = wire::Amount::fromUnits(q.value(4).toLongLong());
    r.Limit = wire::Amount::fromUnits(q.value(5).toLongLong());
    r.Currency = q.value(6).toString();
    r.Status = q.value(7).toString();
    r.RequestedBy = q.value(8).toString();
    r.DateRequested = SqlValues::parseTime(q.value(9));
    r.DecidedBy = SqlValues::optionalText(q.value(10));
    r.DateDecided = SqlValues::optionalTime(q.value(11));
    r.Comment = SqlValues::optionalText(q.value(12));
    return r;
}
} // namespace

bool CoSignStore::insert(const QString &sessionId, const wire::CoSignRequest &r)
{
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM cosign_requests WHERE session_id = ? AND order_id = ? AND "
                                   "status = 'Pending'"),
                    {sessionId, r.OrderID})
            .isValid())
        return false;
    try {
        m_db.exec(QStringLiteral("INSERT INTO cosign_requests (") + kColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)"),
                  {sessionId, r.ID, r.OrderID, r.OrderTotal.units(), r.SessionTotal.units(), r.Limit.units(),
                   r.Currency, QStringLiteral("Pending"), r.RequestedBy, SqlValues::formatTime(r.DateRequested)});
    } catch (const DatabaseUnavailable &) {
        throw;
    } catch (const DatabaseError &) {
        // The unique index on pending requests: another submit asked first.
        return false;
    }
    return true;
}

void CoSignStore::supersede(const QString &requestId)
{
    m_db.exec(QStringLiteral("UPDATE cosign_requests SET status = 'Superseded', date_decided = ? WHERE id = ? AND "
                             "status = 'Pending'"),
              {SqlValues::now(), requestId});
}

std::optional<wire::CoSignRequest> CoSignStore::latest(const QString &sessionId, const QString &orderId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM cosign_requests WHERE session_id = ? AND order_id = ? "
                                               "ORDER BY date_requested DESC, id DESC"),
                            {sessionId, orderId});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<wire::CoSignRequest> CoSignStore::decide(const QString &sessionId, const QString &orderId, bool approve,
                                                       const QString &by, const std::optional<QString> &comment)
{
    const auto pending = latest(sessionId, orderId);
    if (!pending || !pending->isPending())
        return std::nullopt;
    // The WHERE makes deciding atomic: of two supervisors deciding at once, exactly one wins.
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE cosign_requests SET status = ?, decided_by = ?, date_decided = ?, "
                                           "comment = ? WHERE id = ? AND status = 'Pending'"),
                            {approve ? QStringLiteral("Approved") : QStringLiteral("Declined"), by, SqlValues::now(),
                             SqlValues::nullable(comment), pending->ID});
    if (q.numRowsAffected() != 1)
        return std::nullopt;
    return latest(sessionId, orderId);
}

std::map<QString, std::vector<wire::CoSignRequest>> CoSignStore::of(const QStringList &sessionIds) const
{
    std::map<QString, std::vector<wire::CoSignRequest>> out;
    if (sessionIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (const QString &id : sessionIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cosign_requests WHERE session_id IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY session_id, date_requested, id"),
                  binds);
    while (q.next())
        out[q.value(0).toString()].push_back(fromRow(q));
    return out;
}

} // namespace onbehalf::server
