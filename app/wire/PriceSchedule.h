#pragma once

#include "wire/Json.h"
#include "wire/Money.h"
#include "wire/PriceBreak.h"

#include <vector>

namespace onbehalf::wire {

// What a product costs and in which quantities it may be ordered.
struct PriceSchedule
{
    std::optional<QString> OwnerID;
    QString ID;
    QString Name;
    bool ApplyTax = false;
    bool ApplyShipping = false;
    int MinQuantity = 1;
    std::optional<int> MaxQuantity;
    bool UseCumulativeQuantity = false;
    bool RestrictedQuantity = false;
    std::vector<PriceBreak> PriceBreaks;
    QString Currency = QStringLiteral("USD");
    std::optional<QDateTime> SaleStart;
    std::optional<QDateTime> SaleEnd;
    bool IsOnSale = false; // read-only: the marketplace's verdict when it answered
    nlohmann::json xp = nlohmann::json::object();

    // The sale window holds `now`: it has started (SaleStart set and passed) and not ended.
    // A schedule without SaleStart is never on sale (documented choice; OrderCloud sets both).
    bool saleWindowHolds(const QDateTime &now) const
    {
        return SaleStart && SaleStart->isValid() && *SaleStart <= now &&
               (!SaleEnd || !SaleEnd->isValid() || now < *SaleEnd);
    }

    // The break that applies to `quantity`: the largest break quantity not above it (else the smallest).
    const PriceBreak *breakFor(int quantity) const
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
        return best;
    }

    // What one unit of break `b` costs at time `now`: SalePrice only while the schedule is on
    // sale (IsOnSale as answered) and the window holds now; Price otherwise.
    Amount effectivePrice(const PriceBreak &b, const QDateTime &now) const
    {
        return b.SalePrice && IsOnSale && saleWindowHolds(now) ? *b.SalePrice : b.Price;
    }

    Amount unitPrice(int quantity, const QDateTime &now) const
    {
        const PriceBreak *b = breakFor(quantity);
        return b ? effectivePrice(*b, now) : Amount();
    }
};

ONBEHALF_WIRE_FIELDS(PriceSchedule)
{
    visit("OwnerID", v.OwnerID);
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("ApplyTax", v.ApplyTax);
    visit("ApplyShipping", v.ApplyShipping);
    visit("MinQuantity", v.MinQuantity);
    visit("MaxQuantity", v.MaxQuantity);
    visit("UseCumulativeQuantity", v.UseCumulativeQuantity);
    visit("RestrictedQuantity", v.RestrictedQuantity);
    visit("PriceBreaks", v.PriceBreaks);
    visit("Currency", v.Currency);
    visit("SaleStart", v.SaleStart);
    visit("SaleEnd", v.SaleEnd);
    visit("IsOnSale", v.IsOnSale);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(PriceSchedule)

} // namespace onbehalf::wire
