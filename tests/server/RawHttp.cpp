#include "RawHttp.h"

#include <QDeadlineTimer>

namespace onbehalf::test {

QByteArray RawHttp::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttp::RawHttp(const QUrl &server) : m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->connectToHost(server.host(), quint16(server.port()));
    m_socket->waitForConnected(5000);
}

bool RawHttp::connected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawHttp::send(const QByteArray &bytes)
{
    if (m_socket->write(bytes) != bytes.size())
        return false;
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(5000))
            return false;
    }
    return true;
}

RawHttp::Response RawHttp::read(int timeoutMs)
{
    Response r;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    qint64 length = -1;
    for (;;) {
        m_buffer += m_socket->readAll();
        if (headEnd < 0) {
            headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                r.status = statusLine.value(1).toInt();
                length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines.at(i).left(colon).trimmed();
                    const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                    r.headers.append({name, value});
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
            }
        }
        if (headEnd >= 0 && m_buffer.size() >= headEnd + 4 + length) {
            r.body = m_buffer.mid(headEnd + 4, length);
            m_buffer.remove(0, headEnd + 4 + length);
            return r;
        }
        if (deadline.hasExpired() || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_buffer += m_socket->readAll();
            if (headEnd >= 0 && m_buffer.size() >= headEnd + 4 + length) {
                r.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return r;
            }
            return Response{};
        }
        m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 200))));
    }
}

bool RawHttp::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 200))));
        m_socket->readAll();
    }
    return true;
}

} // namespace onbehalf::test
