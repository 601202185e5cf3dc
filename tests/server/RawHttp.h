#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

namespace onbehalf::test {

// A bare HTTP/1.1 client on one TCP connection, for what QNetworkAccessManager hides:
// half-sent requests, huge declared lengths, oversized heads, connection counts and closes.
class RawHttp
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit RawHttp(const QUrl &server);
    bool connected() const;
    bool send(const QByteArray &bytes);
    // Reads one response (Content-Length framed); status 0 when none arrived within the time.
    Response read(int timeoutMs = 10000);
    // Waits until the server closed the connection; false on timeout.
    bool waitForClose(int timeoutMs);
    QTcpSocket &socket() { return *m_socket; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace onbehalf::test
