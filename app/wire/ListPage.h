#pragma once

#include "wire/Json.h"

#include <array>
#include <vector>

namespace onbehalf::wire {

// The Meta part of every OrderCloud list response; ItemRange is 1-based and inclusive.
struct Meta
{
    int Page = 1;
    int PageSize = 20;
    int TotalCount = 0;
    int TotalPages = 0;
    std::array<int, 2> ItemRange{0, 0};
};

inline void to_json(nlohmann::json &j, const Meta &m)
{
    j = nlohmann::json{{"Page", m.Page},
                       {"PageSize", m.PageSize},
                       {"TotalCount", m.TotalCount},
                       {"TotalPages", m.TotalPages},
                       {"ItemRange", m.ItemRange}};
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
}

template <typename T>
struct ListPage
{
    Meta meta;
    std::vector<T> items;
};

template <typename T>
void to_json(nlohmann::json &j, const ListPage<T> &p)
{
    j = nlohmann::json{{"Meta", p.meta}, {"Items", p.items}};
}

template <typename T>
void from_json(const nlohmann::json &j, ListPage<T> &p)
{
    read(j, "Meta", p.meta);
    read(j, "Items", p.items);
}

} // namespace onbehalf::wire
