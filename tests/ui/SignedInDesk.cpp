#include "SignedInDesk.h"

#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "search/BuyerUserSearchModel.h"

#include <QComboBox>
#include <QTest>

namespace onbehalf::test {

SignedInDesk::SignedInDesk() = default;

SignedInDesk::~SignedInDesk()
{
    // The window uses everything else; the session manager uses the journal.
    m_window.reset();
    m_owner.reset();
    m_journal.reset();
}

QString SignedInDesk::signIn(const Options &options)
{
    if (!m_server.start(options.server))
        return QStringLiteral("server did not start: ") + m_server.errorString();
    m_owner = std::make_unique<QObject>();
    m_client = new MarketplaceClient(m_owner.get());
    m_client->setBaseUrl(m_server.url());
    m_client->setClientId(QString::fromLatin1(Http::kDemoClientId));
    bool done = false;
    QString error;
    m_client->signIn(options.username, QString::fromLatin1(Http::kDemoPassword), m_owner.get(),
                     [&done, &error](Result<wire::AccessToken> r) {
                         error = r.ok() ? QString() : r.error.message();
                         done = true;
                     });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return QStringLiteral("sign-in did not answer");
    if (!error.isEmpty())
        return QStringLiteral("sign-in failed: ") + error;
    m_tokens = new TokenStore(m_owner.get());
    if (!options.keychain)
        m_tokens->setKeychainEnabled(false);
    m_settings = std::make_unique<Settings>();
    if (options.sessions) {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder for the session journal");
        m_journal = std::make_unique<SessionJournal>(m_dir.filePath(QStringLiteral("journal.json")));
        m_sessions = new SessionManager(m_client, m_tokens, m_journal.get(), m_owner.get());
        m_sessions->setMarketplace(m_server.url().toString(), options.username);
    }
    return {};
}

QString SignedInDesk::openWindow()
{
    if (!m_client)
        return QStringLiteral("openWindow() before signIn()");
    m_window = std::make_unique<MainWindow>(m_client, m_tokens, m_settings.get(), m_sessions);
    m_window->setConfirmer([](const QString &) { return true; });
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the main window was not shown");
    m_window->start(QStringLiteral("test"));
    // Ready when the buyers are in the filter and the first search (every buyer user) answered.
    auto *buyers = m_window->findChild<QComboBox *>(QStringLiteral("buyerFilterCombo"));
    if (!buyers || !QTest::qWaitFor([buyers] { return buyers->count() > 1; }, 20000))
        return QStringLiteral("the desk did not load the buyers");
    if (!waitForResults(20000))
        return QStringLiteral("the first search did not answer");
    return {};
}

void SignedInDesk::closeWindow()
{
    m_window.reset();
}

bool SignedInDesk::waitForResults(int timeoutMs) const
{
    return QTest::qWaitFor(
        [this] {
            const auto s = m_window->searchModel()->state();
            return s == BuyerUserSearchModel::State::Results || s == BuyerUserSearchModel::State::Empty ||
                   s == BuyerUserSearchModel::State::Error;
        },
        timeoutMs);
}

} // namespace onbehalf::test
