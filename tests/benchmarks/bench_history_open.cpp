// The session history against 50,000 sessions, with the real window (offscreen) and the real
// server: time from opening the view, and from each filter change, to the first rows; and the
// export of all 50,000 (how long, and the longest the event loop ever waits meanwhile).
// OB_BENCH_TRIALS sets the trials per measurement (default 30).

#include "HistoryFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace onbehalf;
using namespace onbehalf::test;

class BenchHistoryOpen : public HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initDesk(); }

    // Opening the view and changing a filter against 50,000 sessions: time to the first rows.
    void timeToFirstRows()
    {
        const int trials =
            qEnvironmentVariableIsSet("OB_BENCH_TRIALS") ? qEnvironmentVariableIntValue("OB_BENCH_TRIALS") : 30;
        TestServer big;
        TestServer::Options options;
        options.extraArguments = {QStringLiteral("--seed-sessions"), QStringLiteral("50000")};
        QElapsedTimer seeding;
        seeding.start();
        QVERIFY2(big.start(options), qPrintable(big.errorString()));
        qInfo("server with 50,000 sessions up in %lld ms", seeding.elapsed());
        auto *client = new MarketplaceClient(this);
        client->setBaseUrl(big.url());
        client->setClientId(QString::fromLatin1(Http::kDemoClientId));
        bool signedInOk = false;
        client->signIn(QStringLiteral("supervisor01"), QString::fromLatin1(Http::kDemoPassword), this,
                       [&](Result<wire::AccessToken> r) { signedInOk = r.ok(); });
        QTRY_VERIFY(signedInOk);

        // Until the first rows are in the model (or the list is known to be empty).
        auto waitFirstRows = [](SessionHistoryModel *m) {
            QEventLoop loop;
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            QObject::connect(m, &SessionHistoryModel::firstRowsShown, &loop, &QEventLoop::quit);
            QObject::connect(m, &SessionHistoryModel::stateChanged, &loop, [m, &loop] {
                if (m->state() == SessionHistoryModel::State::Empty || m->state() == SessionHistoryModel::State::Error)
                    loop.quit();
            });
            loop.exec();
            return m->state() == SessionHistoryModel::State::Results || m->state() == SessionHistoryModel::State::Empty;
        };
        auto report = [](const char *what, std::vector<double> ms) {
            std::sort(ms.begin(), ms.end());
            auto pct = [&ms](double p) {
                const size_t i = std::min(ms.size() - 1, size_t(std::ceil(p * double(ms.size())) - 1));
                return ms[i];
            };
            qInfo("%s: n=%d p50=%.1f ms p95=%.1f ms min=%.1f max=%.1f", what, int(ms.size()), pct(0.50), pct(0.95),
                  ms.front(), ms.back());
        };

        for (const char *range : {"7days", "any"}) {
            std::vector<double> open;
            for (int i = 0; i < trials; ++i) {
                resetFilterSettings(QString::fromLatin1(range));
                m_window.reset();
                QElapsedTimer t;
                t.start();
                m_window = std::make_unique<SessionHistoryWindow>(client, m_settings.get(), m_journal.get(),
                                                                  QStringLiteral("bench"));
                m_window->show();
                QVERIFY(model()->state() != SessionHistoryModel::State::Results); // nothing before the reply
                QVERIFY(waitFirstRows(model()));
                open.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            report(qPrintable(QStringLiteral("open (range %1)").arg(QString::fromLatin1(range))), open);
        }

        // Filter changes in one open window: buyer, search words, active only, agent, user, range.
        resetFilterSettings(QStringLiteral("any"));
        m_window.reset();
        m_window =
            std::make_unique<SessionHistoryWindow>(client, m_settings.get(), m_journal.get(), QStringLiteral("bench"));
        m_window->show();
        QVERIFY(waitLoaded(30000));
        QTRY_COMPARE(w<QComboBox>("buyerCombo")->count(), 4);
        const std::vector<std::pair<const char *, std::function<void()>>> changes{
            {"buyer NORTHWIND",
             [this] {
                 w<QComboBox>("buyerCombo")
                     ->setCurrentIndex(w<QComboBox>("buyerCombo")->findData(QStringLiteral("NORTHWIND")));
             }},
            {"search reorder", [this] { w<QLineEdit>("searchEdit")->setText(QStringLiteral("reorder")); }},
            {"search CASE-1234", [this] { w<QLineEdit>("searchEdit")->setText(QStringLiteral("CASE-1234")); }},
            {"search cleared", [this] { w<QLineEdit>("searchEdit")->clear(); }},
            {"active only", [this] { w<QCheckBox>("activeOnlyCheck")->setChecked(true); }},
            {"all statuses", [this] { w<QCheckBox>("activeOnlyCheck")->setChecked(false); }},
            {"agent agent02", [this] { w<QComboBox>("agentCombo")->setEditText(QStringLiteral("agent02")); }},
            {"user jane", [this] { w<QLineEdit>("userEdit")->setText(QStringLiteral("jane")); }},
            {"user cleared", [this] { w<QLineEdit>("userEdit")->clear(); }},
            {"all agents", [this] { w<QComboBox>("agentCombo")->setEditText(QString()); }},
            {"today",
             [this] {
                 w<QComboBox>("rangeCombo")
                     ->setCurrentIndex(w<QComboBox>("rangeCombo")->findData(QStringLiteral("today")));
             }},
            {"last 30 days",
             [this] {
                 w<QComboBox>("rangeCombo")
                     ->setCurrentIndex(w<QComboBox>("rangeCombo")->findData(QStringLiteral("30days")));
             }},
            {"all buyers", [this] { w<QComboBox>("buyerCombo")->setCurrentIndex(0); }},
            {"any time",
             [this] {
                 w<QComboBox>("rangeCombo")
                     ->setCurrentIndex(w<QComboBox>("rangeCombo")->findData(QStringLiteral("any")));
             }},
        };
        std::vector<double> change;
        const QList<QWidget *> inputs{w<QWidget>("buyerCombo"), w<QWidget>("searchEdit"), w<QWidget>("activeOnlyCheck"),
                                      w<QWidget>("agentCombo"), w<QWidget>("userEdit"),   w<QWidget>("rangeCombo")};
        for (int i = 0; i < trials; ++i) {
            {
                // The widgets change quietly; the clock runs from the moment the filters apply.
                std::vector<std::unique_ptr<QSignalBlocker>> quiet;
                for (QWidget *input : inputs)
                    quiet.push_back(std::make_unique<QSignalBlocker>(input));
                changes[size_t(i) % changes.size()].second();
            }
            QElapsedTimer t;
            t.start();
            m_window->applyFilters(); // what a choice, or the end of the typing pause, calls
            QVERIFY(waitFirstRows(model()));
            change.push_back(double(t.nsecsElapsed()) / 1e6);
            qInfo("  %-18s %7.1f ms, %d sessions", changes[size_t(i) % changes.size()].first, change.back(),
                  model()->totalCount());
        }
        report("filter change", change);

        // Exporting all 50,000: how long, and how long the event loop ever waits meanwhile.
        w<QComboBox>("buyerCombo")->setCurrentIndex(0);
        w<QComboBox>("rangeCombo")->setCurrentIndex(w<QComboBox>("rangeCombo")->findData(QStringLiteral("any")));
        w<QLineEdit>("searchEdit")->clear();
        w<QLineEdit>("userEdit")->clear();
        w<QComboBox>("agentCombo")->setEditText(QString());
        w<QCheckBox>("activeOnlyCheck")->setChecked(false);
        QVERIFY(apply());
        QCOMPARE(model()->totalCount(), 50000);
        QElapsedTimer gap;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { worstGap = std::max(worstGap, gap.restart()); });
        QSignalSpy finished(m_window.get(), &SessionHistoryWindow::exportFinished);
        QElapsedTimer t;
        t.start();
        gap.start();
        ticker.start();
        m_window->exportCsv(m_dir.filePath(QStringLiteral("bench.csv")), false);
        QVERIFY(finished.wait(300000));
        ticker.stop();
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        qInfo("export of 50,000 sessions: %lld ms, %lld bytes, longest event-loop wait %lld ms", t.elapsed(),
              QFileInfo(m_dir.filePath(QStringLiteral("bench.csv"))).size(), worstGap);
        m_window.reset();
    }
};

QTEST_MAIN(BenchHistoryOpen)
#include "bench_history_open.moc"
