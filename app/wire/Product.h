#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

#include <vector>

namespace onbehalf::wire {

struct PriceBreak
{
    int Quantity = 1;
    Amount Price;
    std::optional<Amount> SalePrice;
};

inline void to_json(nlohmann::json &j, const PriceBreak &b)
{
    j = nlohmann::json{{"Quantity", b.Quantity}, {"Price", b.Price}, {"SalePrice", b.SalePrice}};
}

inline void from_json(const nlohmann::json &j, PriceBreak &b)
{
    read(j, "Quantity", b.Quantity);
    read(j, "Price", b.Price);
    read(j, "SalePrice", b.SalePrice);
}

// What a product costs and in which quantities it may be ordered.
struct PriceSchedule
{
    QString ID;
    QString Name;
    int MinQuantity = 1;
    std::optional<int> MaxQuantity;
    std::vector<PriceBreak> PriceBreaks;
    QString Currency = QStringLiteral("USD");
    nlohmann::json xp = nlohmann::json::object();

    // The break that applies to `quantity`: the largest break quantity not above it.
    Amount unitPrice(int quantity) const
    {
        const PriceBreak *best = nullptr;
        for (const PriceBreak &b : PriceBreaks) {
            if (b.Quantity <= quantity && (!best || b.Quantity > best->Quantity))
                best = &b;
        }
        if (!best) {
            for (const PriceBreak &b : PriceBreaks) {
                if (!best || b.Quantity < best->Quantity)
                    best = &b;
            }
        }
        if (!best)
            return {};
        return best->SalePrice ? *best->SalePrice : best->Price;
    }
};

inline void to_json(nlohmann::json &j, const PriceSchedule &p)
{
    j = nlohmann::json{{"ID", p.ID},
                       {"Name", p.Name},
                       {"MinQuantity", p.MinQuantity},
                       {"MaxQuantity", p.MaxQuantity},
                       {"PriceBreaks", p.PriceBreaks},
                       {"Currency", p.Currency},
                       {"xp", xpOrEmpty(p.xp)}};
}

inline void from_json(const nlohmann::json &j, PriceSchedule &p)
{
    read(j, "ID", p.ID);
    read(j, "Name", p.Name);
    read(j, "MinQuantity", p.MinQuantity);
    read(j, "MaxQuantity", p.MaxQuantity);
    read(j, "PriceBreaks", p.PriceBreaks);
    read(j, "Currency", p.Currency);
    read(j, "xp", p.xp);
}

struct Product
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
    bool Active = true;
    std::optional<QString> DefaultPriceScheduleID;
    int QuantityMultiplier = 1;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const Product &p)
{
    j = nlohmann::json{{"ID", p.ID},
                       {"Name", p.Name},
                       {"Description", p.Description},
                       {"Active", p.Active},
                       {"DefaultPriceScheduleID", p.DefaultPriceScheduleID},
                       {"QuantityMultiplier", p.QuantityMultiplier},
                       {"xp", xpOrEmpty(p.xp)}};
}

inline void from_json(const nlohmann::json &j, Product &p)
{
    read(j, "ID", p.ID);
    read(j, "Name", p.Name);
    read(j, "Description", p.Description);
    read(j, "Active", p.Active);
    read(j, "DefaultPriceScheduleID", p.DefaultPriceScheduleID);
    read(j, "QuantityMultiplier", p.QuantityMultiplier);
    read(j, "xp", p.xp);
}

// A product as a buyer sees it (GET /v1/me/products): with its price schedule.
struct BuyerProduct : Product
{
    std::optional<wire::PriceSchedule> PriceSchedule;
};

inline void to_json(nlohmann::json &j, const BuyerProduct &p)
{
    to_json(j, static_cast<const Product &>(p));
    j["PriceSchedule"] = p.PriceSchedule;
}

inline void from_json(const nlohmann::json &j, BuyerProduct &p)
{
    from_json(j, static_cast<Product &>(p));
    read(j, "PriceSchedule", p.PriceSchedule);
}

struct Catalog
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
    bool Active = true;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const Catalog &c)
{
    j = nlohmann::json{
        {"ID", c.ID}, {"Name", c.Name}, {"Description", c.Description}, {"Active", c.Active}, {"xp", xpOrEmpty(c.xp)}};
}

inline void from_json(const nlohmann::json &j, Catalog &c)
{
    read(j, "ID", c.ID);
    read(j, "Name", c.Name);
    read(j, "Description", c.Description);
    read(j, "Active", c.Active);
    read(j, "xp", c.xp);
}

} // namespace onbehalf::wire
