#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace onbehalf::server {

// What a handler returns: a status and a JSON body (none for 204), or for the few documents that
// are not JSON (a receipt as text or HTML) the bytes and their content type.
struct Reply
{
    Reply() = default;
    Reply(int status_, nlohmann::json body_) : status(status_), body(std::move(body_)) {}

    int status = 200;
    nlohmann::json body;
    QByteArray contentType; // set: `raw` is the body, not `body`
    QByteArray raw;

    static Reply ok(nlohmann::json body) { return {200, std::move(body)}; }
    static Reply created(nlohmann::json body) { return {201, std::move(body)}; }
    static Reply noContent() { return {204, nullptr}; }
    static Reply document(QByteArray contentType, QByteArray bytes)
    {
        Reply r(200, nullptr);
        r.contentType = std::move(contentType);
        r.raw = std::move(bytes);
        return r;
    }
};

} // namespace onbehalf::server
