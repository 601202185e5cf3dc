#include "DeskSteps.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "desk/Translations.h"
#include "shop/ShopPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
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

// The letter after a single '&' ("Sign &out" → 'o'), or a null character.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Collects the mnemonics one window offers at once and reports every letter used twice.
class MnemonicWalk
{
public:
    explicit MnemonicWalk(QString where) : m_where(std::move(where)) {}

    void add(const QString &text)
    {
        const QChar m = mnemonic(text);
        if (m.isNull())
            return;
        if (m_seen.contains(m))
            m_clashes << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"").arg(m_where, m, m_seen.value(m), text);
        else
            m_seen.insert(m, text);
    }

    // What Alt+letter can reach in `top` now: its menu bar, tabs, visible buttons, group boxes,
    // and visible labels with a buddy; and, separately, inside each menu.
    void walk(QWidget *top)
    {
        if (auto *window = qobject_cast<QMainWindow *>(top)) {
            for (QAction *a : window->menuBar()->actions()) {
                add(a->text());
                MnemonicWalk inMenu(m_where + QStringLiteral(" / ") + a->text());
                for (QAction *item : a->menu()->actions())
                    inMenu.add(item->text());
                m_clashes << inMenu.clashes();
            }
        }
        for (QTabWidget *tabs : top->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
            if (b->isVisible())
                add(b->text());
        }
        for (QGroupBox *g : top->findChildren<QGroupBox *>()) {
            if (g->isVisible() && g->isCheckable())
                add(g->title());
        }
        for (QLabel *l : top->findChildren<QLabel *>()) {
            if (l->isVisible() && l->buddy())
                add(l->text());
        }
    }

    QStringList clashes() const { return m_clashes; }
    int count() const { return int(m_seen.size()); }

private:
    QString m_where;
    QMap<QChar, QString> m_seen;
    QStringList m_clashes;
};

} // namespace

// Issue 12, defect 12, in every language: after a live switch to German and Spanish (as the
// Preferences do it), every mnemonic is unique within its window — the main window on the search
// tab and on the shop tab, the start-session dialog and the session history. A clash means Alt+
// letter reaches one control and never the other.
class TestMnemonics : public QObject, protected DeskSteps
{
    Q_OBJECT

private:
    static QStringList walked(const QString &where, QWidget *top, int *count = nullptr)
    {
        MnemonicWalk walk(where);
        walk.walk(top);
        if (count)
            *count = walk.count();
        return walk.clashes();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString error = m_desk.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { Translations::apply(QStringLiteral("en")); }

    void everyWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void everyWindow()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::apply(language), language);
        QStringList clashes;
        int count = 0;

        // The search tab. The File menu's Alt+letter opens it there (not a tab): walk it as an
        // agent would.
        QVERIFY(activate());
        auto *fileMenu = window()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        const QChar fileKey = mnemonic(fileMenu->menuAction()->text()).toUpper();
        QVERIFY(fileKey >= QLatin1Char('A') && fileKey <= QLatin1Char('Z'));
        QTest::keyClick(window(), Qt::Key(fileKey.unicode()), Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_Escape);
        QTRY_VERIFY(!fileMenu->isVisible());
        QCOMPARE(w<QTabWidget>("mainTabs")->currentIndex(), 0);
        clashes << walked(QStringLiteral("%1, search tab").arg(language), window(), &count);
        QVERIFY(count >= 8); // menus, tabs, buttons, captions: the walk saw the window

        // The start-session dialog, then the shop tab during the session.
        QWidget *dialog = openStartDialog(QStringLiteral("jane doe"));
        QVERIFY(dialog);
        clashes << walked(QStringLiteral("%1, start-session dialog").arg(language), dialog);
        QSignalSpy catalog(window()->shopPanel(), &ShopPanel::catalogShown);
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("Caller reorders supplies"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk.sessions()->isActive(), 15000);
        QVERIFY(!catalog.isEmpty() || catalog.wait(15000));
        QVERIFY(activate());
        clashes << walked(QStringLiteral("%1, shop tab").arg(language), window());

        // The session history (View ▸ Session history, Ctrl+H).
        QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
        QWidget *history = nullptr;
        QTRY_VERIFY((history = visibleDialog("sessionHistoryWindow")) != nullptr);
        // Every tab of it: each shows other buttons.
        auto *historyTabs = history->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(historyTabs && historyTabs->count() >= 2);
        for (int i = 0; i < historyTabs->count(); ++i) {
            historyTabs->setCurrentIndex(i);
            clashes << walked(QStringLiteral("%1, session history, tab %2").arg(language).arg(i), history);
        }
        historyTabs->setCurrentIndex(0);
        history->activateWindow();
        QApplication::setActiveWindow(history);
        QVERIFY(QTest::qWaitForWindowActive(history));
        QTest::keyClick(history, Qt::Key_Escape);
        QTRY_VERIFY(!history->isVisible());

        window()->setConfirmer([](const QString &) { return true; });
        QSignalSpy ended(m_desk.sessions(), &SessionManager::ended);
        QTest::mouseClick(w<QPushButton>("endSessionButton"), Qt::LeftButton);
        QVERIFY(ended.wait(10000));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
