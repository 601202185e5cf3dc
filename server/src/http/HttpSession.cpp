#include "http/HttpSession.h"

#include "http/HttpError.h"
#include "http/HttpRequest.h"
#include "http/Router.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

namespace onbehalf::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// A client that keeps sending after its request was refused gets this long to stop, then the
// connection is closed (reading and discarding, so the refusal is not lost to a TCP reset).
constexpr auto kLingerTime = std::chrono::seconds(2);

HttpRequest toRequest(http::request<http::string_body> &&message, const tcp::endpoint &peer)
{
    HttpRequest::Headers headers;
    headers.reserve(qsizetype(std::distance(message.begin(), message.end())));
    for (const auto &field : message) {
        const auto name = field.name_string();
        const auto value = field.value();
        headers.append(
            {QByteArray(name.data(), qsizetype(name.size())), QByteArray(value.data(), qsizetype(value.size()))});
    }
    const auto method = message.method_string();
    const auto target = message.target();
    std::string &body = message.body();
    QHostAddress address;
    address.setAddress(QString::fromStdString(peer.address().to_string()));
    return HttpRequest(HttpRequest::methodFromName(QByteArray(method.data(), qsizetype(method.size()))),
                       QByteArray(target.data(), qsizetype(target.size())), std::move(headers),
                       QByteArray(body.data(), qsizetype(body.size())), address, peer.port());
}

} // namespace

HttpSession::HttpSession(tcp::socket &&socket, HttpShared &shared, Mode mode)
    : m_stream(std::move(socket)), m_shared(shared), m_mode(mode), m_counted(mode == Mode::Serve)
{
    if (m_counted)
        ++m_shared.connections;
}

HttpSession::~HttpSession()
{
    if (m_counted)
        --m_shared.connections;
}

void HttpSession::run()
{
    // Everything of this session runs on its strand (the socket's executor).
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
        if (self->m_mode == Mode::RefuseBusy)
            self->refuse(503, "ServiceUnavailable",
                         QStringLiteral("The server has too many connections open; try again shortly."), 1);
        else
            self->awaitRequest();
    });
}

void HttpSession::awaitRequest()
{
    if (m_buffer.size() > 0) { // the next request is already here (pipelining)
        readHeader();
        return;
    }
    // Between requests a connection may stay idle this long; then it is closed.
    m_stream.expires_after(m_shared.options.idleTimeout);
    m_stream.async_read_some(m_buffer.prepare(4096),
                             beast::bind_front_handler(&HttpSession::onFirstBytes, shared_from_this()));
}

void HttpSession::onFirstBytes(beast::error_code ec, std::size_t bytes)
{
    if (ec) {
        close();
        return;
    }
    m_buffer.commit(bytes);
    readHeader();
}

void HttpSession::readHeader()
{
    m_parser.emplace();
    m_parser->header_limit(std::uint32_t(m_shared.options.headerLimit));
    m_parser->body_limit(m_shared.options.bodyLimit);
    // From its first byte a request has this long to arrive whole (slow clients are cut off).
    m_stream.expires_after(m_shared.options.readTimeout);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void HttpSession::onHeader(beast::error_code ec)
{
    if (ec == http::error::header_limit) {
        refuse(431, "HeaderTooLarge",
               QStringLiteral("The request head is larger than %1 bytes.").arg(m_shared.options.headerLimit));
        return;
    }
    if (endedByReadError(ec, QStringLiteral("The request is not valid HTTP/1.1.")))
        return;
    const auto &head = m_parser->get();
    m_version = head.version();
    m_head = head.method() == http::verb::head;
    // Beast refuses a declared length over the limit already; said again here because it is the
    // point of the limit: nothing of such a body is read.
    if (const auto length = m_parser->content_length(); length && *length > m_shared.options.bodyLimit) {
        refuseTooLarge();
        return;
    }
    if (m_parser->is_done()) {
        handle();
        return;
    }
    auto readBody = [self = shared_from_this()] {
        http::async_read(self->m_stream, self->m_buffer, *self->m_parser,
                         [self](beast::error_code e, std::size_t) { self->onBody(e); });
    };
    if (beast::iequals(head[http::field::expect], "100-continue")) {
        auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, m_version);
        http::async_write(m_stream, *cont,
                          [self = shared_from_this(), cont, readBody](beast::error_code e, std::size_t) {
                              if (e)
                                  self->close();
                              else
                                  readBody();
                          });
        return;
    }
    readBody();
}

void HttpSession::onBody(beast::error_code ec)
{
    if (!endedByReadError(ec, QStringLiteral("The request body is not valid HTTP/1.1.")))
        handle();
}

// A read that ends the request: the body limit (413), the peer gone or the read timeout (the
// connection closes without an answer), or bytes that are not HTTP (400).
bool HttpSession::endedByReadError(beast::error_code ec, const QString &notHttp)
{
    if (ec == http::error::body_limit) {
        refuseTooLarge();
        return true;
    }
    if (ec == beast::error::timeout || ec == http::error::end_of_stream || ec == net::error::eof ||
        ec == net::error::connection_reset || ec == net::error::operation_aborted) {
        close();
        return true;
    }
    if (ec) {
        refuse(400, "InvalidRequest", notHttp);
        return true;
    }
    return false;
}

void HttpSession::refuseTooLarge()
{
    refuse(413, "PayloadTooLarge",
           QStringLiteral("The request body is larger than %1 bytes.").arg(m_shared.options.bodyLimit));
}

void HttpSession::handle()
{
    auto message = m_parser->release();
    m_parser.reset();
    const bool keepAlive = message.keep_alive();
    beast::error_code ec;
    const tcp::endpoint peer = m_stream.socket().remote_endpoint(ec);
    HttpRequest request = toRequest(std::move(message), peer);
    m_stream.expires_never(); // the handler's time is not the client's
    if (m_shared.router.isHeavy(request)) {
        // Password hashing and the like: on the heavy pool, so these threads stay free.
        net::post(m_shared.heavyContext, [self = shared_from_this(), request = std::move(request), keepAlive] {
            HttpResponse response = self->m_shared.router.dispatch(request);
            net::post(self->m_stream.get_executor(), [self, response = std::move(response), keepAlive]() mutable {
                self->write(std::move(response), keepAlive);
            });
        });
        return;
    }
    write(m_shared.router.dispatch(request), keepAlive);
}

void HttpSession::refuse(int status, const char *code, const QString &message, int retryAfter)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    const std::string text = HttpError(status, QString::fromLatin1(code), message).envelope().dump();
    response.body = QByteArray(text.data(), qsizetype(text.size()));
    if (retryAfter > 0)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    m_parser.reset();
    write(std::move(response), false);
}

void HttpSession::write(HttpResponse response, bool keepAlive)
{
    auto res = std::make_shared<http::response<http::string_body>>(http::status(unsigned(response.status)), m_version);
    if (!response.contentType.isEmpty())
        res->set(http::field::content_type,
                 beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
    for (const auto &[name, value] : response.headers)
        res->set(beast::string_view(name.constData(), std::size_t(name.size())),
                 beast::string_view(value.constData(), std::size_t(value.size())));
    res->body().assign(response.body.constData(), std::size_t(response.body.size()));
    res->keep_alive(keepAlive);
    res->prepare_payload();
    if (m_head)
        res->body().clear(); // the length stays, the content is not sent
    m_pending = res;
    // A client that does not read its answer is cut off like one that does not send.
    m_stream.expires_after(m_shared.options.readTimeout);
    http::async_write(m_stream, *res, [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t) {
        self->onWritten(keepAlive, ec);
    });
}

void HttpSession::onWritten(bool keepAlive, beast::error_code ec)
{
    m_pending.reset();
    if (ec) {
        close();
        return;
    }
    if (!keepAlive) {
        linger();
        return;
    }
    m_head = false;
    awaitRequest();
}

void HttpSession::linger()
{
    beast::error_code ec;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
        close();
        return;
    }
    m_stream.expires_after(kLingerTime);
    m_stream.async_read_some(net::buffer(m_discard),
                             [self = shared_from_this()](beast::error_code e, std::size_t) { self->onLinger(e); });
}

void HttpSession::onLinger(beast::error_code ec)
{
    if (ec) {
        close();
        return;
    }
    // The deadline set in linger() still runs: discard until the client stops or time is up.
    m_stream.async_read_some(net::buffer(m_discard),
                             [self = shared_from_this()](beast::error_code e, std::size_t) { self->onLinger(e); });
}

void HttpSession::close()
{
    beast::error_code ec;
    m_stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    m_stream.close();
}

} // namespace onbehalf::server
