#pragma once

#include <QHostAddress>
#include <QString>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

namespace onbehalf::server {

class Router;

// The HTTP/1.1 transport (Boost.Beast over Boost.Asio): one session per connection, limits
// enforced while reading, read and idle timeouts, a cap on connections, an io_context run by N
// threads (handlers run on them), and a small pool of its own for routes the Router marks heavy.
// Plain HTTP: TLS is terminated by a reverse proxy.
class HttpServer
{
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8090;
        int threads = 0;      // 0: one per core
        int heavyThreads = 0; // 0: one per core
        int maxConnections = 2048;
        std::size_t headerLimit = 64 * 1024;
        std::size_t bodyLimit = 1024 * 1024;
        std::chrono::milliseconds readTimeout{15000};
        std::chrono::milliseconds idleTimeout{60000};
    };

    HttpServer(const Router &router, Options options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and listens; the threads start with start().
    bool listen(QString *error);
    quint16 port() const;
    // Runs `threadEnd` on each worker thread as it finishes (to close its database connection).
    void start(std::function<void()> threadEnd);
    // Stops accepting, lets running handlers finish, joins the threads. Idempotent.
    void stop();

    int connectionCount() const;

    static int defaultThreads();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace onbehalf::server
