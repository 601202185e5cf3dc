#pragma once

#include "storage/ListQuery.h"
#include "wire/OrderApproval.h"

#include <QDateTime>
#include <QString>
#include <vector>

class QSqlQuery;

namespace onbehalf::server {

class Database;
class UserStore;

// Order approvals (one per approval rule that applied at submit) and the order status moves they
// cause. Every move is a conditional UPDATE: of two approvers deciding at once, one wins.
class ApprovalStore
{
public:
    ApprovalStore(Database &db, const UserStore &users) : m_db(db), m_users(users) {}

    void insertPending(const QString &orderId, const QString &buyerId, const QString &ruleId, const QString &groupId,
                       const QDateTime &when);
    // Approvals of an earlier submit go when the order is submitted again.
    void removeForOrder(const QString &orderId);
    std::vector<wire::OrderApproval> forOrder(const QString &orderId) const;
    // Pending approvals of the order whose approving group has `userId` as a member.
    std::vector<wire::OrderApproval> pendingFor(const QString &orderId, const QString &userId) const;
    // The user is in an approving group of one of the order's approvals (pending or decided).
    bool involves(const QString &orderId, const QString &userId) const;
    // Groups named by the order's approvals that are still pending.
    QStringList pendingGroups(const QString &orderId) const;
    // Pending → Approved/Declined; false when it was decided meanwhile.
    bool decide(const QString &orderId, const QString &ruleId, const QString &status, const QString &approverId,
                const std::optional<QString> &comments, bool allowResubmit, const QDateTime &when);
    int pendingCount(const QString &orderId) const;

    // Unsubmitted → AwaitingApproval (DateSubmitted set); false when the order was not Unsubmitted.
    bool awaitApproval(const QString &orderId, const QDateTime &when);
    // AwaitingApproval → Open with DateApproved.
    bool approveOrder(const QString &orderId, const QDateTime &when);
    // AwaitingApproval → Declined with DateDeclined, or back to Unsubmitted when it may be resubmitted.
    bool declineOrder(const QString &orderId, bool allowResubmit, const QDateTime &when);

    static QString columns();
    wire::OrderApproval fromRow(const QSqlQuery &q) const;
    static ListSpec listSpec();

private:
    Database &m_db;
    const UserStore &m_users;
};

} // namespace onbehalf::server
