#include "ShownText.h"
#include "SignedInDesk.h"
#include "TsCatalog.h"
#include "core/net/ApiError.h"
#include "desk/MainWindow.h"
#include "desk/Translations.h"
#include "dialogs/StartSessionDialog.h"
#include "history/HistoryFormat.h"
#include "history/SessionHistoryModel.h"
#include "history/SessionHistoryWindow.h"
#include "search/BuyerUserSearchModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

namespace {

QString tsPath(const char *language)
{
    return QStringLiteral(ONBEHALF_TS_DIR "/onbehalf_") + QString::fromLatin1(language) + QStringLiteral(".ts");
}

// Qt's own English (standard buttons and key names) that its catalogs translate.
QStringList qtEnglish(const QString &language)
{
    QStringList words{QStringLiteral("Cancel"), QStringLiteral("&Cancel"), QStringLiteral("&Yes"),
                      QStringLiteral("Yes"),    QStringLiteral("Close"),   QStringLiteral("&Close"),
                      QStringLiteral("Apply"),  QStringLiteral("&Apply"),  QStringLiteral("Save"),
                      QStringLiteral("&Save")};
    if (language == QLatin1String("de"))
        words << QStringLiteral("&No") << QStringLiteral("No");
    return words;
}

} // namespace

// German and Spanish: every .ts entry translated, and the desk really shows them.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    SignedInDesk m_desk;
    QString m_session; // a session of the desk's agent with a submitted order
    QString m_total;   // that order's total as the marketplace wrote it

    bool ensureDesk()
    {
        if (!m_desk.window()) {
            if (!m_desk.client()) {
                const QString error = m_desk.signIn();
                if (!error.isEmpty())
                    return false;
            }
            if (!m_desk.openWindow().isEmpty())
                return false;
        }
        return true;
    }

    // An order of more than a thousand (grouping shows) placed in a session of the desk's agent.
    QString placeOrderOnce()
    {
        if (!m_total.isEmpty())
            return m_total;
        Http http(m_desk.server().url());
        const QByteArray agent = http.login(QStringLiteral("agent01"));
        const Http::Response started = http.post(QStringLiteral("/v1/impersonationsessions"),
                                                 {{"BuyerID", "NORTHWIND"},
                                                  {"UserID", "NW-0001"},
                                                  {"ClientID", Http::kDemoClientId},
                                                  {"Reason", "Translation test: a large order"},
                                                  {"CaseNumber", "TR-001"}},
                                                 agent);
        if (started.status != 201)
            return {};
        const nlohmann::json body = started.json();
        m_session = QString::fromStdString(body["Session"]["ID"].get<std::string>());
        const QByteArray buyer = QByteArray::fromStdString(body["AccessToken"]["access_token"].get<std::string>());
        const Http::Response order = http.post(QStringLiteral("/v1/orders/Outgoing"), nlohmann::json::object(), buyer);
        const QString id = QString::fromStdString(order.json()["ID"].get<std::string>());
        const QString base = QStringLiteral("/v1/orders/Outgoing/") + id;
        http.post(base + QStringLiteral("/lineitems"), {{"ProductID", "GLV-NIT-M"}, {"Quantity", 150}}, buyer);
        const Http::Response submitted = http.post(base + QStringLiteral("/submit"), nlohmann::json::object(), buyer);
        if (submitted.status != 201)
            return {};
        const double total = submitted.json()["Total"].get<double>();
        if (total < 1000)
            return {};
        http.post(QStringLiteral("/v1/impersonationsessions/") + m_session + QStringLiteral("/end"),
                  {{"EndCause", "AgentEnded"}}, agent);
        m_total = QString::number(total, 'f', 2);
        return m_total;
    }

    template <typename T>
    T *w(const char *name) const
    {
        return m_desk.w<T>(name);
    }

    QString header(int column) const
    {
        return w<QTableView>("resultsView")->model()->headerData(column, Qt::Horizontal).toString();
    }

    // What the agent sees in the main window for the language now applied.
    void checkShown(const QString &file, const QString &placeholder, const QString &activeOnly, const QString &username,
                    const QString &buyer)
    {
        QTRY_COMPARE(w<QMenu>("fileMenu")->title(), file);
        QCOMPARE(w<QLineEdit>("searchEdit")->placeholderText(), placeholder);
        QCOMPARE(w<QCheckBox>("activeOnlyCheck")->text(), activeOnly);
        QCOMPARE(header(BuyerUserSearchModel::UsernameColumn), username);
        QCOMPARE(header(BuyerUserSearchModel::BuyerColumn), buyer);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void tsFilesComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << tsPath("de") << QStringLiteral("de_DE");
        QTest::newRow("es") << tsPath("es") << QStringLiteral("es_ES");
    }

    void tsFilesComplete()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));
        QStringList problems;
        for (const Message &m : ts.messages) {
            const QString where = QStringLiteral("line %1 [%2] “%3”").arg(m.line).arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems << QString(where + QStringLiteral(": type=") + m.type);
                continue;
            }
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() != 2)) {
                problems << QString(where + QStringLiteral(": %1 form(s)").arg(m.translations.size()));
                continue;
            }
            const QStringList wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QString(where + QStringLiteral(": empty translation"));
                    continue;
                }
                for (const QString &p : wanted) {
                    if (!placeholders(t).contains(p))
                        problems << QString(where + QStringLiteral(": %1 missing in “%2”").arg(p, t));
                }
                for (const QString &p : placeholders(t)) {
                    if (!wanted.contains(p) && !(m.numerus && p == QLatin1String("%n")))
                        problems << QString(where + QStringLiteral(": %1 not in the source, in “%2”").arg(p, t));
                }
                if (accelerators(m.source) != accelerators(t))
                    problems << QString(where + QStringLiteral(": accelerator '&' count differs in “%1”").arg(t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }

    void bothLanguagesHaveTheSameEntries()
    {
        const TsFile de = readTs(tsPath("de"));
        const TsFile es = readTs(tsPath("es"));
        QStringList deKeys, esKeys;
        for (const Message &m : de.messages)
            deKeys << QString(m.context + QLatin1Char('\x1f') + m.source);
        for (const Message &m : es.messages)
            esKeys << QString(m.context + QLatin1Char('\x1f') + m.source);
        deKeys.sort();
        esKeys.sort();
        QCOMPARE(deKeys, esKeys);
    }

    void mainWindowFollowsTheLanguage()
    {
        QString error = m_desk.signIn();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // German, as chosen in preferences before the window opens.
        QCOMPARE(Translations::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        error = m_desk.openWindow();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        checkShown(QStringLiteral("&Datei"),
                   QStringLiteral("Käuferbenutzer nach Name, Benutzername, E-Mail oder ID suchen (Strg+F)"),
                   QStringLiteral("Nur a&ktive"), QStringLiteral("Benutzername"), QStringLiteral("Käufer"));
        QCOMPARE(w<QMenu>("helpMenu")->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(w<QMenu>("sessionMenu")->title(), QStringLiteral("&Sitzung"));
        QCOMPARE(ApiError::unreachable(QString()).message(),
                 QStringLiteral("Der Marktplatz ist nicht erreichbar. Bitte prüfen Sie die Adresse und Ihre "
                                "Netzwerkverbindung."));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk.window()->searchModel()->state() == BuyerUserSearchModel::State::Results,
                                 15000);
        const QString active =
            m_desk.window()->searchModel()->index(0, BuyerUserSearchModel::ActiveColumn).data().toString();
        QVERIFY2(active == QLatin1String("Aktiv") || active == QLatin1String("Inaktiv"), qPrintable(active));

        // Switching in preferences retranslates the open window.
        QCOMPARE(Translations::apply(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        checkShown(QStringLiteral("&Archivo"),
                   QStringLiteral("Buscar usuarios compradores por nombre, nombre de usuario, correo electrónico o "
                                  "ID (Ctrl+F)"),
                   QStringLiteral("Solo ac&tivos"), QStringLiteral("Nombre de usuario"), QStringLiteral("Comprador"));
        QCOMPARE(ApiError::unreachable(QString()).message(),
                 QStringLiteral("No se puede acceder al marketplace. Compruebe la dirección y su conexión de red."));

        // And back to the English source.
        QCOMPARE(Translations::apply(QStringLiteral("en")), QStringLiteral("en"));
        checkShown(QStringLiteral("&File"),
                   QStringLiteral("Search buyer users by name, username, email or ID (Ctrl+F)"),
                   QStringLiteral("&Active only"), QStringLiteral("Username"), QStringLiteral("Buyer"));
        QCOMPARE(ApiError::unreachable(QString()).message(),
                 QStringLiteral("The marketplace cannot be reached. Check the address and your network connection."));
    }

    // Qt's own catalogs: standard buttons and key names follow a live switch.
    void qtOwnStringsFollowTheLanguage()
    {
        Translations::apply(QStringLiteral("en"));
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No |
                             QDialogButtonBox::Close);
        auto text = [&box](QDialogButtonBox::StandardButton b) {
            return box.button(b)->text().remove(QLatin1Char('&'));
        };
        const QKeySequence quit(Qt::CTRL | Qt::Key_Q);
        QCOMPARE(text(QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
        QCOMPARE(quit.toString(QKeySequence::NativeText), QStringLiteral("Ctrl+Q"));

        QCOMPARE(Translations::apply(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY2(Translations::qtCatalogLoaded(), qPrintable(Translations::qtCatalogFolders().join(QLatin1Char(' '))));
        QTRY_COMPARE(text(QDialogButtonBox::Cancel), QStringLiteral("Abbrechen"));
        QCOMPARE(text(QDialogButtonBox::Yes), QStringLiteral("Ja"));
        QCOMPARE(text(QDialogButtonBox::No), QStringLiteral("Nein"));
        QCOMPARE(text(QDialogButtonBox::Close), QStringLiteral("Schließen"));
        QCOMPARE(quit.toString(QKeySequence::NativeText), QStringLiteral("Strg+Q"));

        QCOMPARE(Translations::apply(QStringLiteral("es")), QStringLiteral("es"));
        QVERIFY(Translations::qtCatalogLoaded());
        QTRY_COMPARE(text(QDialogButtonBox::Cancel), QStringLiteral("Cancelar"));
        QCOMPARE(text(QDialogButtonBox::Yes), QStringLiteral("Sí"));
        QCOMPARE(text(QDialogButtonBox::Close), QStringLiteral("Cerrar"));

        Translations::apply(QStringLiteral("en"));
        QTRY_COMPARE(text(QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
    }

    // History amounts and numbers in the chosen language's notation, exactly.
    void historyNumbersFollowTheLocale()
    {
        Translations::apply(QStringLiteral("de"));
        QCOMPARE(HistoryFormat::money(12345600), QStringLiteral("1.234,56"));
        QCOMPARE(HistoryFormat::money(12345678), QStringLiteral("1.234,5678"));
        QCOMPARE(HistoryFormat::money(5000), QStringLiteral("0,50"));
        QCOMPARE(HistoryFormat::money(123456789000), QStringLiteral("12.345.678,90"));
        QCOMPARE(HistoryFormat::number(12345), QStringLiteral("12.345"));
        QCOMPARE(HistoryFormat::duration(3 * 3600 + 5 * 60), QStringLiteral("3 Std. 05 Min."));
        Translations::apply(QStringLiteral("es"));
        // Spanish groups thousands only from five digits on (CLDR minimum grouping digits).
        QCOMPARE(HistoryFormat::money(12345600), QLocale(QLocale::Spanish).toString(1234.56, 'f', 2));
        QCOMPARE(HistoryFormat::money(123456789000), QStringLiteral("12.345.678,90"));
        QCOMPARE(HistoryFormat::money(12345600), QStringLiteral("1234,56"));
        Translations::apply(QStringLiteral("en"));
        QCOMPARE(HistoryFormat::money(12345600), QStringLiteral("1,234.56"));
    }

    void nothingEnglishLeftAfterASwitch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    // Issue 12, defect 10: a live switch, then the history (every tab, headers, cells, buttons) and
    // the dialogs are read: no English (or other language's) text left, amounts in the language's
    // notation.
    void nothingEnglishLeftAfterASwitch()
    {
        QFETCH(QString, language);
        // The window as it opens in English, then the switch.
        Translations::apply(QStringLiteral("en"));
        m_desk.closeWindow();
        QVERIFY(ensureDesk());
        const QString orderTotal = placeOrderOnce();
        QVERIFY(!orderTotal.isEmpty());
        QCOMPARE(Translations::apply(language), language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // what the event loop does next
        const QString other = language == QLatin1String("de") ? QStringLiteral("es") : QStringLiteral("de");
        const ForeignTexts foreign(readTs(tsPath(qPrintable(language))), {readTs(tsPath(qPrintable(other)))});
        // The main window with each of its tabs in front.
        QList<Shown> shown;
        auto *mainTabs = m_desk.w<QTabWidget>("mainTabs");
        for (int i = 0; i < mainTabs->count(); ++i) {
            mainTabs->setCurrentIndex(i);
            shown += collectWindow(m_desk.window());
        }
        mainTabs->setCurrentIndex(0);
        // The history, each of its tabs, with the session that placed an order selected.
        m_desk.window()->findChild<QAction *>(QStringLiteral("sessionHistoryAction"))->trigger();
        auto *history = m_desk.window()->findChild<SessionHistoryWindow *>();
        QVERIFY(history && history->isVisible());
        history->applyFilters();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowOf(m_session) >= 0, 15000);
        auto *tabs = history->findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(0);
        QSignalSpy detail(history, &SessionHistoryWindow::detailLoaded);
        history->showSession(m_session);
        QVERIFY(detail.wait(15000) || history->detailSessionId() == m_session);
        const int row = history->model()->rowOf(m_session);
        const QString total = history->model()->index(row, SessionHistoryModel::TotalColumn).data().toString();
        const QLocale locale(language);
        QCOMPARE(total, locale.toString(orderTotal.toDouble(), 'f', 2));
        shown += collectWindow(history);
        QSignalSpy orders(history, &SessionHistoryWindow::ordersLoaded);
        tabs->setCurrentIndex(1);
        QVERIFY(orders.wait(15000));
        shown += collectWindow(history);
        QSignalSpy chart(history, &SessionHistoryWindow::chartLoaded);
        tabs->setCurrentIndex(2);
        QVERIFY(chart.wait(15000));
        shown += collectWindow(history);
        tabs->setCurrentIndex(0);
        history->close();

        // Dialogs as they open now.
        m_desk.window()->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *preferences = m_desk.window()->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(preferences);
        QTRY_VERIFY(preferences->isVisible());
        shown += collectWindow(preferences);
        preferences->reject();
        StartSessionDialog start(QStringLiteral("Jane Doe (jane.doe) · Northwind Health"), m_desk.window());
        start.show();
        QVERIFY(QTest::qWaitForWindowExposed(&start));
        shown += collectWindow(&start);
        start.reject();

        QStringList problems;
        const QStringList qtWords = qtEnglish(language);
        for (const Shown &s : shown) {
            if (s.text.trimmed().isEmpty())
                continue;
            const QString what = foreign.match(s.text);
            if (!what.isEmpty())
                problems << QStringLiteral("%1: “%2” (%3)").arg(s.where, s.text, what);
            else if (qtWords.contains(s.text))
                problems << QStringLiteral("%1: “%2” (Qt's English)").arg(s.where, s.text);
            else if (language == QLatin1String("de") && s.text.contains(QLatin1String("Ctrl+")))
                problems << QStringLiteral("%1: “%2” (English key name)").arg(s.where, s.text);
        }
        Translations::apply(QStringLiteral("en"));
        for (const QString &p : problems)
            qWarning("%s", qPrintable(p)); // all of them: the failure message is cut short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) not in %2 of %3 read:\n")
                                                    .arg(problems.size())
                                                    .arg(language)
                                                    .arg(shown.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_desk.closeWindow();
        Translations::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
