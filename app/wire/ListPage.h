#pragma once

#include "wire/Json.h"
#include "wire/Meta.h"

#include <vector>

namespace onbehalf::wire {

// Every OrderCloud list: {Meta, Items}.
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
