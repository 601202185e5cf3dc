#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A buyer user's private address (/v1/me/addresses) or an address set on an order.
struct Address
{
    QString ID;
    bool Shipping = true;
    bool Billing = false;
    std::optional<QString> AddressName;
    std::optional<QString> CompanyName;
    std::optional<QString> FirstName;
    std::optional<QString> LastName;
    QString Street1;
    std::optional<QString> Street2;
    QString City;
    QString State;
    QString Zip;
    QString Country;
    std::optional<QString> Phone;
    nlohmann::json xp = nlohmann::json::object();

    // One line for lists and confirmations: "Main office, 1 Health Way, Seattle WA 98101, US".
    QString oneLine() const
    {
        QStringList parts;
        if (AddressName && !AddressName->isEmpty())
            parts << *AddressName;
        parts << Street1;
        if (Street2 && !Street2->isEmpty())
            parts << *Street2;
        parts << QString(City + QLatin1Char(' ') + State + QLatin1Char(' ') + Zip).simplified() << Country;
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
};

inline void to_json(nlohmann::json &j, const Address &a)
{
    j = nlohmann::json{{"ID", a.ID},
                       {"Shipping", a.Shipping},
                       {"Billing", a.Billing},
                       {"AddressName", a.AddressName},
                       {"CompanyName", a.CompanyName},
                       {"FirstName", a.FirstName},
                       {"LastName", a.LastName},
                       {"Street1", a.Street1},
                       {"Street2", a.Street2},
                       {"City", a.City},
                       {"State", a.State},
                       {"Zip", a.Zip},
                       {"Country", a.Country},
                       {"Phone", a.Phone},
                       {"xp", xpOrEmpty(a.xp)}};
}

inline void from_json(const nlohmann::json &j, Address &a)
{
    read(j, "ID", a.ID);
    read(j, "Shipping", a.Shipping);
    read(j, "Billing", a.Billing);
    read(j, "AddressName", a.AddressName);
    read(j, "CompanyName", a.CompanyName);
    read(j, "FirstName", a.FirstName);
    read(j, "LastName", a.LastName);
    read(j, "Street1", a.Street1);
    read(j, "Street2", a.Street2);
    read(j, "City", a.City);
    read(j, "State", a.State);
    read(j, "Zip", a.Zip);
    read(j, "Country", a.Country);
    read(j, "Phone", a.Phone);
    read(j, "xp", a.xp);
}

} // namespace onbehalf::wire
