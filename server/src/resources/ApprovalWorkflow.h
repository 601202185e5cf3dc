#pragma once

#include "wire/ApprovalRule.h"
#include "wire/Order.h"

#include <vector>

namespace onbehalf::server {

struct Services;

// Which of a buyer's approval rules an order meets when it is submitted.
namespace ApprovalWorkflow {
std::vector<wire::ApprovalRule> rulesOf(Services &s, const QString &buyerId);
std::vector<wire::ApprovalRule> applying(Services &s, const wire::Order &order);
} // namespace ApprovalWorkflow

} // namespace onbehalf::server
