#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <nlohmann/json.hpp>

namespace onbehalf::test {

// The real onbehalf-server, started as a process on a free loopback port with a throw-away
// database: a temporary SQLite file, or a fresh PostgreSQL database when the suite runs with
// ONBEHALF_TEST_DATABASE=postgresql (ONBEHALF_TEST_PG_URL names the server, set by scripts/test.sh).
class TestServer
{
public:
    struct Options
    {
        bool demo = true;
        int seedUsers = 0;
        int accessTokenLifetime = 0;
        QStringList extraArguments;
        // On PostgreSQL a signing key file is required: one is made in the server's folder unless
        // this is false or signingKeyFile names one (e.g. another instance's, to share it).
        bool signingKey = true;
        QString signingKeyFile;
        // Another TestServer's database URL: this one runs on it as a second instance (no own database).
        QString attachTo;
        // How long the server may take to listen (seeding included): benchmarks seeding a million
        // rows need more than the suites.
        int startTimeoutMs = 120000;
    };

    TestServer();
    ~TestServer();

    bool start(const Options &options);
    bool start() { return start(Options{}); }
    // Stops the process (SIGTERM, as an operator would) and waits for a clean exit.
    bool stop();
    // Starts again on the same database.
    bool restart(const Options &options);

    QUrl url() const { return m_url; }
    QString databaseUrl() const { return m_databaseUrl; }
    // The private signing key file this instance uses (next to SQLite, or made for PostgreSQL).
    QString signingKeyFile() const { return m_keyFile; }
    bool isPostgres() const { return m_postgres; }
    QString errorString() const { return m_error; }
    int exitCode() const { return m_exitCode; }
    QByteArray standardError() const { return m_stderr; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; } // benchmarks read its RSS

    static QString serverBinary();

private:
    bool launch(const Options &options);
    bool createPostgresDatabase();
    void dropPostgresDatabase();

    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    QUrl m_url;
    QString m_databaseUrl;
    QString m_keyFile;
    QString m_pgDatabase;
    bool m_postgres = false;
    QString m_error;
    int m_exitCode = -1;
    QByteArray m_stderr;
};

// A small synchronous HTTP client for tests (a nested event loop per call is fine here;
// the app itself never blocks).
class Http
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        nlohmann::json json() const;
        QString errorCode() const; // Errors[0].ErrorCode, or ""
    };

    explicit Http(QUrl base) : m_base(std::move(base)) {}

    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QByteArray &token = {}, const QByteArray &contentType = "application/json");
    Response get(const QString &path, const QByteArray &token = {}) { return request("GET", path, {}, token); }
    Response post(const QString &path, const nlohmann::json &body, const QByteArray &token = {});
    Response put(const QString &path, const nlohmann::json &body, const QByteArray &token = {});
    Response patch(const QString &path, const nlohmann::json &body, const QByteArray &token = {});
    Response del(const QString &path, const QByteArray &token = {}) { return request("DELETE", path, {}, token); }

    // POST /oauth/token with a form body.
    Response token(const QList<QPair<QString, QString>> &form);
    // A password-grant access token, or an empty array (with a test failure message) on error.
    QByteArray login(const QString &username, const QString &password = QStringLiteral("Onbehalf#2026"),
                     const QString &clientId = QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001"),
                     const QString &scope = {});

    static constexpr const char *kDemoClientId = "0FF1CE00-DE5C-4000-8000-000000000001";
    static constexpr const char *kDemoPassword = "Onbehalf#2026";

private:
    QUrl m_base;
};

// One HTTP/1.1 request over a socket bound to `source` (all of 127.0.0.0/8 is loopback), so a test
// can be several clients at once; over TLS trusting only `caCertificatePem` when it is given.
Http::Response requestFrom(const QString &source, const QUrl &base, const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, const QByteArray &contentType = {},
                           const QList<QPair<QByteArray, QByteArray>> &headers = {},
                           const QByteArray &caCertificatePem = {});

// A string field of a JSON object; "" when it is missing or not a string.
QString jsonField(const nlohmann::json &item, const char *name);

// `path` with a query of (name, value) pairs, each percent-encoded.
QString withQuery(const QString &path, const QList<QPair<QString, QString>> &params);

// The claims of a JWT, decoded without verification (tests inspect what the server issued).
nlohmann::json jwtClaims(const QByteArray &jwt);

} // namespace onbehalf::test
