#include "HistoryFixture.h"
#include "history/CsvExporter.h"
#include "history/CsvWriter.h"
#include "history/SessionChart.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <map>
#include <set>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// One session and its orders in the history: the detail pane (record, timeline, orders and their
// lines), from an order to its session and back, the CSV exports, the chart, and the local journal
// shown when the marketplace has no sessions extension.
class TestHistoryDetail : public HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initServerAndSessions(); }
    void cleanup() { closeWindow(); }

    void csvWriterQuotesAndRoundTrips()
    {
        QCOMPARE(CsvWriter::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                                    QStringLiteral("two\nlines"), QString(), QStringLiteral(" pad")}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",,\" pad\"\r\n"));
        const QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("Reason")},
                                      {QStringLiteral("1"), QStringLiteral("Wójcik, \"urgent\"\r\nsecond line")},
                                      {QString(), QString()}};
        QByteArray text;
        for (const QStringList &r : rows)
            text += CsvWriter::record(r);
        const auto parsed = CsvWriter::parse(text);
        QCOMPARE(int(parsed.size()), int(rows.size()));
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(parsed[size_t(i)], rows[i]);
        QCOMPARE(CsvWriter::parse("x,y"), (std::vector<QStringList>{{QStringLiteral("x"), QStringLiteral("y")}}));
    }

    void detailPaneShowsRecordTimelineOrdersAndLineItems()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Search, QStringLiteral("HT-001"));
        QVERIFY(open(m_supervisorClient));
        QCOMPARE(modelIds(), QStringList{m_s1});
        QCOMPARE(cell(0, SessionHistoryModel::OrdersColumn), QStringLiteral("1"));
        QSignalSpy loaded(m_window.get(), &SessionHistoryWindow::detailLoaded);
        QTableView *view = w<QTableView>("sessionsView");
        view->setFocus();
        view->setCurrentIndex(model()->index(0, 0));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(loaded.last().at(0).toString(), m_s1);

        QCOMPARE(recordValue(QStringLiteral("Session")), m_s1);
        QCOMPARE(recordValue(QStringLiteral("Reason")), QStringLiteral("History test: gloves reorder"));
        QCOMPARE(recordValue(QStringLiteral("Case number")), QStringLiteral("HT-001"));
        QCOMPARE(recordValue(QStringLiteral("Status")), QStringLiteral("Active"));
        QVERIFY(recordValue(QStringLiteral("Buyer user")).contains(QStringLiteral("jane.doe")));

        auto *timeline = w<QTreeWidget>("timelineTree");
        QStringList events;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            events << timeline->topLevelItem(i)->text(1);
        QVERIFY2(events.first().contains(QStringLiteral("started acting for")),
                 qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY(events.contains(QStringLiteral("Order %1 created").arg(m_o1)));
        QVERIFY(std::any_of(events.begin(), events.end(), [this](const QString &e) {
            return e.startsWith(QStringLiteral("Order %1 submitted").arg(m_o1));
        }));

        auto *orders = w<QTreeWidget>("sessionOrdersTree");
        QCOMPARE(orders->topLevelItemCount(), 1);
        QTreeWidgetItem *order = orders->topLevelItem(0);
        QCOMPARE(order->text(0), m_o1);
        QCOMPARE(order->text(1), QStringLiteral("Open"));
        QCOMPARE(order->childCount(), 1);
        QVERIFY2(order->child(0)->text(0).contains(QStringLiteral("GLV-NIT-M")), qPrintable(order->child(0)->text(0)));
        QCOMPARE(order->child(0)->text(2), QStringLiteral("2"));
        QVERIFY(!order->child(0)->text(3).isEmpty()); // unit price
        // The line's total is the order's (one line, no shipping or tax here).
        QCOMPARE(order->child(0)->text(4), order->text(4));
        QCOMPARE(cell(0, SessionHistoryModel::TotalColumn), order->text(4));
    }

    void fromAnOrderToItsSessionAndBack()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Search, QStringLiteral("HT-001")); // s2 is not in the list
        QVERIFY(open(m_supervisorClient));
        auto *tabs = w<QTabWidget>("tabs");
        QSignalSpy ordersLoaded(m_window.get(), &SessionHistoryWindow::ordersLoaded);
        tabs->setCurrentWidget(w<QWidget>("ordersTab"));
        QVERIFY(ordersLoaded.wait(10000));
        auto *ordersTree = w<QTreeWidget>("ordersTree");
        QTreeWidgetItem *item = findTopLevel(ordersTree, Qt::UserRole + 1, m_o2);
        QVERIFY(item);
        QCOMPARE(item->text(7), QStringLiteral("agent02"));
        QCOMPARE(item->text(8), QStringLiteral("HT-002"));
        ordersTree->setCurrentItem(item);
        QVERIFY(w<QPushButton>("showSessionButton")->isEnabled());
        QSignalSpy loaded(m_window.get(), &SessionHistoryWindow::detailLoaded);
        QTest::mouseClick(w<QPushButton>("showSessionButton"), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), w<QWidget>("sessionsTab"));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(m_window->detailSessionId(), m_s2);
        QVERIFY(w<QLabel>("detailStateLabel")->text().contains(QStringLiteral("not in the list")));
        QCOMPARE(recordValue(QStringLiteral("Case number")), QStringLiteral("HT-002"));

        // And back to the order.
        auto *sessionOrders = w<QTreeWidget>("sessionOrdersTree");
        QCOMPARE(sessionOrders->topLevelItem(0)->text(0), m_o2);
        sessionOrders->setCurrentItem(sessionOrders->topLevelItem(0)->child(0)); // a line of it will do
        QVERIFY(w<QPushButton>("showOrderButton")->isEnabled());
        QTest::mouseClick(w<QPushButton>("showOrderButton"), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), w<QWidget>("ordersTab"));
        QTRY_VERIFY(ordersTree->currentItem() &&
                    ordersTree->currentItem()->data(0, Qt::UserRole + 1).toString() == m_o2);

        // A session in the list is selected there.
        item = findTopLevel(ordersTree, Qt::UserRole + 1, m_o2);
        QVERIFY(item);
        QTRY_VERIFY(findTopLevel(ordersTree, Qt::UserRole + 1, m_o2));
        w<QLineEdit>("ordersSearchEdit")->setText(m_o1);
        QTRY_VERIFY(findTopLevel(ordersTree, Qt::UserRole + 1, m_o1));
        ordersTree->setCurrentItem(findTopLevel(ordersTree, Qt::UserRole + 1, m_o1));
        QTest::keyClick(ordersTree, Qt::Key_Return); // activated: show its session
        QCOMPARE(tabs->currentWidget(), w<QWidget>("sessionsTab"));
        QCOMPARE(w<QTableView>("sessionsView")->currentIndex().row(), model()->rowOf(m_s1));
        QCOMPARE(m_window->detailSessionId(), m_s1);
    }

    void csvExportRoundTrips()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        const QString path = m_dir.filePath(QStringLiteral("sessions.csv"));
        QSignalSpy finished(m_window.get(), &SessionHistoryWindow::exportFinished);
        m_window->exportCsv(path, false);
        QVERIFY(m_window->isExporting());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("SessionID,AgentUsername,"));
        QVERIFY(bytes.contains("\r\n"));
        const auto records = CsvWriter::parse(bytes);
        const QStringList header = records.front();
        QCOMPARE(header, CsvExporter::header(false));
        auto col = [&header](const char *name) { return int(header.indexOf(QString::fromLatin1(name))); };

        const std::map<QString, json> server = serverAll(m_supervisor, QString());
        QCOMPARE(int(records.size()) - 1, int(server.size()));
        std::set<QString> seen;
        for (size_t i = 1; i < records.size(); ++i) {
            const QStringList &r = records[i];
            QCOMPARE(r.size(), header.size());
            const QString id = r[col("SessionID")];
            QVERIFY2(seen.insert(id).second, qPrintable(id));
            const auto it = server.find(id);
            QVERIFY2(it != server.end(), qPrintable(id));
            const json &s = it->second;
            QCOMPARE(r[col("AgentUsername")], str(s["AgentUsername"]));
            QCOMPARE(r[col("BuyerID")], str(s["BuyerID"]));
            QCOMPARE(r[col("Username")], str(s["Username"]));
            QCOMPARE(r[col("UserFullName")], str(s["UserFullName"]));
            QCOMPARE(r[col("Reason")], str(s["Reason"]));
            QCOMPARE(r[col("CaseNumber")], str(s["CaseNumber"]));
            QCOMPARE(r[col("EndCause")], str(s["EndCause"]));
            QCOMPARE(r[col("Status")], str(s["Status"]));
            QCOMPARE(r[col("OrderCount")].toInt(), s["OrderCount"].get<int>());
            QCOMPARE(r[col("SubmittedTotal")],
                     wire::Money::toDecimalString(*wire::Money::fromJson(s["SubmittedTotal"])));
            // ISO-8601 in UTC, to the millisecond.
            const QString started = r[col("DateStarted")];
            QVERIFY2(started.endsWith(QLatin1Char('Z')), qPrintable(started));
            QCOMPARE(QDateTime::fromString(started, Qt::ISODateWithMs), *wire::parseDateTime(str(s["DateStarted"])));
            if (s["DateEnded"].is_null())
                QVERIFY(r[col("DateEnded")].isEmpty());
            else
                QCOMPARE(QDateTime::fromString(r[col("DateEnded")], Qt::ISODateWithMs),
                         *wire::parseDateTime(str(s["DateEnded"])));
        }
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(w<QPushButton>("exportButton")->isEnabled());
    }

    void csvExportOneRowPerOrder()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Search, QStringLiteral("History test"));
        QVERIFY(open(m_supervisorClient));
        QCOMPARE(model()->totalCount(), 3);
        const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
        QSignalSpy finished(m_window.get(), &SessionHistoryWindow::exportFinished);
        m_window->exportCsv(path, true);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = CsvWriter::parse(file.readAll());
        const QStringList header = records.front();
        QCOMPARE(header.last(), QStringLiteral("OrderDateSubmitted"));
        QCOMPARE(int(records.size()), 4);
        std::map<QString, QString> orderOf;
        for (size_t i = 1; i < records.size(); ++i)
            orderOf[records[i][header.indexOf(QStringLiteral("SessionID"))]] =
                records[i][header.indexOf(QStringLiteral("OrderID"))];
        QCOMPARE(orderOf[m_s1], m_o1);
        QCOMPARE(orderOf[m_s2], m_o2);
        QCOMPARE(orderOf[m_s3], QString()); // a session without orders keeps its row
        // Oldest first.
        QCOMPARE(records[1][0], m_s1);
    }

    void csvExportCanBeCancelled()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(m_window.get(), &SessionHistoryWindow::exportFinished);
        m_window->exportCsv(path, false);
        QVERIFY(m_window->isExporting());
        QVERIFY(!w<QPushButton>("exportButton")->isEnabled());
        m_window->cancelExport();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!m_window->isExporting());
        QVERIFY(w<QPushButton>("exportButton")->isEnabled());
    }

    void chartCountsSessionsPerAgentPerDay()
    {
        resetFilterSettings(QStringLiteral("7days"));
        QVERIFY(open(m_supervisorClient));
        QSignalSpy chartLoaded(m_window.get(), &SessionHistoryWindow::chartLoaded);
        w<QTabWidget>("tabs")->setCurrentWidget(w<QWidget>("chartTab"));
        QVERIFY(chartLoaded.wait(30000));
        SessionChart *chart = m_window->chart();
        QVERIFY2(chart->message().isEmpty(), qPrintable(chart->message()));
        const QDate today = QDate::currentDate();
        QCOMPARE(chart->firstDay(), today.addDays(-6));
        QCOMPARE(chart->lastDay(), today);
        const QString since =
            QString(QStringLiteral("DateStarted=") + isoFilter(">=", localMidnight(today.addDays(-6))));
        QCOMPARE(chart->total(), serverPage(m_supervisor, since)["Meta"]["TotalCount"].get<int>());
        for (const char *agent : {"agent01", "agent02", "agent03"}) {
            int sum = 0;
            for (QDate d = chart->firstDay(); d <= chart->lastDay(); d = d.addDays(1))
                sum += chart->count(QString::fromLatin1(agent), d);
            QCOMPARE(sum, serverPage(m_supervisor, QString(since + QStringLiteral("&AgentUsername=") +
                                                           QString::fromLatin1(agent)))["Meta"]["TotalCount"]
                              .get<int>());
        }
        QVERIFY(chart->count(QStringLiteral("agent02"), today) >= 1);
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("agent01")));
        // It paints without trouble.
        QVERIFY(!chart->grab().isNull());
    }

    void withoutTheExtensionTheJournalIsShown()
    {
        // A marketplace that answers 404 to the sessions extension (and to everything else here).
        MarketplaceClient *client = signedIn(QStringLiteral("agent01"));
        QUrl legacy = m_server.url();
        legacy.setPath(QStringLiteral("/legacy"));
        client->setBaseUrl(legacy);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto entry = [&](const char *id, const char *agent, const char *reason, int minutesAgo, bool open) {
            JournalEntry e;
            e.ID = QString::fromLatin1(id);
            e.marketplace = QStringLiteral("legacy");
            e.AgentUsername = QString::fromLatin1(agent);
            e.BuyerID = QStringLiteral("NORTHWIND");
            e.BuyerName = QStringLiteral("Northwind Health");
            e.UserID = QStringLiteral("NW-0001");
            e.Username = QStringLiteral("jane.doe");
            e.UserFullName = QStringLiteral("Jane Doe");
            e.note.Reason = QString::fromLatin1(reason);
            e.DateStarted = now.addSecs(-60 * minutesAgo);
            e.TokenExpires = e.DateStarted.addSecs(3600);
            if (!open) {
                e.DateEnded = e.DateStarted.addSecs(300);
                e.EndCause = wire::EndCause::AgentEnded;
            }
            QVERIFY(m_journal->upsert(e));
        };
        entry("local-1", "agent01", "Journal: reorder", 90, false);
        entry("local-2", "agent01", "Journal: address change", 10, true);
        entry("local-3", "agent02", "Journal: another agent", 20, false);
        JournalEntry elsewhere = *m_journal->find(QStringLiteral("local-1"));
        elsewhere.ID = QStringLiteral("local-4");
        elsewhere.marketplace = QStringLiteral("other");
        QVERIFY(m_journal->upsert(elsewhere));

        resetFilterSettings();
        QVERIFY(open(client, QStringLiteral("legacy")));
        QTRY_COMPARE(model()->source(), SessionHistoryModel::Source::Journal);
        QVERIFY(w<QLabel>("journalNotice")->isVisible());
        QVERIFY(w<QLabel>("journalNotice")->text().contains(QStringLiteral("local journal")));
        QCOMPARE(modelIds(), (QStringList{QStringLiteral("local-2"), QStringLiteral("local-1")}));
        QCOMPARE(cell(0, SessionHistoryModel::EndedColumn), QStringLiteral("Active"));
        QVERIFY(!w<QTabWidget>("tabs")->isTabEnabled(w<QTabWidget>("tabs")->indexOf(w<QWidget>("ordersTab"))));
        // Filters apply to the journal too.
        w<QLineEdit>("searchEdit")->setText(QStringLiteral("address"));
        QVERIFY(apply());
        QCOMPARE(modelIds(), QStringList{QStringLiteral("local-2")});
        // The detail pane shows the journal's record.
        QSignalSpy loaded(m_window.get(), &SessionHistoryWindow::detailLoaded);
        w<QTableView>("sessionsView")->setCurrentIndex(model()->index(0, 0));
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QCOMPARE(recordValue(QStringLiteral("Recorded by")), QStringLiteral("This desk's local journal"));
        // And the journal exports like the marketplace's list.
        const QString path = m_dir.filePath(QStringLiteral("journal.csv"));
        QSignalSpy finished(m_window.get(), &SessionHistoryWindow::exportFinished);
        m_window->exportCsv(path, false);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.last().at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = CsvWriter::parse(file.readAll());
        QCOMPARE(int(records.size()), 2);
        QCOMPARE(records[1][0], QStringLiteral("local-2"));
        // An ended journal session, refreshed in place.
        m_window->setRefreshInterval(200);
        m_journal->markEnded(QStringLiteral("local-2"), wire::EndCause::SignedOut, QDateTime::currentDateTimeUtc(),
                             false);
        QTRY_VERIFY(!model()->index(0, 0).data(SessionHistoryModel::ActiveRole).toBool());
    }
};

QTEST_MAIN(TestHistoryDetail)
#include "tst_historydetail.moc"
