#pragma once

#include "wire/SessionReceipt.h"

#include <QString>

namespace onbehalf::server {

// A session receipt as the customer reads it: plain text for an e-mail body, or a small HTML
// document (every value escaped). English, amounts with the currency's digits, times in UTC.
namespace ReceiptFormat {
QString text(const wire::SessionReceipt &r);
QString html(const wire::SessionReceipt &r);
} // namespace ReceiptFormat

} // namespace onbehalf::server
