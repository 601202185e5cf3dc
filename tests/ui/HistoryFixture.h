#pragma once

// What the session-history suites share: the real server seeded with 300 past sessions plus three
// live ones, signed-in clients, the real window (offscreen) with its model checked by
// QAbstractItemModelTester, and the server's own answers to compare the window with.

#include "TestServer.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/session/SessionJournal.h"
#include "history/SessionHistoryModel.h"
#include "history/SessionHistoryWindow.h"
#include "wire/Json.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <map>
#include <memory>

namespace onbehalf::test {

class HistoryFixture : public QObject
{
protected:
    using json = nlohmann::json;

    static QString str(const json &j)
    {
        return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
    }
    static QString enc(const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); }
    static QString isoFilter(const char *op, const QDateTime &t)
    {
        return enc(QString::fromLatin1(op) + wire::formatDateTime(t));
    }
    static QDateTime localMidnight(QDate d) { return QDateTime(d, QTime(0, 0)).toUTC(); }
    static QString searchOn()
    {
        return QStringLiteral("&searchOn=Reason,CaseNumber,Username,UserFullName,AgentUsername");
    }

    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent1, m_agent2, m_supervisor;
    MarketplaceClient *m_supervisorClient = nullptr;
    MarketplaceClient *m_agentClient = nullptr;
    std::unique_ptr<Settings> m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<SessionJournal> m_journal;
    std::unique_ptr<SessionHistoryWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;

    // The live sessions this suite starts: s1 (agent01, with an order), s2 (agent02, with an
    // order), s3 (agent01, no order, ended later "elsewhere").
    QString m_s1, m_s2, m_s3, m_o1, m_o2;

    template <typename T>
    T *w(const char *name) const
    {
        T *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    SessionHistoryModel *model() const { return m_window->model(); }

    MarketplaceClient *signedIn(const QString &username)
    {
        auto *client = new MarketplaceClient(this);
        client->setBaseUrl(m_server.url());
        client->setClientId(QString::fromLatin1(Http::kDemoClientId));
        bool done = false, ok = false;
        client->signIn(username, QString::fromLatin1(Http::kDemoPassword), this, [&](Result<wire::AccessToken> r) {
            done = true;
            ok = r.ok();
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000) || !ok)
            qWarning("sign-in of %s failed", qPrintable(username));
        return client;
    }

    // Starts a session over HTTP; returns {session ID, buyer token}.
    std::pair<QString, QByteArray> startSession(const QByteArray &agent, const char *buyer, const char *user,
                                                const char *reason, const char *caseNumber)
    {
        const Http::Response r = m_http->post(QStringLiteral("/v1/impersonationsessions"),
                                              {{"BuyerID", buyer},
                                               {"UserID", user},
                                               {"ClientID", Http::kDemoClientId},
                                               {"Reason", reason},
                                               {"CaseNumber", caseNumber}},
                                              agent);
        if (r.status != 201)
            qWarning("start → %d %s", r.status, r.body.constData());
        const json body = r.json();
        return {str(body["Session"]["ID"]),
                QByteArray::fromStdString(body["AccessToken"]["access_token"].get<std::string>())};
    }

    QString placeOrder(const QByteArray &buyerToken, const char *productId)
    {
        const Http::Response created = m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), buyerToken);
        if (created.status != 201)
            qWarning("order → %d %s", created.status, created.body.constData());
        const QString id = str(created.json()["ID"]);
        const Http::Response line =
            m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems"),
                         {{"ProductID", productId}, {"Quantity", 2}}, buyerToken);
        if (line.status != 201)
            qWarning("line → %d %s", line.status, line.body.constData());
        // CONTOSO's orders go through the demo's checkout integration: ship-to and a ship method first.
        const QString order = QStringLiteral("/v1/orders/Outgoing/") + id;
        if (m_http->post(order + QStringLiteral("/estimateshipping"), json::object(), buyerToken).errorCode() ==
            QLatin1String("Order.MissingShippingAddress")) {
            const json addresses = m_http->get(QStringLiteral("/v1/me/addresses"), buyerToken).json();
            m_http->patch(order, {{"ShippingAddressID", addresses["Items"][0]["ID"]}}, buyerToken);
            const json ws =
                m_http->post(order + QStringLiteral("/estimateshipping"), json::object(), buyerToken).json();
            const json est = ws["ShipEstimateResponse"]["ShipEstimates"][0];
            m_http->post(order + QStringLiteral("/shipmethods"),
                         {{"ShipMethodSelections",
                           {{{"ShipEstimateID", est["ID"]}, {"ShipMethodID", est["ShipMethods"][0]["ID"]}}}}},
                         buyerToken);
        }
        const Http::Response submit = m_http->post(order + QStringLiteral("/submit"), json::object(), buyerToken);
        if (submit.status != 201)
            qWarning("submit → %d %s", submit.status, submit.body.constData());
        return id;
    }

    json serverPage(const QByteArray &token, const QString &query, int pageSize = 50, int page = 1)
    {
        const Http::Response r = m_http->get(
            QStringLiteral("/v1/impersonationsessions?pageSize=%1&page=%2&").arg(pageSize).arg(page) + query, token);
        if (r.status != 200)
            qWarning("%s → %d %s", qPrintable(query), r.status, r.body.constData());
        return r.json();
    }

    // Every session the server lists for this query, by ID.
    std::map<QString, json> serverAll(const QByteArray &token, const QString &query)
    {
        std::map<QString, json> all;
        for (int page = 1; page < 1000; ++page) {
            const json p = serverPage(token, QString(QStringLiteral("sortBy=ID&") + query), 100, page);
            for (const json &item : p["Items"])
                all[str(item["ID"])] = item;
            if (page >= p["Meta"]["TotalPages"].get<int>())
                break;
        }
        return all;
    }

    void resetFilterSettings(const QString &range = QStringLiteral("any"))
    {
        m_settings->setValue(SessionHistoryKeys::Agent, QString());
        m_settings->setValue(SessionHistoryKeys::Buyer, QString());
        m_settings->setValue(SessionHistoryKeys::User, QString());
        m_settings->setValue(SessionHistoryKeys::Search, QString());
        m_settings->setValue(SessionHistoryKeys::Range, range);
        m_settings->setValue(SessionHistoryKeys::ActiveOnly, false);
        m_settings->setValue(SessionHistoryKeys::Columns, QByteArray()); // newest first
    }

    bool waitLoaded(int timeout = 15000)
    {
        return QTest::qWaitFor(
            [this] {
                const auto s = model()->state();
                return s == SessionHistoryModel::State::Results || s == SessionHistoryModel::State::Empty ||
                       s == SessionHistoryModel::State::Error;
            },
            timeout);
    }

    bool open(MarketplaceClient *client, const QString &marketplaceKey = QStringLiteral("test"))
    {
        m_modelTester.reset();
        m_window.reset();
        m_window = std::make_unique<SessionHistoryWindow>(client, m_settings.get(), m_journal.get(), marketplaceKey);
        // Every load, page, refresh and reset of the list is checked against the model rules.
        m_modelTester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        return QTest::qWaitFor([this] { return m_window->scopeKnown(); }, 10000) && waitLoaded();
    }

    // Applies what the widgets say now and waits for the first page.
    bool apply()
    {
        m_window->applyFilters();
        return waitLoaded();
    }

    void loadAll()
    {
        for (int i = 0; i < 200 && model()->rowCount() < model()->totalCount(); ++i) {
            if (model()->canFetchMore())
                model()->fetchMore();
            QTest::qWait(10);
        }
    }

    QStringList modelIds() const
    {
        QStringList ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << model()->index(row, 0).data(SessionHistoryModel::SessionIdRole).toString();
        return ids;
    }

    // The window's list against the server's own answer to the same question (newest first).
    void compareWithServer(const QByteArray &token, const QString &query)
    {
        const json page = serverPage(token, QString(QStringLiteral("sortBy=!DateStarted&") + query));
        QCOMPARE(model()->totalCount(), page["Meta"]["TotalCount"].get<int>());
        const QStringList ids = modelIds();
        const int n = std::min<int>(int(ids.size()), int(page["Items"].size()));
        QCOMPARE(n, std::min(50, model()->totalCount()));
        for (int i = 0; i < n; ++i)
            QCOMPARE(ids[i], str(page["Items"][size_t(i)]["ID"]));
    }

    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    QTreeWidgetItem *findTopLevel(QTreeWidget *tree, int role, const QString &value)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, role).toString() == value)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    QString recordValue(const QString &field) const
    {
        auto *tree = w<QTreeWidget>("recordTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == field)
                return tree->topLevelItem(i)->text(1);
        }
        return {};
    }

    // The server (300 seeded sessions and three live ones, s1–s3), the signed-in clients and the
    // desk's settings and journal: what every history suite starts from.
    void initServerAndSessions()
    {
        initDesk();
        TestServer::Options options;
        options.extraArguments = {QStringLiteral("--seed-sessions"), QStringLiteral("300")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent1 = m_http->login(QStringLiteral("agent01"));
        m_agent2 = m_http->login(QStringLiteral("agent02"));
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_supervisor.isEmpty());

        QByteArray buyer;
        std::tie(m_s1, buyer) =
            startSession(m_agent1, "NORTHWIND", "NW-0001", "History test: gloves reorder", "HT-001");
        m_o1 = placeOrder(buyer, "GLV-NIT-M");
        std::tie(m_s2, buyer) = startSession(m_agent2, "CONTOSO", "CS-0001", "History test: school supplies", "HT-002");
        m_o2 = placeOrder(buyer, "PEN-BLU"); // Contoso's catalog has no gloves
        std::tie(m_s3, buyer) = startSession(m_agent1, "NORTHWIND", "NW-0002", "History test: stays open", "HT-003");
        QVERIFY(!m_s1.isEmpty() && !m_s2.isEmpty() && !m_s3.isEmpty() && !m_o1.isEmpty() && !m_o2.isEmpty());

        m_supervisorClient = signedIn(QStringLiteral("supervisor01"));
        m_agentClient = signedIn(QStringLiteral("agent01"));
        QVERIFY(m_supervisorClient->isSignedIn() && m_agentClient->isSignedIn());
    }

    // The desk's side alone: test-mode settings (cleared) and a journal in a temporary folder.
    void initDesk()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>();
        m_journal = std::make_unique<SessionJournal>(m_dir.filePath(QStringLiteral("journal.json")));
    }

    void closeWindow()
    {
        m_modelTester.reset();
        m_window.reset();
    }
};

} // namespace onbehalf::test
