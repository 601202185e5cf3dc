#include "core/platform/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace onbehalf {

namespace {
constexpr qint64 kMaxLine = 2048; // a request is one short line; anything longer is not ours
const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_name(serverName(settingsFile))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &settingsFile)
{
    // The user and the settings location, hashed: a short name that fits any socket path.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray key = (user + QLatin1Char('\n') + QDir::cleanPath(settingsFile)).toUtf8();
    return QStringLiteral("onbehalf-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::Role SingleInstance::claim(const std::optional<ScreenPopRequest> &request, int timeoutMs)
{
    if (forward(request, timeoutMs))
        return Role::Forwarded;
    if (listen())
        return Role::Primary;
    // Another desk may have started listening at the same moment: try it once more.
    return forward(request, timeoutMs) ? Role::Forwarded : Role::Alone;
}

bool SingleInstance::forward(const std::optional<ScreenPopRequest> &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
#ifdef Q_OS_WIN
    // Windows lets only the foreground process hand the foreground on: this start (just launched
    // by the user or a phone system) allows the running desk to come to the front.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    socket.write(request ? request->encode() : kRaise);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the desk's acknowledgement, so the request was read before this process exits.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(kMaxLine) == kAck;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a desk that crashed answers nobody (forward() failed): reuse it.
        if (m_server->serverError() != QAbstractSocket::AddressInUseError || !QLocalServer::removeServer(m_name) ||
            !m_server->listen(m_name)) {
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never sends its line is dropped.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxLine)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxLine);
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            if (line == kRaise) {
                emit activationRequested(std::nullopt);
                return;
            }
            if (const std::optional<ScreenPopRequest> request = ScreenPopRequest::decode(line))
                emit activationRequested(request);
        });
    }
}

} // namespace onbehalf
