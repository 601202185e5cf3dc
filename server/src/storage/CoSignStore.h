#pragma once

#include "wire/CoSignRequest.h"

#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace onbehalf::server {

class Database;

// Co-sign requests of impersonation sessions (cosign_requests): one open request per order,
// decided once (Pending → Approved | Declined | Superseded), never deleted.
class CoSignStore
{
public:
    explicit CoSignStore(Database &db) : m_db(db) {}

    // False when the order already has a pending request (two submits racing).
    bool insert(const QString &sessionId, const wire::CoSignRequest &r);
    // A pending request the order outgrew: it stays on the record as Superseded.
    void supersede(const QString &requestId);
    // The newest request for the order in the session.
    std::optional<wire::CoSignRequest> latest(const QString &sessionId, const QString &orderId) const;
    // Decides the order's pending request; nullopt when there was none (or it was decided meanwhile).
    std::optional<wire::CoSignRequest> decide(const QString &sessionId, const QString &orderId, bool approve,
                                              const QString &by, const std::optional<QString> &comment);
    // The requests of each of the given sessions, oldest first.
    std::map<QString, std::vector<wire::CoSignRequest>> of(const QStringList &sessionIds) const;

private:
    Database &m_db;
};

} // namespace onbehalf::server
