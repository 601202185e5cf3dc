#pragma once

// What the bad-input suites share: the real server, an administrator and an agent signed in,
// requests with exactly the headers a test chooses, and the checks of OrderCloud's Errors envelope.

#include "TestServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

namespace onbehalf::test {

class ErrorsTest : public QObject
{
protected:
    using json = nlohmann::json;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static QByteArray b64url(const QByteArray &data)
    {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    static QByteArray dump(const json &j) { return QByteArray::fromStdString(j.dump()); }

    // A complete, valid buyer user; rows override one field to make it wrong.
    static json user(const json &overrides = json::object())
    {
        static int n = 0;
        json u{{"Username", QStringLiteral("err.user%1").arg(++n).toStdString()},
               {"FirstName", "Erin"},
               {"LastName", "Rorre"},
               {"Email", "erin@errors.example"},
               {"Active", true}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            u[it.key()] = *it;
        return u;
    }

    // "" when `r` is the OrderCloud error envelope, else what is wrong with it.
    static QString envelopeProblem(const Http::Response &r)
    {
        const json body = r.json();
        if (!body.is_object() || !body.contains("Errors") || !body["Errors"].is_array() || body["Errors"].empty())
            return QStringLiteral("no Errors array");
        for (const json &e : body["Errors"]) {
            if (!e.is_object())
                return QStringLiteral("an error is not an object");
            if (!e.contains("ErrorCode") || !e["ErrorCode"].is_string() || e["ErrorCode"].get<std::string>().empty())
                return QStringLiteral("no ErrorCode");
            if (!e.contains("Message") || !e["Message"].is_string() || e["Message"].get<std::string>().empty())
                return QStringLiteral("no Message");
            if (!e.contains("Data"))
                return QStringLiteral("no Data");
        }
        return {};
    }

    // Checks Errors[0].Data against "Key=Value;…" (string equality) and "Key~A,B" (an array containing A and B).
    static QString dataProblem(const Http::Response &r, const QString &spec)
    {
        if (spec.isEmpty())
            return {};
        const json data = r.json()["Errors"][0]["Data"];
        for (const QString &clause : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const bool contains = clause.contains(QLatin1Char('~'));
            const QStringList kv = clause.split(contains ? QLatin1Char('~') : QLatin1Char('='));
            const std::string key = kv.at(0).toStdString();
            if (!data.is_object() || !data.contains(key))
                return QStringLiteral("Data has no %1").arg(kv.at(0));
            if (!contains) {
                if (!data[key].is_string() || QString::fromStdString(data[key].get<std::string>()) != kv.at(1))
                    return QStringLiteral("Data.%1 is %2, expected %3")
                        .arg(kv.at(0), QString::fromStdString(data[key].dump()), kv.at(1));
                continue;
            }
            QStringList have;
            if (data[key].is_array()) {
                for (const json &v : data[key])
                    have << (v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString());
            }
            for (const QString &want : kv.at(1).split(QLatin1Char(','))) {
                if (!have.contains(want))
                    return QStringLiteral("Data.%1 lacks %2").arg(kv.at(0), want);
            }
        }
        return {};
    }

    // A request with exactly these headers; `target` is the encoded path and query.
    Http::Response send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                        const Headers &headers)
    {
        QByteArray base = m_server.url().toEncoded();
        while (base.endsWith('/'))
            base.chop(1);
        QNetworkRequest req(QUrl::fromEncoded(base + target));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Http::Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Http::Response withToken(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                             const QByteArray &body = {})
    {
        Headers h{{"Content-Type", "application/json"}};
        if (!token.isNull())
            h.append({"Authorization", token});
        return send(method, target, body, h);
    }

    void expectInvalidToken(const Http::Response &r, const char *what)
    {
        QVERIFY2(r.status == 401, qPrintable(QStringLiteral("%1: %2 %3")
                                                 .arg(QString::fromLatin1(what))
                                                 .arg(r.status)
                                                 .arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidToken"));
        const QString problem = envelopeProblem(r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void startAndSignIn()
    {
        m_nam = new QNetworkAccessManager(this);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
    }

    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_agent;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace onbehalf::test
