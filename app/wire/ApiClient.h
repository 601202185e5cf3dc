#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// An API client ("application"): which users may get tokens through it and for how long.
struct ApiClient
{
    QString ID;
    std::optional<QString> ClientSecret;
    int AccessTokenDuration = 600; // minutes
    bool Active = true;
    QString AppName;
    int RefreshTokenDuration = 0; // minutes; 0 = no refresh tokens
    int AnonymousTokenDuration = 0;
    std::optional<QString> DefaultContextUserName;
    nlohmann::json xp = nlohmann::json::object();
    bool AllowAnyBuyer = false;
    bool AllowAnySupplier = false;
    bool AllowSeller = false;
    bool IsAnonBuyer = false;
    std::optional<int> AssignedBuyerCount;
    std::optional<int> AssignedSupplierCount;
    std::optional<QString> OrderCheckoutIntegrationEventID;
    std::optional<QString> OrderCheckoutIntegrationEventName;
    std::optional<QString> OrderReturnIntegrationEventID;
    std::optional<QString> OrderReturnIntegrationEventName;
    std::optional<QString> AddToCartIntegrationEventID;
    std::optional<QString> AddToCartIntegrationEventName;
    QStringList MinimumRequiredRoles;
    QStringList MinimumRequiredCustomRoles;
    QStringList MaximumGrantedRoles;
    QStringList MaximumGrantedCustomRoles;
};

ONBEHALF_WIRE_FIELDS(ApiClient)
{
    visit("ID", v.ID);
    visit("ClientSecret", v.ClientSecret);
    visit("AccessTokenDuration", v.AccessTokenDuration);
    visit("Active", v.Active);
    visit("AppName", v.AppName);
    visit("RefreshTokenDuration", v.RefreshTokenDuration);
    visit("AnonymousTokenDuration", v.AnonymousTokenDuration);
    visit("DefaultContextUserName", v.DefaultContextUserName);
    visit("xp", v.xp);
    visit("AllowAnyBuyer", v.AllowAnyBuyer);
    visit("AllowAnySupplier", v.AllowAnySupplier);
    visit("AllowSeller", v.AllowSeller);
    visit("IsAnonBuyer", v.IsAnonBuyer);
    visit("AssignedBuyerCount", v.AssignedBuyerCount);
    visit("AssignedSupplierCount", v.AssignedSupplierCount);
    visit("OrderCheckoutIntegrationEventID", v.OrderCheckoutIntegrationEventID);
    visit("OrderCheckoutIntegrationEventName", v.OrderCheckoutIntegrationEventName);
    visit("OrderReturnIntegrationEventID", v.OrderReturnIntegrationEventID);
    visit("OrderReturnIntegrationEventName", v.OrderReturnIntegrationEventName);
    visit("AddToCartIntegrationEventID", v.AddToCartIntegrationEventID);
    visit("AddToCartIntegrationEventName", v.AddToCartIntegrationEventName);
    visit("MinimumRequiredRoles", v.MinimumRequiredRoles);
    visit("MinimumRequiredCustomRoles", v.MinimumRequiredCustomRoles);
    visit("MaximumGrantedRoles", v.MaximumGrantedRoles);
    visit("MaximumGrantedCustomRoles", v.MaximumGrantedCustomRoles);
}
ONBEHALF_WIRE_JSON(ApiClient)

} // namespace onbehalf::wire
