#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace onbehalf::test {

// A marketplace without one route: forwards every request on 127.0.0.1 to the real server,
// except those whose path starts with `hidden`, which get OrderCloud's 404 for a missing route.
// Counts the requests it refused, so a test can see how often the desk asked.
class RouteHidingProxy : public QObject
{
public:
    RouteHidingProxy(const QUrl &target, QByteArray hidden) : m_target(target), m_hidden(std::move(hidden))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int refused() const { return m_refused; }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QNetworkRequest forward;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed(), value = lines[i].mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            else if (name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                     name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                forward.setRawHeader(name, value);
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray method = requestLine.value(0), target = requestLine.value(1);
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        if (target.startsWith(m_hidden)) {
            ++m_refused;
            answer(socket, 404, R"({"Errors":[{"ErrorCode":"NotFound","Message":"Route not found."}]})");
            return;
        }
        forward.setUrl(
            QUrl(m_target.toString(QUrl::RemovePath | QUrl::StripTrailingSlash) + QString::fromUtf8(target)));
        QNetworkReply *reply = m_network.sendCustomRequest(forward, method, body);
        QPointer<QTcpSocket> guard(socket);
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard] {
            reply->deleteLater();
            if (guard)
                answer(guard, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        });
    }

    static void answer(QTcpSocket *socket, int status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QUrl m_target;
    QByteArray m_hidden;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_refused = 0;
};

} // namespace onbehalf::test
