#include "SignedInDesk.h"
#include "core/net/ApiError.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "desk/Translations.h"
#include "search/BuyerUserSearchModel.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace onbehalf;
using namespace onbehalf::test;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages.push_back(current);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1…%9 (also %L1) and %n, each counted once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = QString(QLatin1Char('%') + it.next().captured(1));
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

// The number of '&' accelerators ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

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

    void cleanupTestCase()
    {
        m_desk.closeWindow();
        Translations::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
