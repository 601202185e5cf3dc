#pragma once

#include "wire/Json.h"
#include "wire/Locale.h"

namespace onbehalf::wire {

// An admin or buyer user. Password is write-only: read from requests, always written as null.
struct User
{
    std::optional<int> FailedLoginAttempts;
    QString ID;
    std::optional<QString> CompanyID;
    QString Username;
    std::optional<QString> Password;
    QString FirstName;
    QString LastName;
    QString Email;
    std::optional<QString> Phone;
    std::optional<QDateTime> TermsAccepted;
    bool Active = false;
    nlohmann::json xp = nlohmann::json::object();
    QStringList AvailableRoles;
    std::optional<wire::Locale> Locale;
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> LastActive;
    std::optional<QDateTime> PasswordLastSetDate;

    QString fullName() const { return QString(FirstName + QLatin1Char(' ') + LastName).trimmed(); }
};

ONBEHALF_WIRE_FIELDS(User)
{
    visit("FailedLoginAttempts", v.FailedLoginAttempts);
    visit("ID", v.ID);
    visit("CompanyID", v.CompanyID);
    visit("Username", v.Username);
    visit("Password", v.Password);
    visit("FirstName", v.FirstName);
    visit("LastName", v.LastName);
    visit("Email", v.Email);
    visit("Phone", v.Phone);
    visit("TermsAccepted", v.TermsAccepted);
    visit("Active", v.Active);
    visit("xp", v.xp);
    visit("AvailableRoles", v.AvailableRoles);
    visit("Locale", v.Locale);
    visit("DateCreated", v.DateCreated);
    visit("LastActive", v.LastActive);
    visit("PasswordLastSetDate", v.PasswordLastSetDate);
}

inline void to_json(nlohmann::json &j, const User &u)
{
    writeFields(j, u);
    j["Password"] = nullptr;
}

inline void from_json(const nlohmann::json &j, User &u)
{
    readFields(j, u);
}

} // namespace onbehalf::wire

// MeUser used to live here; code that includes User.h for it keeps working.
#include "wire/MeUser.h"
