#include "SignedInDesk.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/DemoServer.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "desk/SessionBanner.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/StartSessionDialog.h"
#include "search/BuyerUserSearchModel.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

using namespace onbehalf;
using namespace onbehalf::test;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QString describe(const QWidget *w)
{
    return QString(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                   (w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName()));
}

// What the agent perceives as the control: a spin box or combo box, not the line edit inside it.
QWidget *control(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    const bool inner = parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)) &&
                       (parent->focusProxy() == w || w->focusProxy() == parent);
    return inner ? parent : w;
}

// The name a screen reader announces: the accessible name, else the buddy label or the text.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control(w));
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

// Keyboard and screen-reader use of the desk: the tab order reaches every control and every
// control has a name; the session banner is announced and readable in light and dark themes;
// Help › Keyboard shortcuts lists what the menus show.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    SignedInDesk m_desk;

    template <typename T>
    T *w(const char *name) const
    {
        return m_desk.w<T>(name);
    }

    static bool activate(QWidget *window)
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    // Tab from the current focus widget until the focus comes back to it.
    static QList<QWidget *> walkTabOrder(QWidget *window)
    {
        QList<QWidget *> order;
        QWidget *first = QApplication::focusWidget();
        if (!first || first->window() != window)
            return order;
        order << first;
        for (int i = 0; i < 300; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == first)
                break;
            if (order.contains(now)) { // a cycle that never comes back to the start
                order << now;
                break;
            }
            order << now;
        }
        return order;
    }

    // Every widget Tab can land on in `window`; a widget forwarding its focus counts as its proxy.
    static QList<QWidget *> focusable(QWidget *window)
    {
        QList<QWidget *> result;
        for (QWidget *c : window->findChildren<QWidget *>()) {
            if (c->window() == window && (c->focusPolicy() & Qt::TabFocus) && c->isVisible() && c->isEnabled() &&
                !c->focusProxy())
                result << c;
        }
        return result;
    }

    static QString orderText(const QList<QWidget *> &order)
    {
        QStringList names;
        for (QWidget *w : order)
            names << describe(w);
        return names.join(QStringLiteral(" → "));
    }

    // Walks the tab order of `window` and checks that it wraps, reaches every focusable control,
    // and that each of them has a name for screen readers.
    static void checkTabOrder(QWidget *window, QWidget *expectedFirst = nullptr)
    {
        QVERIFY(QApplication::focusWidget());
        const QList<QWidget *> order = walkTabOrder(window);
        const QString walked = orderText(order);
        qInfo("%s: %s", qPrintable(describe(window)), qPrintable(walked));
        QVERIFY2(order.size() >= 2, qPrintable(walked));
        QVERIFY2(order.count(order.last()) == 1, qPrintable(QStringLiteral("Tab goes round in a loop: ") + walked));
        if (expectedFirst)
            QCOMPARE(order.first(), expectedFirst);
        for (QWidget *c : order)
            QVERIFY2(!spokenName(c).isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: ") + describe(control(c))));
        for (QWidget *c : focusable(window))
            QVERIFY2(order.contains(c), qPrintable(QStringLiteral("not reachable with Tab: ") + describe(c) +
                                                   QStringLiteral("\nwalked: ") + walked));
    }

    bool waitForResults()
    {
        return m_desk.waitForResults() &&
               m_desk.window()->searchModel()->state() == BuyerUserSearchModel::State::Results;
    }

    QColor bannerBackground() const { return m_desk.window()->sessionBanner()->palette().color(QPalette::Window); }
    QColor bannerText() const
    {
        return m_desk.window()
            ->sessionBanner()
            ->findChild<QLabel *>(QStringLiteral("sessionBannerLabel"))
            ->palette()
            .color(QPalette::WindowText);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString error = m_desk.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(activate(m_desk.window()));
        QVERIFY(waitForResults());
    }

    void mainWindowTabOrder()
    {
        // A selected user: the detail panel and its button are on.
        auto *view = w<QTableView>("resultsView");
        view->setCurrentIndex(m_desk.window()->searchModel()->index(0, 0));
        QTRY_VERIFY(w<QWidget>("detailPanel")->isEnabled());
        w<QLineEdit>("searchEdit")->setFocus();
        QCOMPARE(QApplication::focusWidget(), w<QWidget>("searchEdit"));
        checkTabOrder(m_desk.window(), w<QWidget>("searchEdit"));
        if (QTest::currentTestFailed())
            return;
        // The search comes first, then its filters, then the results and the selected user.
        const QList<QWidget *> order = walkTabOrder(m_desk.window());
        const auto at = [&order](QWidget *x) { return order.indexOf(x); };
        QVERIFY(at(w<QWidget>("buyerFilterCombo")) == 1);
        QVERIFY(at(w<QWidget>("activeOnlyCheck")) == 2);
        QVERIFY(at(w<QWidget>("resultsView")) == 3);
        QVERIFY(at(w<QWidget>("recentOrdersList")) > at(w<QWidget>("resultsView")));
        QVERIFY(at(w<QWidget>("startSessionButton")) > at(w<QWidget>("recentOrdersList")));
    }

    void menusShowShortcutsAndHelpListsThem()
    {
        auto *help = w<QMenu>("helpMenu");
        QVERIFY(help);
        QAction *shortcuts = nullptr;
        for (QAction *a : help->actions()) {
            if (a->objectName() == QLatin1String("shortcutsAction"))
                shortcuts = a;
        }
        QVERIFY(shortcuts);
        QCOMPARE(shortcuts->shortcut(), QKeySequence(Qt::Key_F1));
        const auto entries = ShortcutsDialog::menuShortcuts(m_desk.window()->menuBar());
        auto has = [&entries](const QString &command, const QKeySequence &keys) {
            for (const auto &e : entries) {
                if (e.command == command && e.keys == keys.toString(QKeySequence::NativeText))
                    return true;
            }
            return false;
        };
        QVERIFY(has(QStringLiteral("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QVERIFY(has(QStringLiteral("Find buyer user"), QKeySequence(Qt::CTRL | Qt::Key_F)));
        QVERIFY(has(QStringLiteral("Act for selected user…"), QKeySequence(Qt::CTRL | Qt::Key_I)));
        QVERIFY(has(QStringLiteral("End session"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
        QVERIFY(has(QStringLiteral("Keyboard shortcuts"), QKeySequence(Qt::Key_F1)));
        for (const auto &e : entries)
            QVERIFY2(!e.command.contains(QLatin1Char('&')) && !e.keys.isEmpty() && !e.where.isEmpty(),
                     qPrintable(e.command));
        QCOMPARE(ShortcutsDialog::withoutAccelerator(QStringLiteral("Sign &out")), QStringLiteral("Sign out"));
        QCOMPARE(ShortcutsDialog::withoutAccelerator(QStringLiteral("Q&&A")), QStringLiteral("Q&A"));

        // F1 opens the list: the menu shortcuts, then Enter in the search, on a result, in the quantity.
        w<QLineEdit>("searchEdit")->setFocus();
        QTest::keyClick(m_desk.window(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk.window()->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), int(entries.size() + ShortcutsDialog::fixedKeys().size()));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << QString(list->topLevelItem(i)->text(0) + QLatin1Char('|') + list->topLevelItem(i)->text(1));
        QVERIFY2(rows.contains(QString(QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText) +
                                       QStringLiteral("|Quit"))),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Enter|Search at once and go to the results")));
        QVERIFY(rows.contains(QStringLiteral("Enter|Act for the selected user")));
        QVERIFY(rows.contains(QStringLiteral("Enter|Add the product to the cart")));
        QVERIFY(activate(dialog));
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        checkTabOrder(dialog, list);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_desk.window()->findChild<ShortcutsDialog *>());
    }

    void dialogsHaveNamesAndTabOrder()
    {
        DemoServer demo;
        SignInDialog signIn(m_desk.client(), m_desk.tokens(), m_desk.settings(), &demo);
        QVERIFY(activate(&signIn));
        signIn.findChild<QWidget *>(QStringLiteral("marketplaceCombo"))->setFocus();
        checkTabOrder(&signIn, signIn.findChild<QWidget *>(QStringLiteral("marketplaceCombo")));
        if (QTest::currentTestFailed())
            return;
        const QList<QWidget *> order = walkTabOrder(&signIn);
        QStringList names;
        for (QWidget *c : order)
            names << c->objectName();
        const auto before = [&names](const char *a, const char *b) {
            return names.indexOf(QString::fromLatin1(a)) < names.indexOf(QString::fromLatin1(b));
        };
        QVERIFY2(before("marketplaceCombo", "clientIdEdit") && before("clientIdEdit", "usernameEdit") &&
                     before("usernameEdit", "passwordEdit") && before("passwordEdit", "rememberCheck") &&
                     before("rememberCheck", "signInButton"),
                 qPrintable(names.join(QStringLiteral(", "))));
        signIn.close();

        PreferencesDialog preferences(m_desk.settings(), m_desk.window());
        QVERIFY(activate(&preferences));
        preferences.findChild<QWidget *>(QStringLiteral("languageCombo"))->setFocus();
        checkTabOrder(&preferences, preferences.findChild<QWidget *>(QStringLiteral("languageCombo")));
        if (QTest::currentTestFailed())
            return;
        preferences.close();

        StartSessionDialog start(SessionBanner::actingFor(QStringLiteral("Jane Doe"), QStringLiteral("jane.doe"),
                                                          QStringLiteral("Northwind Health")),
                                 m_desk.window());
        QVERIFY(activate(&start));
        QTest::keyClicks(start.findChild<QWidget *>(QStringLiteral("reasonEdit")), QStringLiteral("Caller asked"));
        checkTabOrder(&start, start.findChild<QWidget *>(QStringLiteral("reasonEdit")));
        start.close();
    }

    void sessionBannerIsAnnouncedAndReadable()
    {
        QVERIFY(activate(m_desk.window()));
        SessionRequest request;
        request.buyerId = QStringLiteral("NORTHWIND");
        request.buyerName = QStringLiteral("Northwind Health");
        request.userId = QStringLiteral("NW-0001");
        request.username = QStringLiteral("jane.doe");
        request.userFullName = QStringLiteral("Jane Doe");
        request.reason = QStringLiteral("Accessibility test");
        bool done = false;
        QString error;
        m_desk.sessions()->start(request, this, [&done, &error](const ApiError &e) {
            done = true;
            error = e.message();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SessionBanner *banner = m_desk.window()->sessionBanner();
        QTRY_VERIFY(banner->isVisible());

        // Screen readers get the banner's text as its description, and a name for the region.
        const QString acting = SessionBanner::actingFor(request.userFullName, request.username, request.buyerName);
        QVERIFY2(banner->text().startsWith(acting), qPrintable(banner->text()));
        QCOMPARE(banner->accessibleDescription(), banner->text());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QVERIFY2(iface->text(QAccessible::Description).startsWith(acting),
                 qPrintable(iface->text(QAccessible::Description)));

        // WCAG AA (4.5:1) in the normal and the warning state, with a light and a dark palette.
        for (const bool dark : {false, true}) {
            if (dark) {
                QApplication::setPalette(darkPalette());
                QApplication::processEvents();
            }
            emit m_desk.sessions()->renewed(); // the normal state
            QVERIFY(!w<QPushButton>("renewSessionButton")->isVisible());
            QVERIFY2(contrast(bannerBackground(), bannerText()) >= 4.5,
                     qPrintable(QStringLiteral("normal, dark=%1: %2 on %3 = %4")
                                    .arg(dark)
                                    .arg(bannerText().name(), bannerBackground().name())
                                    .arg(contrast(bannerBackground(), bannerText()))));
            QCOMPARE(banner->palette().color(QPalette::WindowText), bannerText());
            emit m_desk.sessions()->expiryWarning();
            QVERIFY(w<QPushButton>("renewSessionButton")->isVisible());
            QVERIFY(!banner->accessibleDescription().isEmpty());
            QVERIFY2(contrast(bannerBackground(), bannerText()) >= 4.5,
                     qPrintable(QStringLiteral("warning, dark=%1: %2 on %3 = %4")
                                    .arg(dark)
                                    .arg(bannerText().name(), bannerBackground().name())
                                    .arg(contrast(bannerBackground(), bannerText()))));
        }
        QApplication::setPalette(QPalette());
        // The next tick puts the session's text back as the description.
        QTRY_COMPARE_WITH_TIMEOUT(banner->accessibleDescription(), banner->text(), 3000);
    }

    void tabOrderDuringASession()
    {
        // The banner's buttons and the shop are reachable and named too.
        QVERIFY(m_desk.sessions()->isActive());
        auto *products = w<QTableWidget>("productsTable");
        QTRY_VERIFY_WITH_TIMEOUT(products->rowCount() > 0, 15000);
        QVERIFY(w<QWidget>("shopPanel")->isVisible());
        w<QWidget>("productSearchEdit")->setFocus();
        checkTabOrder(m_desk.window(), w<QWidget>("productSearchEdit"));
        if (QTest::currentTestFailed())
            return;
        const QList<QWidget *> order = walkTabOrder(m_desk.window());
        QVERIFY(order.contains(w<QWidget>("endSessionButton")));
        QWidget *quantity = w<QSpinBox>("quantitySpin");
        if (quantity->focusProxy())
            quantity = quantity->focusProxy();
        QVERIFY(order.indexOf(w<QWidget>("productsTable")) < order.indexOf(quantity));
        QVERIFY(order.indexOf(quantity) < order.indexOf(w<QWidget>("addToCartButton")));
        QVERIFY(order.indexOf(w<QWidget>("addToCartButton")) < order.indexOf(w<QWidget>("cartTable")));
        QVERIFY(order.indexOf(w<QWidget>("cartTable")) < order.indexOf(w<QWidget>("addressCombo")));
        QVERIFY(order.indexOf(w<QWidget>("addressCombo")) < order.indexOf(w<QWidget>("commentsEdit")));
    }

    void cleanupTestCase()
    {
        SessionManager *sessions = m_desk.sessions();
        if (sessions && sessions->isActive()) {
            bool ended = false;
            sessions->end(wire::EndCause::AgentEnded, this, [&ended](const ApiError &) { ended = true; });
            QTRY_VERIFY_WITH_TIMEOUT(ended, 10000);
        }
        m_desk.closeWindow();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
