#include "HistoryFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <set>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// The session list as a supervisor and an agent use it: the real window (offscreen) against the
// real server, compared with what the server's own list says (filters, search, sorting, scope, live
// updates). The detail pane, the exports and the chart: tst_historydetail.
class TestHistory : public HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initServerAndSessions(); }
    void cleanup() { closeWindow(); }

    void supervisorSeesEveryAgent()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        QVERIFY(m_window->isSupervisor());
        QCOMPARE(w<QLabel>("scopeLabel")->text(), QStringLiteral("All agents' sessions"));
        QVERIFY(w<QComboBox>("agentCombo")->isVisible());
        compareWithServer(m_supervisor, QString());
        QCOMPARE(model()->totalCount(), 303);
        loadAll();
        QCOMPARE(model()->rowCount(), 303);
        const QStringList ids = modelIds();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 303); // no row twice
        QVERIFY(ids.contains(m_s1) && ids.contains(m_s2) && ids.contains(m_s3));
        const QStringList agents = model()->agentsSeen();
        QVERIFY2(agents.contains(QStringLiteral("agent01")) && agents.contains(QStringLiteral("agent02")),
                 qPrintable(agents.join(QLatin1Char(','))));
        // The agent filter offers the agents seen.
        QVERIFY(w<QComboBox>("agentCombo")->findText(QStringLiteral("agent02")) > 0);
        // Newest first, active sessions in bold and marked.
        const int row = model()->rowOf(m_s3);
        QCOMPARE(row, 0);
        QCOMPARE(cell(row, SessionHistoryModel::EndedColumn), QStringLiteral("Active"));
        QVERIFY(model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model()->index(model()->rowCount() - 1, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    void agentSeesOnlyOwnSessions()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Agent, QStringLiteral("agent02")); // a supervisor's leftover
        QVERIFY(open(m_agentClient));
        QVERIFY(!m_window->isSupervisor());
        QCOMPARE(w<QLabel>("scopeLabel")->text(), QStringLiteral("Your sessions only"));
        QVERIFY(!w<QComboBox>("agentCombo")->isVisible());
        compareWithServer(m_agent1, QString());
        loadAll();
        QCOMPARE(model()->rowCount(), model()->totalCount());
        QVERIFY(model()->totalCount() > 2);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(cell(row, SessionHistoryModel::AgentColumn), QStringLiteral("agent01"));
        const QStringList ids = modelIds();
        QVERIFY(ids.contains(m_s1) && ids.contains(m_s3) && !ids.contains(m_s2));
        QCOMPARE(model()->agentsSeen(), QStringList{QStringLiteral("agent01")});
    }

    void filtersAndSearchNarrow()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        QComboBox *buyers = w<QComboBox>("buyerCombo");
        QTRY_COMPARE(buyers->count(), 4); // all + three buyers

        // Free text, typed: the list follows after the pause.
        QLineEdit *search = w<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("History test"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->filter().search, QStringLiteral("History test"), 5000);
        QVERIFY(waitLoaded());
        compareWithServer(m_supervisor, QString(QStringLiteral("search=History%20test") + searchOn()));
        QCOMPARE(model()->rowCount(), 3);
        const QStringList three = modelIds();
        QCOMPARE(QSet<QString>(three.begin(), three.end()), (QSet<QString>{m_s1, m_s2, m_s3}));

        // A case number, and a buyer on top.
        search->setText(QStringLiteral("HT-00"));
        buyers->setCurrentIndex(buyers->findData(QStringLiteral("CONTOSO")));
        QVERIFY(apply());
        compareWithServer(m_supervisor, QString(QStringLiteral("BuyerID=CONTOSO&search=HT-00") + searchOn()));
        QCOMPARE(modelIds(), QStringList{m_s2});

        // The buyer alone.
        search->clear();
        QVERIFY(apply());
        compareWithServer(m_supervisor, QStringLiteral("BuyerID=CONTOSO"));
        QVERIFY(model()->totalCount() > 10);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(cell(row, SessionHistoryModel::BuyerColumn), QStringLiteral("Contoso Schools"));

        // A user by the start of the username.
        buyers->setCurrentIndex(0);
        w<QLineEdit>("userEdit")->setText(QStringLiteral("jane"));
        QVERIFY(apply());
        compareWithServer(m_supervisor, QStringLiteral("Username=jane*"));
        QVERIFY(model()->totalCount() >= 1);
        QVERIFY(modelIds().contains(m_s1));
        for (const HistorySession &s : model()->sessions())
            QVERIFY2(s.username.startsWith(QStringLiteral("jane")), qPrintable(s.username));

        // Active only.
        w<QLineEdit>("userEdit")->clear();
        w<QCheckBox>("activeOnlyCheck")->setChecked(true);
        QVERIFY(waitLoaded());
        compareWithServer(m_supervisor, QStringLiteral("Status=Active"));
        QVERIFY(modelIds().contains(m_s3));
        for (const HistorySession &s : model()->sessions())
            QVERIFY(s.active);

        // One agent (a supervisor's filter).
        w<QCheckBox>("activeOnlyCheck")->setChecked(false);
        w<QComboBox>("agentCombo")->setEditText(QStringLiteral("agent02"));
        QVERIFY(apply());
        compareWithServer(m_supervisor, QStringLiteral("AgentUsername=agent02"));
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(cell(row, SessionHistoryModel::AgentColumn), QStringLiteral("agent02"));
        w<QComboBox>("agentCombo")->setEditText(QString());

        // Today, then a custom range of past days.
        QComboBox *range = w<QComboBox>("rangeCombo");
        range->setCurrentIndex(range->findData(QStringLiteral("today")));
        QVERIFY(waitLoaded());
        const QDate today = QDate::currentDate();
        compareWithServer(m_supervisor,
                          QString(QStringLiteral("DateStarted=") + isoFilter(">=", localMidnight(today))));
        QVERIFY(modelIds().contains(m_s1) && modelIds().contains(m_s2));
        QVERIFY(!w<QDateEdit>("fromDateEdit")->isEnabled());
        range->setCurrentIndex(range->findData(QStringLiteral("custom")));
        QVERIFY(w<QDateEdit>("fromDateEdit")->isEnabled());
        w<QDateEdit>("fromDateEdit")->setDate(today.addDays(-20));
        w<QDateEdit>("toDateEdit")->setDate(today.addDays(-3));
        QVERIFY(apply());
        compareWithServer(m_supervisor,
                          QString(QStringLiteral("DateStarted=") + isoFilter(">=", localMidnight(today.addDays(-20))) +
                                  QStringLiteral("&DateStarted=") + isoFilter("<", localMidnight(today.addDays(-2)))));
        QVERIFY(model()->totalCount() > 0);
        QVERIFY(!modelIds().contains(m_s1));
    }

    void filtersSurviveReopening()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        QTRY_COMPARE(w<QComboBox>("buyerCombo")->count(), 4);
        w<QComboBox>("buyerCombo")->setCurrentIndex(w<QComboBox>("buyerCombo")->findData(QStringLiteral("NORTHWIND")));
        w<QLineEdit>("userEdit")->setText(QStringLiteral("jane"));
        w<QLineEdit>("searchEdit")->setText(QStringLiteral("gloves"));
        w<QComboBox>("agentCombo")->setEditText(QStringLiteral("agent01"));
        w<QComboBox>("rangeCombo")->setCurrentIndex(w<QComboBox>("rangeCombo")->findData(QStringLiteral("custom")));
        w<QDateEdit>("fromDateEdit")->setDate(QDate::currentDate().addDays(-1));
        w<QDateEdit>("toDateEdit")->setDate(QDate::currentDate());
        w<QCheckBox>("activeOnlyCheck")->setChecked(true);
        QVERIFY(apply());
        const SessionFilter before = model()->filter();
        QVERIFY(!before.agent.isEmpty());
        m_window->close();
        m_settings->sync();

        QVERIFY(open(m_supervisorClient));
        QCOMPARE(w<QLineEdit>("userEdit")->text(), QStringLiteral("jane"));
        QCOMPARE(w<QLineEdit>("searchEdit")->text(), QStringLiteral("gloves"));
        QCOMPARE(w<QComboBox>("agentCombo")->currentText(), QStringLiteral("agent01"));
        QCOMPARE(w<QComboBox>("rangeCombo")->currentData().toString(), QStringLiteral("custom"));
        QCOMPARE(w<QDateEdit>("fromDateEdit")->date(), QDate::currentDate().addDays(-1));
        QVERIFY(w<QCheckBox>("activeOnlyCheck")->isChecked());
        QCOMPARE(w<QComboBox>("buyerCombo")->currentData().toString(), QStringLiteral("NORTHWIND"));
        QTRY_COMPARE(w<QComboBox>("buyerCombo")->currentText(), QStringLiteral("Northwind Health"));
        QCOMPARE(model()->filter(), before);
        QCOMPARE(modelIds(), QStringList{m_s1}); // jane.doe, gloves, agent01, active, today
    }

    void sortingIsTheMarketplaces()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        QTableView *view = w<QTableView>("sessionsView");
        QHeaderView *header = view->horizontalHeader();
        auto clickHeader = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(SessionHistoryModel::AgentColumn);
        QVERIFY(waitLoaded());
        QCOMPARE(model()->sortColumn(), int(SessionHistoryModel::AgentColumn));
        QCOMPARE(model()->sortBy(), QStringLiteral("AgentUsername"));
        {
            const json page = serverPage(m_supervisor, QStringLiteral("sortBy=AgentUsername"));
            const QStringList ids = modelIds();
            for (int i = 0; i < 50; ++i)
                QCOMPARE(ids[i], str(page["Items"][size_t(i)]["ID"]));
            QCOMPARE(cell(0, SessionHistoryModel::AgentColumn), QStringLiteral("agent01"));
        }
        clickHeader(SessionHistoryModel::AgentColumn); // again: Z to A
        QVERIFY(waitLoaded());
        QCOMPARE(model()->sortBy(), QStringLiteral("!AgentUsername"));
        QCOMPARE(cell(0, SessionHistoryModel::AgentColumn), QStringLiteral("agent03"));
        // A computed column: refused, said so, the order kept.
        clickHeader(SessionHistoryModel::DurationColumn);
        QCOMPARE(model()->sortBy(), QStringLiteral("!AgentUsername"));
        QCOMPARE(header->sortIndicatorSection(), int(SessionHistoryModel::AgentColumn));
        QVERIFY(!w<QLabel>("messageLabel")->text().isEmpty());
        clickHeader(SessionHistoryModel::StartedColumn);
        QVERIFY(waitLoaded());
        QCOMPARE(model()->sortBy(), QStringLiteral("!DateStarted"));
    }

    // Issue 12, defect 9: at 1440x900 and 1024x700 the fixed-format columns ("Ended by agent",
    // times, totals) are on screen without scrolling and wide enough for their text.
    void columnsFitAtCommonScreenSizes()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Geometry, QByteArray());
        m_settings->setValue(SessionHistoryKeys::Splitter, QByteArray());
        QVERIFY(open(m_supervisorClient));
        auto *view = w<QTableView>("sessionsView");
        QHeaderView *header = view->horizontalHeader();
        int endedByAgent = -1;
        for (int row = 0; row < model()->rowCount() && endedByAgent < 0; ++row) {
            if (cell(row, SessionHistoryModel::EndCauseColumn) == QLatin1String("Ended by agent"))
                endedByAgent = row;
        }
        QVERIFY2(endedByAgent >= 0, "the seeded sessions include one ended by its agent");
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
            QTest::qWait(0); // the queued column fit
            const int viewportWidth = view->viewport()->width();
            QStringList widths;
            for (int c = 0; c < header->count(); ++c)
                widths << QString::number(header->sectionSize(c));
            qInfo("%dx%d: %s in %d", size.width(), size.height(), qPrintable(widths.join(QLatin1Char(' '))),
                  viewportWidth);
            for (int column : {int(SessionHistoryModel::StartedColumn), int(SessionHistoryModel::EndedColumn),
                               int(SessionHistoryModel::DurationColumn), int(SessionHistoryModel::EndCauseColumn),
                               int(SessionHistoryModel::OrdersColumn), int(SessionHistoryModel::TotalColumn)}) {
                const QString what = QStringLiteral("%1x%2, column %3 (%4): at %5, %6 px wide, viewport %7 px")
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(column)
                                         .arg(model()->headerData(column, Qt::Horizontal).toString())
                                         .arg(header->sectionViewportPosition(column))
                                         .arg(header->sectionSize(column))
                                         .arg(viewportWidth);
                QVERIFY2(header->sectionViewportPosition(column) >= 0, qPrintable(what));
                QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= viewportWidth,
                         qPrintable(what));
                QVERIFY2(header->sectionSize(column) >=
                             static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                         qPrintable(what));
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(what));
            }
            const QRect cellRect = view->visualRect(model()->index(endedByAgent, SessionHistoryModel::EndCauseColumn));
            QVERIFY(cellRect.width() > view->fontMetrics().horizontalAdvance(QStringLiteral("Ended by agent")));
        }
    }

    // Issue 12, defect 9: Escape closes the history, wherever the focus is in it.
    void escapeClosesTheHistory()
    {
        resetFilterSettings();
        QVERIFY(open(m_supervisorClient));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (const char *name : {"searchEdit", "sessionsView"}) {
            if (!m_window->isVisible()) {
                m_window->show();
                QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
                m_window->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            }
            QWidget *target = w<QWidget>(name);
            target->setFocus();
            QTRY_VERIFY(target->hasFocus());
            QTest::keyClick(target, Qt::Key_Escape);
            QTRY_VERIFY2(!m_window->isVisible(), name);
        }
    }

    void nonAgentsAreRefused()
    {
        resetFilterSettings();
        MarketplaceClient *admin = signedIn(QStringLiteral("admin01"));
        QVERIFY(open(admin));
        QCOMPARE(model()->state(), SessionHistoryModel::State::Error);
        QVERIFY(w<QLabel>("stateLabel")->isVisible());
        QVERIFY(!w<QLabel>("stateLabel")->text().isEmpty());
    }

    // Last: it ends s3.
    void sessionEndedElsewhereShowsAsEnded()
    {
        resetFilterSettings();
        m_settings->setValue(SessionHistoryKeys::Search, QStringLiteral("History test"));
        QVERIFY(open(m_supervisorClient));
        m_window->setRefreshInterval(300);
        const int row = model()->rowOf(m_s3);
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, SessionHistoryModel::EndedColumn), QStringLiteral("Active"));
        QTableView *view = w<QTableView>("sessionsView");
        QSignalSpy loaded(m_window.get(), &SessionHistoryWindow::detailLoaded);
        view->setCurrentIndex(model()->index(row, 0));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QSignalSpy updated(model(), &SessionHistoryModel::sessionUpdated);

        const Http::Response end =
            m_http->post(QStringLiteral("/v1/impersonationsessions/") + m_s3 + QStringLiteral("/end"),
                         {{"EndCause", "AgentEnded"}}, m_agent1);
        QCOMPARE(end.status, 200);

        QTRY_VERIFY_WITH_TIMEOUT(!model()->index(row, 0).data(SessionHistoryModel::ActiveRole).toBool(), 10000);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.first().at(0).toString(), m_s3);
        QCOMPARE(cell(row, SessionHistoryModel::EndCauseColumn), QStringLiteral("Ended by agent"));
        QVERIFY(cell(row, SessionHistoryModel::EndedColumn) != QStringLiteral("Active"));
        QVERIFY(!model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
        // In place: no reset, the selection and the detail pane stay, and follow.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(m_window->detailSessionId(), m_s3);
        QTRY_COMPARE(recordValue(QStringLiteral("Status")), QStringLiteral("Ended"));
        QCOMPARE(recordValue(QStringLiteral("End cause")), QStringLiteral("Ended by agent"));
        auto *timeline = w<QTreeWidget>("timelineTree");
        QVERIFY(timeline->topLevelItem(timeline->topLevelItemCount() - 1)
                    ->text(1)
                    .startsWith(QStringLiteral("Session ended")));

        // A session started meanwhile is announced, not pushed in under the cursor; F5 shows it.
        const QString s4 = startSession(m_agent2, "CONTOSO", "CS-0002", "History test: newcomer", "HT-004").first;
        QTRY_VERIFY_WITH_TIMEOUT(w<QLabel>("newSessionsLabel")->isVisible(), 10000);
        QVERIFY2(w<QLabel>("newSessionsLabel")->text().startsWith(QStringLiteral("1 new session")),
                 qPrintable(w<QLabel>("newSessionsLabel")->text()));
        QCOMPARE(model()->rowOf(s4), -1);
        QCOMPARE(resets.count(), 0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(resets.count(), 1);
        QVERIFY(waitLoaded());
        QCOMPARE(model()->rowOf(s4), 0);
        QVERIFY(!w<QLabel>("newSessionsLabel")->isVisible());
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
