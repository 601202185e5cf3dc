#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// An address set on an order or a line item (Order.BillingAddress, LineItem.ShippingAddress).
struct Address
{
    QString ID;
    std::optional<QDateTime> DateCreated;
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
    std::optional<QString> AddressName;
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

ONBEHALF_WIRE_FIELDS(Address)
{
    visit("ID", v.ID);
    visit("DateCreated", v.DateCreated);
    visit("CompanyName", v.CompanyName);
    visit("FirstName", v.FirstName);
    visit("LastName", v.LastName);
    visit("Street1", v.Street1);
    visit("Street2", v.Street2);
    visit("City", v.City);
    visit("State", v.State);
    visit("Zip", v.Zip);
    visit("Country", v.Country);
    visit("Phone", v.Phone);
    visit("AddressName", v.AddressName);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(Address)

} // namespace onbehalf::wire
