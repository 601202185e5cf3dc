#pragma once

#include "wire/Address.h"
#include "wire/Json.h"
#include "wire/Money.h"
#include "wire/User.h"

namespace onbehalf::wire {

struct Order
{
    QString ID;
    std::optional<User> FromUser;
    QString FromUserID;
    QString FromCompanyID;
    QString ToCompanyID;
    std::optional<QString> BillingAddressID;
    std::optional<Address> BillingAddress;
    std::optional<QString> ShippingAddressID;
    std::optional<QString> Comments;
    int LineItemCount = 0;
    QString Status = QStringLiteral("Unsubmitted");
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> DateSubmitted;
    Amount Subtotal;
    Amount ShippingCost;
    Amount TaxCost;
    Amount Total;
    QString Currency = QStringLiteral("USD");
    bool IsSubmitted = false;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const Order &o)
{
    j = nlohmann::json{{"ID", o.ID},
                       {"FromUser", o.FromUser},
                       {"FromUserID", o.FromUserID},
                       {"FromCompanyID", o.FromCompanyID},
                       {"ToCompanyID", o.ToCompanyID},
                       {"BillingAddressID", o.BillingAddressID},
                       {"BillingAddress", o.BillingAddress},
                       {"ShippingAddressID", o.ShippingAddressID},
                       {"Comments", o.Comments},
                       {"LineItemCount", o.LineItemCount},
                       {"Status", o.Status},
                       {"DateCreated", o.DateCreated},
                       {"DateSubmitted", o.DateSubmitted},
                       {"Subtotal", o.Subtotal},
                       {"ShippingCost", o.ShippingCost},
                       {"TaxCost", o.TaxCost},
                       {"Total", o.Total},
                       {"Currency", o.Currency},
                       {"IsSubmitted", o.IsSubmitted},
                       {"xp", xpOrEmpty(o.xp)}};
}

inline void from_json(const nlohmann::json &j, Order &o)
{
    read(j, "ID", o.ID);
    read(j, "FromUser", o.FromUser);
    read(j, "FromUserID", o.FromUserID);
    read(j, "FromCompanyID", o.FromCompanyID);
    read(j, "ToCompanyID", o.ToCompanyID);
    read(j, "BillingAddressID", o.BillingAddressID);
    read(j, "BillingAddress", o.BillingAddress);
    read(j, "ShippingAddressID", o.ShippingAddressID);
    read(j, "Comments", o.Comments);
    read(j, "LineItemCount", o.LineItemCount);
    read(j, "Status", o.Status);
    read(j, "DateCreated", o.DateCreated);
    read(j, "DateSubmitted", o.DateSubmitted);
    read(j, "Subtotal", o.Subtotal);
    read(j, "ShippingCost", o.ShippingCost);
    read(j, "TaxCost", o.TaxCost);
    read(j, "Total", o.Total);
    read(j, "Currency", o.Currency);
    read(j, "IsSubmitted", o.IsSubmitted);
    read(j, "xp", o.xp);
}

// The product as it was when the line was added.
struct LineItemProduct
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
};

inline void to_json(nlohmann::json &j, const LineItemProduct &p)
{
    j = nlohmann::json{{"ID", p.ID}, {"Name", p.Name}, {"Description", p.Description}};
}

inline void from_json(const nlohmann::json &j, LineItemProduct &p)
{
    read(j, "ID", p.ID);
    read(j, "Name", p.Name);
    read(j, "Description", p.Description);
}

struct LineItem
{
    QString ID;
    QString ProductID;
    int Quantity = 1;
    std::optional<QDateTime> DateAdded;
    Amount UnitPrice;
    Amount LineSubtotal;
    Amount LineTotal;
    std::optional<QString> ShippingAddressID;
    std::optional<Address> ShippingAddress;
    LineItemProduct Product;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const LineItem &l)
{
    j = nlohmann::json{{"ID", l.ID},
                       {"ProductID", l.ProductID},
                       {"Quantity", l.Quantity},
                       {"DateAdded", l.DateAdded},
                       {"UnitPrice", l.UnitPrice},
                       {"LineSubtotal", l.LineSubtotal},
                       {"LineTotal", l.LineTotal},
                       {"ShippingAddressID", l.ShippingAddressID},
                       {"ShippingAddress", l.ShippingAddress},
                       {"Product", l.Product},
                       {"xp", xpOrEmpty(l.xp)}};
}

inline void from_json(const nlohmann::json &j, LineItem &l)
{
    read(j, "ID", l.ID);
    read(j, "ProductID", l.ProductID);
    read(j, "Quantity", l.Quantity);
    read(j, "DateAdded", l.DateAdded);
    read(j, "UnitPrice", l.UnitPrice);
    read(j, "LineSubtotal", l.LineSubtotal);
    read(j, "LineTotal", l.LineTotal);
    read(j, "ShippingAddressID", l.ShippingAddressID);
    read(j, "ShippingAddress", l.ShippingAddress);
    read(j, "Product", l.Product);
    read(j, "xp", l.xp);
}

} // namespace onbehalf::wire
