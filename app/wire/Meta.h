#pragma once

#include "wire/Json.h"

#include <array>
#include <vector>

namespace onbehalf::wire {

// The Meta part of every OrderCloud list response; ItemRange is 1-based and inclusive.
// NextPageKey is set by lists paged by key instead of page number (null otherwise).
struct Meta
{
    int Page = 1;
    int PageSize = 20;
    int TotalCount = 0;
    int TotalPages = 0;
    std::array<int, 2> ItemRange{0, 0};
    std::optional<QString> NextPageKey;
};

inline void to_json(nlohmann::json &j, const Meta &m)
{
    j = nlohmann::json{{"Page", m.Page},
                       {"PageSize", m.PageSize},
                       {"TotalCount", m.TotalCount},
                       {"TotalPages", m.TotalPages},
                       {"ItemRange", m.ItemRange},
                       {"NextPageKey", m.NextPageKey}};
}

inline void from_json(const nlohmann::json &j, Meta &m)
{
    read(j, "Page", m.Page);
    read(j, "PageSize", m.PageSize);
    read(j, "TotalCount", m.TotalCount);
    read(j, "TotalPages", m.TotalPages);
    std::vector<int> range;
    read(j, "ItemRange", range);
    if (range.size() == 2)
        m.ItemRange = {range[0], range[1]};
    read(j, "NextPageKey", m.NextPageKey);
}

} // namespace onbehalf::wire
