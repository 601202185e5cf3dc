#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// One entry of a session's call record (POST /v1/impersonationsessions/{id}/notes): how the
// caller was verified, how the call ended, or a remark. Append-only: never edited or deleted.
// Kind: Verification (Checks from the policy's VerificationChecks), WrapUp (with a Disposition)
// or Note (Text). Author and time are the server's.
struct CallNote
{
    QString ID;
    QString Kind;
    QString Text;
    QStringList Checks;
    std::optional<QString> Disposition;
    QString AuthorUserID;
    QString AuthorUsername;
    QDateTime DateCreated;

    static const QStringList &kinds()
    {
        static const QStringList k{QStringLiteral("Verification"), QStringLiteral("WrapUp"), QStringLiteral("Note")};
        return k;
    }
    static const QStringList &dispositions()
    {
        static const QStringList d{QStringLiteral("Resolved"), QStringLiteral("FollowUp"), QStringLiteral("Escalated"),
                                   QStringLiteral("NoAction")};
        return d;
    }
};

ONBEHALF_WIRE_FIELDS(CallNote)
{
    visit("ID", v.ID);
    visit("Kind", v.Kind);
    visit("Text", v.Text);
    visit("Checks", v.Checks);
    visit("Disposition", v.Disposition);
    visit("AuthorUserID", v.AuthorUserID);
    visit("AuthorUsername", v.AuthorUsername);
    visit("DateCreated", v.DateCreated);
}
ONBEHALF_WIRE_JSON(CallNote)

} // namespace onbehalf::wire
