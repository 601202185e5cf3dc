#include "resources/ApprovalWorkflow.h"

#include "Services.h"
#include "resources/ApprovalExpression.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcApprovals, "onbehalf.server.approvals", QtInfoMsg)

namespace onbehalf::server::ApprovalWorkflow {

std::vector<wire::ApprovalRule> rulesOf(Services &s, const QString &buyerId)
{
    std::vector<wire::ApprovalRule> rules;
    QSqlQuery q = s.db.exec(QStringLiteral("SELECT doc FROM documents WHERE kind = 'ApprovalRule' AND scope = ? "
                                           "ORDER BY id"),
                            {buyerId});
    while (q.next()) {
        const nlohmann::json doc = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (doc.is_object())
            rules.push_back(doc.get<wire::ApprovalRule>());
    }
    return rules;
}

std::vector<wire::ApprovalRule> applying(Services &s, const wire::Order &order)
{
    std::vector<wire::ApprovalRule> out;
    for (wire::ApprovalRule &rule : rulesOf(s, order.FromCompanyID)) {
        QString error;
        // Rules are checked when saved; one that no longer parses is logged, never guessed at.
        const auto expression = ApprovalExpression::parse(rule.RuleExpression, &error);
        if (!expression) {
            qCWarning(lcApprovals, "approval rule %s of %s cannot be evaluated: %s", qPrintable(rule.ID),
                      qPrintable(order.FromCompanyID), qPrintable(error));
            continue;
        }
        if (expression->holdsFor(order))
            out.push_back(std::move(rule));
    }
    return out;
}

} // namespace onbehalf::server::ApprovalWorkflow
