#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// GET/PUT /v1/onbehalf/policy: the marketplace's rules for sessions. SessionOrderLimit (null: no
// limit) is what a session may submit without a supervisor's co-sign, alone or in total;
// RequireVerification keeps a session's token from creating orders until a Verification note
// exists; VerificationChecks are the checks the desk offers. RequireWrapUp and
// ScreenLockGraceMinutes (0: end at once) are the desk's to apply. ModifiedBy/DateModified are
// the server's.
struct OnbehalfPolicy
{
    std::optional<Amount> SessionOrderLimit;
    QString Currency = QStringLiteral("USD");
    bool RequireVerification = false;
    QStringList VerificationChecks{QStringLiteral("Email"), QStringLiteral("Postcode"), QStringLiteral("LastOrder")};
    bool RequireWrapUp = false;
    int ScreenLockGraceMinutes = 0;
    std::optional<QString> ModifiedBy;
    std::optional<QDateTime> DateModified;
};

ONBEHALF_WIRE_FIELDS(OnbehalfPolicy)
{
    visit("SessionOrderLimit", v.SessionOrderLimit);
    visit("Currency", v.Currency);
    visit("RequireVerification", v.RequireVerification);
    visit("VerificationChecks", v.VerificationChecks);
    visit("RequireWrapUp", v.RequireWrapUp);
    visit("ScreenLockGraceMinutes", v.ScreenLockGraceMinutes);
    visit("ModifiedBy", v.ModifiedBy);
    visit("DateModified", v.DateModified);
}
ONBEHALF_WIRE_JSON(OnbehalfPolicy)

} // namespace onbehalf::wire
