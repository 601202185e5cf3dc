#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// An admin or buyer user. Password is write-only: read from requests, never written out.
struct User
{
    QString ID;
    QString Username;
    std::optional<QString> Password;
    QString FirstName;
    QString LastName;
    QString Email;
    std::optional<QString> Phone;
    std::optional<QDateTime> TermsAccepted;
    bool Active = false;
    nlohmann::json xp = nlohmann::json::object();
    std::optional<QString> CompanyID;
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> LastActive;
    std::optional<QDateTime> PasswordLastSetDate;
    std::optional<QString> Locale;
    QStringList AvailableRoles;

    QString fullName() const { return QString(FirstName + QLatin1Char(' ') + LastName).trimmed(); }
};

inline void to_json(nlohmann::json &j, const User &u)
{
    j = nlohmann::json{{"ID", u.ID},
                       {"CompanyID", u.CompanyID},
                       {"Username", u.Username},
                       {"FirstName", u.FirstName},
                       {"LastName", u.LastName},
                       {"Email", u.Email},
                       {"Phone", u.Phone},
                       {"TermsAccepted", u.TermsAccepted},
                       {"Active", u.Active},
                       {"xp", xpOrEmpty(u.xp)},
                       {"AvailableRoles", u.AvailableRoles},
                       {"Locale", u.Locale},
                       {"DateCreated", u.DateCreated},
                       {"LastActive", u.LastActive},
                       {"PasswordLastSetDate", u.PasswordLastSetDate}};
}

inline void from_json(const nlohmann::json &j, User &u)
{
    read(j, "ID", u.ID);
    read(j, "CompanyID", u.CompanyID);
    read(j, "Username", u.Username);
    read(j, "Password", u.Password);
    read(j, "FirstName", u.FirstName);
    read(j, "LastName", u.LastName);
    read(j, "Email", u.Email);
    read(j, "Phone", u.Phone);
    read(j, "TermsAccepted", u.TermsAccepted);
    read(j, "Active", u.Active);
    read(j, "xp", u.xp);
    read(j, "AvailableRoles", u.AvailableRoles);
    read(j, "Locale", u.Locale);
    read(j, "DateCreated", u.DateCreated);
    read(j, "LastActive", u.LastActive);
    read(j, "PasswordLastSetDate", u.PasswordLastSetDate);
}

// GET /v1/me: the user plus the buyer it belongs to (absent for admin users).
struct MeBuyer
{
    QString ID;
    std::optional<QString> DefaultCatalogID;
};

struct MeUser : User
{
    std::optional<MeBuyer> Buyer;
};

inline void to_json(nlohmann::json &j, const MeBuyer &b)
{
    j = nlohmann::json{{"ID", b.ID}, {"DefaultCatalogID", b.DefaultCatalogID}};
}

inline void from_json(const nlohmann::json &j, MeBuyer &b)
{
    read(j, "ID", b.ID);
    read(j, "DefaultCatalogID", b.DefaultCatalogID);
}

inline void to_json(nlohmann::json &j, const MeUser &u)
{
    to_json(j, static_cast<const User &>(u));
    j["Buyer"] = u.Buyer;
}

inline void from_json(const nlohmann::json &j, MeUser &u)
{
    from_json(j, static_cast<User &>(u));
    read(j, "Buyer", u.Buyer);
}

} // namespace onbehalf::wire
