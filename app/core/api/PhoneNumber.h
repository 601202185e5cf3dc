#pragma once

#include <QString>

namespace onbehalf {

// Search text that is a phone number, in whatever formatting the agent or the phone system
// used: "+1 206-555-0184", "(206) 555.0184", "2065550184".
class PhoneNumber
{
public:
    static constexpr int kMinDigits = 7;

    // Only digits, spaces and + - . ( ), with at least kMinDigits digits.
    static bool looksLikePhone(const QString &text);
    // The digits alone ("+1 206-555-0184" → "12065550184").
    static QString digits(const QString &text);
};

} // namespace onbehalf
