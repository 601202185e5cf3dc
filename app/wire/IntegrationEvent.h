#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A marketplace's integration (an order-checkout integration, for one). EventType is
// OrderCheckout, OpenIDConnect, … ; ConfigData is free JSON handed to the integration.
struct IntegrationEvent
{
    QStringList ElevatedRoles;
    QString ID;
    nlohmann::json ConfigData;
    std::optional<QString> EventType;
    QString CustomImplementationUrl;
    std::optional<QString> CustomAuthHeaderName;
    std::optional<QString> CustomAuthHeaderValue;
    QString Name;
    QString HashKey;
};

ONBEHALF_WIRE_FIELDS(IntegrationEvent)
{
    visit("ElevatedRoles", v.ElevatedRoles);
    visit("ID", v.ID);
    visit("ConfigData", v.ConfigData);
    visit("EventType", v.EventType);
    visit("CustomImplementationUrl", v.CustomImplementationUrl);
    visit("CustomAuthHeaderName", v.CustomAuthHeaderName);
    visit("CustomAuthHeaderValue", v.CustomAuthHeaderValue);
    visit("Name", v.Name);
    visit("HashKey", v.HashKey);
}
ONBEHALF_WIRE_JSON(IntegrationEvent)

} // namespace onbehalf::wire
