#pragma once

#include "wire/Order.h"

#include <QString>
#include <memory>

namespace onbehalf::server {

// An approval rule's RuleExpression, parsed once and evaluated against an order.
// The grammar is the part of OrderCloud's that approval rules use on orders:
//   expr    := and ('or' and)*          and := unary ('and' unary)*
//   unary   := 'not' unary | compare    compare := operand (op operand)?
//   op      := = | != | <> | > | >= | < | <=
//   operand := number | 'text' | true | false | null | ( expr ) | order.<Field> | order.xp.<path>
// Order fields: Total, Subtotal, ShippingCost, TaxCost, LineItemCount, ID, FromUserID,
// FromCompanyID, Comments, Currency, ShippingAddressID, BillingAddressID. Text compares exactly,
// numbers as exact decimals; a comparison with a missing xp value is false. Anything else (another
// object than order, a function call) is refused when the rule is saved, never guessed at.
class ApprovalExpression
{
public:
    struct Node;

    // nullopt and a message when the text is not an expression Onbehalf can evaluate.
    static std::shared_ptr<const ApprovalExpression> parse(const QString &text, QString *error);
    bool holdsFor(const wire::Order &order) const;

    explicit ApprovalExpression(std::shared_ptr<const Node> root) : m_root(std::move(root)) {}

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace onbehalf::server
