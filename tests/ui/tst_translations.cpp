#include "SignedInDesk.h"
#include "TsCatalog.h"
#include "core/net/ApiError.h"
#include "desk/MainWindow.h"
#include "desk/Translations.h"
#include "history/HistoryFormat.h"
#include "search/BuyerUserSearchModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
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

} // namespace

// German and Spanish: every .ts entry translated, and the desk really shows them.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    SignedInDesk m_desk;

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

    void cleanupTestCase()
    {
        m_desk.closeWindow();
        Translations::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
