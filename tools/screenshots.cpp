// Renders the README screenshots from the real desk against a real demo marketplace: the main
// window with search results and details, and acting for a buyer with the banner and a cart.
// Run by scripts/screenshots.sh (under a virtual X display when available).

#include "core/net/MarketplaceClient.h"
#include "core/platform/DemoServer.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "search/BuyerUserSearchModel.h"
#include "shop/ShopPanel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace onbehalf;

namespace {
bool save(QWidget *w, const QString &path)
{
    QCoreApplication::processEvents();
    QTest::qWait(300);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: onbehalf-screenshots <marketplace-url> <output-dir>\n");
        return 2;
    }
    const QUrl url(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());

    MarketplaceClient client;
    client.setBaseUrl(url);
    client.setClientId(DemoServer::demoClientId());
    bool signedIn = false;
    client.signIn(QStringLiteral("agent01"), QStringLiteral("Onbehalf#2026"), nullptr,
                  [&](Result<wire::AccessToken> r) { signedIn = r.ok(); });
    if (!QTest::qWaitFor([&] { return signedIn; }, 20000))
        return 1;
    TokenStore tokens;
    tokens.setKeychainEnabled(false);
    QTemporaryDir dir;
    SessionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    SessionManager sessions(&client, &tokens, &journal);
    sessions.setMarketplace(url.toString(), QStringLiteral("agent01"));
    Settings settings;
    MainWindow window(&client, &tokens, &settings, &sessions);
    window.resize(1280, 760);
    window.show();
    window.start(QStringLiteral("Local demo marketplace"));
    window.setSearchDelay(0);

    // 1. Finding the caller.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::qWait(800);
    QTest::keyClicks(search, QStringLiteral("jane"));
    (void)QTest::qWaitFor([&] { return window.searchModel()->rowCount() > 0; }, 10000);
    QTest::qWait(800); // the last keystroke's search has landed
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(800);
    bool ok = save(&window, out.filePath(QStringLiteral("search.png")));

    // 2. Acting for the buyer, with a cart.
    SessionRequest request{QStringLiteral("NORTHWIND"), QStringLiteral("Northwind Health"),
                           QStringLiteral("NW-0001"),   QStringLiteral("jane.doe"),
                           QStringLiteral("Jane Doe"),  QStringLiteral("Caller reorders ward supplies"),
                           QStringLiteral("CASE-1042")};
    bool started = false;
    QSignalSpy catalog(window.shopPanel(), &ShopPanel::catalogShown);
    sessions.start(request, nullptr, [&](const ApiError &e) { started = !e.isError(); });
    if (!catalog.wait(10000) || !started)
        return 1;
    auto *products = window.findChild<QTableWidget *>(QStringLiteral("productsTable"));
    for (const auto &[id, qty] :
         {std::pair{QStringLiteral("GLV-NIT-M"), 12}, std::pair{QStringLiteral("SAN-GEL-500"), 3}}) {
        for (int row = 0; row < products->rowCount(); ++row) {
            if (products->item(row, 1)->text() == id)
                products->setCurrentCell(row, 0);
        }
        window.findChild<QSpinBox *>(QStringLiteral("quantitySpin"))->setValue(qty);
        window.findChild<QPushButton *>(QStringLiteral("addToCartButton"))->click();
        QTest::qWait(600);
    }
    ok = save(&window, out.filePath(QStringLiteral("acting-for-buyer.png"))) && ok;

    // Leave nothing behind on the marketplace: end the session.
    QSignalSpy ended(&sessions, &SessionManager::ended);
    sessions.end(wire::EndCause::AgentEnded);
    ended.wait(10000);
    return ok ? 0 : 1;
}
