#include "http/HttpServer.h"

#include "http/HttpSession.h"

#include <QLoggingCategory>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcServer, "onbehalf.server.transport", QtInfoMsg)

namespace onbehalf::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Accepts connections: each becomes a session on a strand of its own, or, past the cap, a
// short 503. Accept errors (out of file descriptors) pause accepting briefly instead of spinning.
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(net::io_context &context, HttpShared &shared)
        : m_context(context), m_acceptor(context), m_shared(shared), m_pause(context)
    {}

    bool open(const tcp::endpoint &endpoint, QString *error)
    {
        boost::system::error_code ec;
        m_acceptor.open(endpoint.protocol(), ec);
        if (!ec)
            m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
        if (!ec)
            m_acceptor.bind(endpoint, ec);
        if (!ec)
            m_acceptor.listen(net::socket_base::max_listen_connections, ec);
        if (ec) {
            *error = QString::fromStdString(ec.message());
            return false;
        }
        return true;
    }

    quint16 port() const
    {
        boost::system::error_code ec;
        return m_acceptor.local_endpoint(ec).port();
    }

    void accept()
    {
        m_acceptor.async_accept(net::make_strand(m_context),
                                [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
                                    self->onAccept(ec, std::move(socket));
                                });
    }

    void close()
    {
        boost::system::error_code ec;
        m_acceptor.close(ec);
        m_pause.cancel();
    }

private:
    void onAccept(boost::system::error_code ec, tcp::socket socket)
    {
        if (ec == net::error::operation_aborted || !m_acceptor.is_open())
            return;
        if (ec) {
            qCWarning(lcServer) << "accept failed:" << ec.message().c_str();
            m_pause.expires_after(std::chrono::milliseconds(100));
            m_pause.async_wait([self = shared_from_this()](boost::system::error_code e) {
                if (!e)
                    self->accept();
            });
            return;
        }
        boost::system::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        const bool full = m_shared.connections.load() >= m_shared.options.maxConnections;
        std::make_shared<HttpSession>(std::move(socket), m_shared,
                                      full ? HttpSession::Mode::RefuseBusy : HttpSession::Mode::Serve)
            ->run();
        accept();
    }

    net::io_context &m_context;
    tcp::acceptor m_acceptor;
    HttpShared &m_shared;
    net::steady_timer m_pause;
};

// Heavy work (password hashing) runs at a lower CPU priority, so the threads that answer
// everything else get the cores first when both are busy.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
#endif
}

} // namespace

struct HttpServer::Impl
{
    Impl(const Router &router, Options o) : options(o), shared{router, o, heavyContext} {}

    Options options;
    // Declared before the contexts: sessions still queued when a context is destroyed use it.
    HttpShared shared;
    net::io_context heavyContext;
    net::io_context context;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> heavyWork;
    std::shared_ptr<Listener> listener;
    std::vector<std::thread> threads;
    bool stopped = false;
};

int HttpServer::defaultThreads()
{
    return std::max(1, int(std::thread::hardware_concurrency()));
}

HttpServer::HttpServer(const Router &router, Options options) : d(std::make_unique<Impl>(router, options))
{
    if (d->options.threads <= 0)
        d->options.threads = defaultThreads();
    if (d->options.heavyThreads <= 0)
        d->options.heavyThreads = defaultThreads();
    d->shared.options = d->options;
}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::listen(QString *error)
{
    boost::system::error_code ec;
    const auto address = net::ip::make_address(d->options.address.toString().toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("invalid address %1").arg(d->options.address.toString());
        return false;
    }
    d->listener = std::make_shared<Listener>(d->context, d->shared);
    QString reason;
    if (!d->listener->open(tcp::endpoint(address, d->options.port), &reason)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(d->options.address.toString())
                     .arg(d->options.port)
                     .arg(reason);
        d->listener.reset();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return d->listener ? d->listener->port() : 0;
}

void HttpServer::start(std::function<void()> threadEnd)
{
    d->work.emplace(d->context.get_executor());
    d->heavyWork.emplace(d->heavyContext.get_executor());
    d->listener->accept();
    for (int i = 0; i < d->options.threads; ++i) {
        d->threads.emplace_back([this, threadEnd] {
            d->context.run();
            if (threadEnd)
                threadEnd();
        });
    }
    for (int i = 0; i < d->options.heavyThreads; ++i) {
        d->threads.emplace_back([this, threadEnd] {
            lowerThreadPriority();
            d->heavyContext.run();
            if (threadEnd)
                threadEnd();
        });
    }
}

void HttpServer::stop()
{
    if (d->stopped)
        return;
    d->stopped = true;
    if (d->listener)
        net::post(d->context, [listener = d->listener] { listener->close(); });
    d->work.reset();
    d->heavyWork.reset();
    d->context.stop();
    d->heavyContext.stop();
    for (std::thread &t : d->threads)
        t.join();
    d->threads.clear();
    d->listener.reset();
}

int HttpServer::connectionCount() const
{
    return d->shared.connections.load();
}

} // namespace onbehalf::server
