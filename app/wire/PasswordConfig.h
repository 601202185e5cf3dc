#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A security profile's password rules (null when the marketplace defaults apply).
struct PasswordConfig
{
    std::optional<int> LimitPasswordReuse;
    std::optional<int> MaxConsecutiveDupeChars;
    std::optional<int> MaximumPasswordAge;
    std::optional<int> MinimumPasswordAge;
    std::optional<int> AllowedFailedAttempts;
    std::optional<int> LockoutDuration;
    std::optional<bool> UpperCaseRequired;
    std::optional<bool> LowerCaseRequired;
    std::optional<bool> SpecialCharacterRequired;
    std::optional<bool> NumericRequired;
    std::optional<int> MinimumCharacterCount;
};

ONBEHALF_WIRE_FIELDS(PasswordConfig)
{
    visit("LimitPasswordReuse", v.LimitPasswordReuse);
    visit("MaxConsecutiveDupeChars", v.MaxConsecutiveDupeChars);
    visit("MaximumPasswordAge", v.MaximumPasswordAge);
    visit("MinimumPasswordAge", v.MinimumPasswordAge);
    visit("AllowedFailedAttempts", v.AllowedFailedAttempts);
    visit("LockoutDuration", v.LockoutDuration);
    visit("UpperCaseRequired", v.UpperCaseRequired);
    visit("LowerCaseRequired", v.LowerCaseRequired);
    visit("SpecialCharacterRequired", v.SpecialCharacterRequired);
    visit("NumericRequired", v.NumericRequired);
    visit("MinimumCharacterCount", v.MinimumCharacterCount);
}
ONBEHALF_WIRE_JSON(PasswordConfig)

} // namespace onbehalf::wire
