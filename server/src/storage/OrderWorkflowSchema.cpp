#include "storage/OrderWorkflowSchema.h"

namespace onbehalf::server::Schema {

QStringList orderWorkflow(Database::Dialect d)
{
    const QString T = d == Database::Dialect::Postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
    return {
        // One row per counter; a create reads and bumps last_number in one statement's lock.
        QStringLiteral("CREATE TABLE incrementors (id %1 PRIMARY KEY, id_l %1 NOT NULL, name %1, "
                       "last_number BIGINT NOT NULL DEFAULT 0, left_padding INTEGER NOT NULL DEFAULT 0)")
            .arg(T),
        // One row per approval rule that applied when the order was submitted.
        QStringLiteral("CREATE TABLE order_approvals (order_id %1 NOT NULL, approval_rule_id %1 NOT NULL, "
                       "buyer_id %1 NOT NULL, approving_group_id %1 NOT NULL, status %1 NOT NULL, "
                       "date_created %1 NOT NULL, date_completed %1, approver_id %1, comments TEXT, "
                       "allow_resubmit INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (order_id, approval_rule_id))")
            .arg(T),
        QStringLiteral("CREATE INDEX order_approvals_group ON order_approvals (buyer_id, approving_group_id, status)"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN date_approved %1").arg(T),
        QStringLiteral("ALTER TABLE orders ADD COLUMN date_declined %1").arg(T),
        // The checkout integration's last ShipEstimateResponse and OrderCalculateResponse (JSON).
        QStringLiteral("ALTER TABLE orders ADD COLUMN checkout TEXT"),
    };
}

} // namespace onbehalf::server::Schema
