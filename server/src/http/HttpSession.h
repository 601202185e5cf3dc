#pragma once

#include "http/HttpServer.h"

#include <array>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <optional>

namespace onbehalf::server {

class Router;
struct HttpResponse;

// What all sessions of one HttpServer share.
struct HttpShared
{
    const Router &router;
    HttpServer::Options options;
    boost::asio::io_context &heavyContext;
    std::atomic<int> connections{0};
};

// One connection: waits for a request (idle timeout), reads its head (head limit, read timeout),
// refuses an oversized body from Content-Length before reading it, reads the body (cut at the
// limit, chunked too), answers, and loops while the connection is kept alive.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    enum class Mode
    {
        Serve,
        RefuseBusy // over the connection cap: answer 503 and close
    };

    HttpSession(boost::asio::ip::tcp::socket &&socket, HttpShared &shared, Mode mode);
    ~HttpSession();
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    void run();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

    void awaitRequest();
    void onFirstBytes(boost::beast::error_code ec, std::size_t bytes);
    void readHeader();
    void onHeader(boost::beast::error_code ec);
    void onBody(boost::beast::error_code ec);
    void handle();
    bool endedByReadError(boost::beast::error_code ec, const QString &notHttp);
    void refuse(int status, const char *code, const QString &message, int retryAfter = 0);
    void refuseTooLarge();
    void write(HttpResponse response, bool keepAlive);
    void onWritten(bool keepAlive, boost::beast::error_code ec);
    void linger();
    void onLinger(boost::beast::error_code ec);
    void close();

    boost::beast::tcp_stream m_stream;
    HttpShared &m_shared;
    Mode m_mode;
    bool m_counted;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    unsigned m_version = 11;
    bool m_head = false;
    std::shared_ptr<void> m_pending; // the response being written
    std::array<char, 16384> m_discard{};
};

} // namespace onbehalf::server
