#include "wire/ApiRoles.h"

namespace onbehalf::wire {

const QStringList &builtInRoles()
{
    static const QStringList roles = [] {
        static const char *const names[] = {"FullAccess",
                                            "AddressAdmin",
                                            "AddressReader",
                                            "AdminAddressAdmin",
                                            "AdminAddressReader",
                                            "AdminUserAdmin",
                                            "AdminUserGroupAdmin",
                                            "AdminUserGroupReader",
                                            "AdminUserReader",
                                            "ApiClientAdmin",
                                            "ApiClientReader",
                                            "ApprovalRuleAdmin",
                                            "ApprovalRuleReader",
                                            "BuyerAdmin",
                                            "BuyerImpersonation",
                                            "BuyerReader",
                                            "BuyerUserAdmin",
                                            "BuyerUserReader",
                                            "CatalogAdmin",
                                            "CatalogReader",
                                            "CategoryAdmin",
                                            "CategoryReader",
                                            "CostCenterAdmin",
                                            "CostCenterReader",
                                            "CreditCardAdmin",
                                            "CreditCardReader",
                                            "DeliveryConfigAdmin",
                                            "DeliveryConfigReader",
                                            "IncentiveAdmin",
                                            "IncentiveReader",
                                            "IntegrationEventAdmin",
                                            "IntegrationEventReader",
                                            "InventoryAdmin",
                                            "LocaleAdmin",
                                            "LocaleReader",
                                            "MeAddressAdmin",
                                            "MeAdmin",
                                            "MeCreditCardAdmin",
                                            "MessageConfigAssignmentAdmin",
                                            "MeSubscriptionAdmin",
                                            "MeXpAdmin",
                                            "OpenIDConnectAdmin",
                                            "OpenIDConnectReader",
                                            "OrderAdmin",
                                            "OrderReader",
                                            "OverrideShipping",
                                            "OverrideTax",
                                            "OverrideUnitPrice",
                                            "PasswordReset",
                                            "PriceScheduleAdmin",
                                            "PriceScheduleReader",
                                            "ProductAdmin",
                                            "ProductAssignmentAdmin",
                                            "ProductFacetAdmin",
                                            "ProductFacetReader",
                                            "ProductReader",
                                            "PromotionAdmin",
                                            "PromotionReader",
                                            "SecurityProfileAdmin",
                                            "SecurityProfileReader",
                                            "SetSecurityProfile",
                                            "ShipmentAdmin",
                                            "ShipmentReader",
                                            "Shopper",
                                            "SpendingAccountAdmin",
                                            "SpendingAccountReader",
                                            "SupplierAddressAdmin",
                                            "SupplierAddressReader",
                                            "SupplierAdmin",
                                            "SupplierReader",
                                            "SupplierUserAdmin",
                                            "SupplierUserGroupAdmin",
                                            "SupplierUserGroupReader",
                                            "SupplierUserReader",
                                            "UnsubmittedOrderReader",
                                            "UserGroupAdmin",
                                            "UserGroupReader",
                                            "WebhookAdmin",
                                            "WebhookReader",
                                            "XpIndexAdmin"};
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    }();
    return roles;
}

bool isBuiltInRole(const QString &role)
{
    return builtInRoles().contains(role);
}

} // namespace onbehalf::wire
