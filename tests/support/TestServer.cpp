#include "TestServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace onbehalf::test {

QString TestServer::serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("ONBEHALF_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/onbehalf-server");
}

TestServer::TestServer()
{
    m_postgres = qEnvironmentVariable("ONBEHALF_TEST_DATABASE") == QLatin1String("postgresql");
}

TestServer::~TestServer()
{
    stop();
    dropPostgresDatabase();
}

bool TestServer::createPostgresDatabase()
{
    const QUrl admin(qEnvironmentVariable("ONBEHALF_TEST_PG_URL"));
    if (!admin.isValid() || admin.host().isEmpty()) {
        m_error = QStringLiteral("ONBEHALF_TEST_PG_URL is not set; run the suite through scripts/test.sh");
        return false;
    }
    m_pgDatabase = QStringLiteral("obt_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    {
        const QString conn = QStringLiteral("admin-") + m_pgDatabase;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        if (!db.open()) {
            m_error = QStringLiteral("cannot reach PostgreSQL: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase))
                m_error = QStringLiteral("cannot create database: ") + q.lastError().text();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(conn);
    }
    if (!m_error.isEmpty())
        return false;
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + m_pgDatabase);
    m_databaseUrl = url.toString();
    return true;
}

void TestServer::dropPostgresDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    const QUrl admin(qEnvironmentVariable("ONBEHALF_TEST_PG_URL"));
    const QString conn = QStringLiteral("drop-") + m_pgDatabase;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase);
            db.close();
        }
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(conn);
    m_pgDatabase.clear();
}

bool TestServer::start(const Options &options)
{
    if (!options.attachTo.isEmpty()) {
        m_databaseUrl = options.attachTo;
        return launch(options);
    }
    if (m_postgres) {
        if (!createPostgresDatabase())
            return false;
    } else {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return false;
        }
        m_databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("market.sqlite"));
    }
    return launch(options);
}

bool TestServer::restart(const Options &options)
{
    return stop() && launch(options);
}

bool TestServer::launch(const Options &options)
{
    m_process = std::make_unique<QProcess>();
    // A restart keeps the port, so clients pointed at the server reach it again.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_url.isValid() ? m_url.port() : 0);
    QStringList args{QStringLiteral("--listen"),   listen,
                     QStringLiteral("--database"), m_databaseUrl,
                     QStringLiteral("--seed"),     options.demo ? QStringLiteral("demo") : QStringLiteral("none")};
    if (options.seedUsers > 0)
        args << QStringLiteral("--seed-users") << QString::number(options.seedUsers);
    if (options.accessTokenLifetime > 0)
        args << QStringLiteral("--access-token-lifetime") << QString::number(options.accessTokenLifetime);
    m_keyFile = options.signingKeyFile;
    if (m_keyFile.isEmpty() && m_postgres && options.signingKey) {
        m_keyFile = m_dir.filePath(QStringLiteral("signing-key.pem"));
        if (!QFile::exists(m_keyFile)) {
            QProcess generate;
            generate.start(serverBinary(), {QStringLiteral("keys"), QStringLiteral("generate"),
                                            QStringLiteral("--signing-key"), m_keyFile});
            if (!generate.waitForFinished(60000) || generate.exitCode() != 0) {
                m_error =
                    QStringLiteral("cannot make a signing key: ") + QString::fromUtf8(generate.readAllStandardError());
                return false;
            }
        }
    }
    if (!m_keyFile.isEmpty())
        args << QStringLiteral("--signing-key") << m_keyFile;
    else if (!m_postgres)
        m_keyFile = m_databaseUrl.mid(int(qstrlen("sqlite:"))) + QStringLiteral(".signing-key.pem");
    args << options.extraArguments;
    m_process->setProgram(serverBinary());
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process->errorString());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(options.startTimeoutMs);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("listening on ")) {
        m_stderr = m_process->readAllStandardError();
        m_error = QStringLiteral("server did not start: ") + QString::fromUtf8(m_stderr);
        return false;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(int(qstrlen("listening on ")))));
    return true;
}

bool TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        m_error = QStringLiteral("server did not stop on SIGTERM");
        return false;
    }
    m_stderr += m_process->readAllStandardError();
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return true;
}

nlohmann::json Http::Response::json() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QString Http::Response::errorCode() const
{
    const nlohmann::json j = json();
    if (j.is_object() && j.contains("Errors") && j["Errors"].is_array() && !j["Errors"].empty())
        return QString::fromStdString(j["Errors"][0].value("ErrorCode", std::string()));
    return {};
}

Http::Response Http::request(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QByteArray &token, const QByteArray &contentType)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Http::Response Http::post(const QString &path, const nlohmann::json &body, const QByteArray &token)
{
    return request("POST", path, QByteArray::fromStdString(body.dump()), token);
}

Http::Response Http::put(const QString &path, const nlohmann::json &body, const QByteArray &token)
{
    return request("PUT", path, QByteArray::fromStdString(body.dump()), token);
}

Http::Response Http::patch(const QString &path, const nlohmann::json &body, const QByteArray &token)
{
    return request("PATCH", path, QByteArray::fromStdString(body.dump()), token);
}

Http::Response Http::token(const QList<QPair<QString, QString>> &form)
{
    QUrlQuery q;
    for (const auto &[k, v] : form)
        q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
    return request("POST", QStringLiteral("/oauth/token"), q.query(QUrl::FullyEncoded).toUtf8(), {},
                   "application/x-www-form-urlencoded");
}

QByteArray Http::login(const QString &username, const QString &password, const QString &clientId, const QString &scope)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                        {QStringLiteral("client_id"), clientId},
                                        {QStringLiteral("username"), username},
                                        {QStringLiteral("password"), password}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    const Response r = token(form);
    if (r.status != 200) {
        qWarning("login of %s failed: %d %s", qPrintable(username), r.status, r.body.constData());
        return {};
    }
    return QByteArray::fromStdString(r.json().value("access_token", std::string()));
}

Http::Response requestFrom(const QString &source, const QUrl &base, const QByteArray &method, const QString &path,
                           const QByteArray &body, const QByteArray &contentType,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &caCertificatePem)
{
    Http::Response r;
    QSslSocket socket;
    if (!socket.bind(QHostAddress(source))) {
        qWarning("cannot bind %s: %s", qPrintable(source), qPrintable(socket.errorString()));
        return r;
    }
    const quint16 port = quint16(base.port(base.scheme() == QLatin1String("https") ? 443 : 80));
    if (caCertificatePem.isEmpty()) {
        socket.connectToHost(base.host(), port);
        if (!socket.waitForConnected(10000))
            return r;
    } else {
        QSslConfiguration tls = socket.sslConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(caCertificatePem));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(base.host(), port);
        if (!socket.waitForEncrypted(10000)) {
            qWarning("TLS to %s failed: %s", qPrintable(base.toString()), qPrintable(socket.errorString()));
            return r;
        }
    }
    QByteArray head = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8() + ':' +
                      QByteArray::number(port) + "\r\nConnection: close\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[k, v] : headers)
        head += k + ": " + v + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray raw;
    QDeadlineTimer deadline(30000);
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (!deadline.hasExpired()) {
        raw += socket.readAll();
        if (headerEnd < 0 && (headerEnd = raw.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headerEnd >= 0 && length >= 0 && raw.size() >= headerEnd + 4 + length)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(1000);
    }
    headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return r;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    r.body = raw.mid(headerEnd + 4);
    if (length >= 0)
        r.body.truncate(length);
    return r;
}

nlohmann::json jwtClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return nullptr;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return nlohmann::json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
}

QString jsonField(const nlohmann::json &item, const char *name)
{
    return item.is_object() && item.contains(name) && item[name].is_string()
               ? QString::fromStdString(item[name].get<std::string>())
               : QString();
}

QString withQuery(const QString &path, const QList<QPair<QString, QString>> &params)
{
    QString out = path;
    QChar sep = QLatin1Char('?');
    for (const auto &[k, v] : params) {
        out += sep + QString::fromLatin1(QUrl::toPercentEncoding(k)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(v));
        sep = QLatin1Char('&');
    }
    return out;
}

} // namespace onbehalf::test
