#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace onbehalf::server {

// What a handler returns: a status and a JSON body (none for 204).
struct Reply
{
    int status = 200;
    nlohmann::json body;

    static Reply ok(nlohmann::json body) { return {200, std::move(body)}; }
    static Reply created(nlohmann::json body) { return {201, std::move(body)}; }
    static Reply noContent() { return {204, nullptr}; }
};

} // namespace onbehalf::server
