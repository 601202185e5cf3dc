#include "KeychainProbe.h"
#include "TestServer.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"
#include "dialogs/SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

// Sign-in as an agent meets it: the real dialog, the real server, the real keychain.
class TestSignIn : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<DeskController> m_desk;

    SignInDialog *dialog() const { return m_desk->signInDialog(); }
    template <typename T>
    T *field(const char *name) const
    {
        T *w = dialog() ? dialog()->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    void newDesk()
    {
        m_desk = std::make_unique<DeskController>();
        DeskController::Options o;
        o.marketplace = m_server.url().toString();
        o.clientId = QString::fromLatin1(Http::kDemoClientId);
        m_desk->start(o);
    }

    // Types into the form as an agent would and presses Enter.
    void typeAndSubmit(const QString &username, const QString &password)
    {
        QLineEdit *user = field<QLineEdit>("usernameEdit");
        QLineEdit *pass = field<QLineEdit>("passwordEdit");
        user->clear();
        QTest::keyClicks(user, username);
        pass->clear();
        QTest::keyClicks(pass, password);
        QTest::keyClick(pass, Qt::Key_Return);
    }

    QString waitForError()
    {
        QLabel *error = field<QLabel>("errorLabel");
        QPushButton *button = field<QPushButton>("signInButton");
        // The error shows once the answer is in (the button is enabled again).
        if (!QTest::qWaitFor([&] { return error->isVisible() && button->isEnabled(); }, 20000))
            return {};
        return error->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings().sync();
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanup() { m_desk.reset(); }

    void formIsKeyboardFirst()
    {
        newDesk();
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
        QCOMPARE(field<QLineEdit>("clientIdEdit")->text(), QString::fromLatin1(Http::kDemoClientId));
        QVERIFY(field<QPushButton>("signInButton")->isDefault());
        QCOMPARE(field<QComboBox>("marketplaceCombo")->itemText(0), SignInDialog::demoEntryText());
        for (const char *name : {"marketplaceCombo", "clientIdEdit", "usernameEdit", "passwordEdit", "rememberCheck"})
            QVERIFY2(!dialog()->findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    }

    void failuresAreShownInlineAndKeepTheForm_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QStringLiteral("agent01") << QStringLiteral("Wrong#12345")
                                        << QStringLiteral("not right");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("Wrong#12345")
                                      << QStringLiteral("not right");
        QTest::newRow("empty password") << QStringLiteral("agent01") << QString() << QStringLiteral("Enter your");
    }

    void failuresAreShownInlineAndKeepTheForm()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        newDesk();
        typeAndSubmit(username, password);
        const QString error = waitForError();
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(dialog()->isVisible());
        QCOMPARE(field<QLineEdit>("usernameEdit")->text(), username);
        QCOMPARE(field<QLineEdit>("clientIdEdit")->text(), QString::fromLatin1(Http::kDemoClientId));
    }

    void inactiveUser()
    {
        Http http(m_server.url());
        const auto inactive =
            http.get(QStringLiteral("/v1/buyers/NORTHWIND/users?Active=false"), http.login(QStringLiteral("agent01")))
                .json()["Items"][0]["Username"];
        newDesk();
        typeAndSubmit(QString::fromStdString(inactive.get<std::string>()), QString::fromLatin1(Http::kDemoPassword));
        QVERIFY(waitForError().contains(QStringLiteral("switched off")));
    }

    void lockedOut()
    {
        newDesk();
        for (int i = 0; i < 5; ++i) {
            typeAndSubmit(QStringLiteral("agent03"), QStringLiteral("Wrong#12345"));
            waitForError();
        }
        typeAndSubmit(QStringLiteral("agent03"), QString::fromLatin1(Http::kDemoPassword));
        QVERIFY(waitForError().contains(QStringLiteral("locked")));
    }

    void unknownClient()
    {
        newDesk();
        field<QLineEdit>("clientIdEdit")->setText(QStringLiteral("no-such-client"));
        typeAndSubmit(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword));
        QVERIFY(waitForError().contains(QStringLiteral("Client ID")));
        QCOMPARE(field<QLineEdit>("clientIdEdit")->text(), QStringLiteral("no-such-client"));
    }

    void serverUnreachableAndTls()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        newDesk();
        field<QComboBox>("marketplaceCombo")->setEditText(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        typeAndSubmit(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword));
        QVERIFY(waitForError().contains(QStringLiteral("cannot be reached")));

        // An https URL to a plain-HTTP server: the TLS handshake fails.
        field<QComboBox>("marketplaceCombo")
            ->setEditText(QStringLiteral("https://127.0.0.1:%1").arg(m_server.url().port()));
        typeAndSubmit(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword));
        const QString error = waitForError();
        QVERIFY2(error.contains(QStringLiteral("certificate")) || error.contains(QStringLiteral("cannot be reached")),
                 qPrintable(error));
    }

    void rememberMeSignInSurvivesARestartAndSignOutForgets()
    {
        newDesk();
        QSignalSpy shown(m_desk.get(), &DeskController::mainWindowShown);
        field<QCheckBox>("rememberCheck")->setChecked(true);
        typeAndSubmit(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword));
        QVERIFY(shown.wait(20000));
        MainWindow *window = m_desk->mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(QStringLiteral("searchEdit")));

        const QString key =
            TokenStore::key(m_server.url().toString(), QStringLiteral("agent01"), TokenStore::Purpose::RefreshToken);
        const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        QString refresh;
        if (keychain) {
            QTRY_VERIFY_WITH_TIMEOUT(!keychainSecret(key).isEmpty(), 10000);
            refresh = keychainSecret(key);
            QCOMPARE(refresh, m_desk->client()->refreshToken());
            // Readable with the desktop's own tool: it really is in the Secret Service.
            QProcess secretTool;
            secretTool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                             TokenStore::serviceName(), QStringLiteral("user"), key});
            QVERIFY(secretTool.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(secretTool.readAllStandardOutput()).trimmed(), refresh);
            // Nothing secret in the settings file or anywhere under the app's folders.
            m_desk->settings()->sync();
            for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppLocalDataLocation,
                                  QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
                QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    QFile f(it.next());
                    if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly))
                        QVERIFY2(!f.readAll().contains(refresh.toUtf8()), qPrintable(f.fileName()));
                }
            }
        }

        // A new app object signs in with the remembered token, without the dialog.
        m_desk.reset();
        if (!keychain)
            QSKIP("No D-Bus session: the remembered sign-in needs the keychain (run through scripts/test.sh)");
        newDesk();
        QSignalSpy again(m_desk.get(), &DeskController::mainWindowShown);
        QVERIFY(again.wait(20000));
        QVERIFY(!m_desk->signInDialog() || !m_desk->signInDialog()->isVisible());
        // That sign-in spent the remembered token; the server handed out a new one, and the
        // keychain holds it (reusing the spent one would revoke the whole family).
        const QString rotated = m_desk->client()->refreshToken();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != refresh);
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(key), rotated, 10000);
        // So the next start signs in without the dialog again.
        m_desk.reset();
        newDesk();
        QSignalSpy third(m_desk.get(), &DeskController::mainWindowShown);
        QVERIFY(third.wait(20000));
        QVERIFY(!m_desk->signInDialog() || !m_desk->signInDialog()->isVisible());

        // Sign out: the tokens are revoked and forgotten, and the dialog is back.
        QSignalSpy signIn(m_desk.get(), &DeskController::signInShown);
        m_desk->signOut();
        QVERIFY(signIn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(keychainSecret(key).isEmpty(), 10000);
        const Http::Response r = Http(m_server.url())
                                     .token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("client_id"), QString::fromLatin1(Http::kDemoClientId)},
                                             {QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(r.status, 400);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
