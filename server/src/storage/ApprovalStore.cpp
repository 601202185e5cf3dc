#include "storage/ApprovalStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"

#include <QSqlQuery>

namespace onbehalf::server {

QString ApprovalStore::columns()
{
    return QStringLiteral("allow_resubmit, approval_rule_id, approving_group_id, status, date_created, "
                          "date_completed, approver_id, comments");
}

wire::OrderApproval ApprovalStore::fromRow(const QSqlQuery &q) const
{
    wire::OrderApproval a;
    a.AllowResubmit = q.value(0).toInt() != 0;
    a.ApprovalRuleID = q.value(1).toString();
    a.ApprovingGroupID = q.value(2).toString();
    a.Status = q.value(3).toString();
    a.DateCreated = SqlValues::optionalTime(q.value(4));
    a.DateCompleted = SqlValues::optionalTime(q.value(5));
    if (const QString approver = q.value(6).toString(); !approver.isEmpty()) {
        if (const auto user = m_users.findById(approver))
            a.Approver = m_users.toWire(*user);
    }
    a.Comments = SqlValues::optionalText(q.value(7));
    return a;
}

void ApprovalStore::insertPending(const QString &orderId, const QString &buyerId, const QString &ruleId,
                                  const QString &groupId, const QDateTime &when)
{
    m_db.exec(QStringLiteral("INSERT INTO order_approvals (order_id, approval_rule_id, buyer_id, approving_group_id, "
                             "status, date_created) VALUES (?, ?, ?, ?, 'Pending', ?)"),
              {orderId, ruleId, buyerId, groupId, SqlValues::formatTime(when)});
}

void ApprovalStore::removeForOrder(const QString &orderId)
{
    m_db.exec(QStringLiteral("DELETE FROM order_approvals WHERE order_id = ?"), {orderId});
}

std::vector<wire::OrderApproval> ApprovalStore::forOrder(const QString &orderId) const
{
    std::vector<wire::OrderApproval> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + columns() +
                                QStringLiteral(" FROM order_approvals WHERE order_id = ? ORDER BY approval_rule_id"),
                            {orderId});
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

std::vector<wire::OrderApproval> ApprovalStore::pendingFor(const QString &orderId, const QString &userId) const
{
    std::vector<wire::OrderApproval> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + columns() +
                                QStringLiteral(" FROM order_approvals a WHERE a.order_id = ? AND a.status = 'Pending' "
                                               "AND EXISTS (SELECT 1 FROM group_members m WHERE m.buyer_id = "
                                               "a.buyer_id AND m.group_id = a.approving_group_id AND m.user_id = ?) "
                                               "ORDER BY a.approval_rule_id"),
                            {orderId, userId});
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

bool ApprovalStore::involves(const QString &orderId, const QString &userId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM order_approvals a JOIN group_members m ON m.buyer_id = a.buyer_id AND "
                               "m.group_id = a.approving_group_id WHERE a.order_id = ? AND m.user_id = ?"),
                {orderId, userId})
        .isValid();
}

QStringList ApprovalStore::pendingGroups(const QString &orderId) const
{
    QStringList out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT approving_group_id FROM order_approvals "
                                           "WHERE order_id = ? AND status = 'Pending' ORDER BY approving_group_id"),
                            {orderId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool ApprovalStore::decide(const QString &orderId, const QString &ruleId, const QString &status,
                           const QString &approverId, const std::optional<QString> &comments, bool allowResubmit,
                           const QDateTime &when)
{
    return m_db.exec(QStringLiteral("UPDATE order_approvals SET status = ?, approver_id = ?, comments = ?, "
                                    "allow_resubmit = ?, date_completed = ? WHERE order_id = ? AND "
                                    "approval_rule_id = ? AND status = 'Pending'"),
                     {status, approverId, SqlValues::nullable(comments), allowResubmit ? 1 : 0,
                      SqlValues::formatTime(when), orderId, ruleId})
               .numRowsAffected() == 1;
}

int ApprovalStore::pendingCount(const QString &orderId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM order_approvals WHERE order_id = ? AND status = 'Pending'"),
                {orderId})
        .toInt();
}

bool ApprovalStore::awaitApproval(const QString &orderId, const QDateTime &when)
{
    return m_db.exec(QStringLiteral("UPDATE orders SET status = 'AwaitingApproval', date_submitted = ? "
                                    "WHERE id = ? AND status = 'Unsubmitted'"),
                     {SqlValues::formatTime(when), orderId})
               .numRowsAffected() == 1;
}

bool ApprovalStore::approveOrder(const QString &orderId, const QDateTime &when)
{
    return m_db.exec(QStringLiteral("UPDATE orders SET status = 'Open', date_approved = ? "
                                    "WHERE id = ? AND status = 'AwaitingApproval'"),
                     {SqlValues::formatTime(when), orderId})
               .numRowsAffected() == 1;
}

bool ApprovalStore::declineOrder(const QString &orderId, bool allowResubmit, const QDateTime &when)
{
    return m_db.exec(QStringLiteral("UPDATE orders SET status = ?, date_declined = ? "
                                    "WHERE id = ? AND status = 'AwaitingApproval'"),
                     {allowResubmit ? QStringLiteral("Unsubmitted") : QStringLiteral("Declined"),
                      SqlValues::formatTime(when), orderId})
               .numRowsAffected() == 1;
}

ListSpec ApprovalStore::listSpec()
{
    using F = FieldType;
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ApprovalRuleID"), QStringLiteral("approval_rule_id")},
        {QStringLiteral("ApprovingGroupID"), QStringLiteral("approving_group_id")},
        {QStringLiteral("Status"), QStringLiteral("status")},
        {QStringLiteral("DateCreated"), QStringLiteral("date_created"), F::Date},
        {QStringLiteral("DateCompleted"), QStringLiteral("date_completed"), F::Date},
        {QStringLiteral("Comments"), QStringLiteral("comments"), F::Text, true},
    };
    spec.defaultSort = {QStringLiteral("DateCreated"), QStringLiteral("ApprovalRuleID")};
    return spec;
}

} // namespace onbehalf::server
