#include "DeskSteps.h"
#include "SignedInDesk.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "dialogs/VerificationDialog.h"
#include "dialogs/WrapUpDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// The call's own record from the desk, against the real server: with the policy's
// RequireVerification the verification dialog comes before shopping and its checks and words
// become the session's Verification note; after the agent ends the session the wrap-up dialog
// records the disposition and notes, Enter skips when there is nothing to add, and a required
// wrap-up cannot be skipped. Every note is read back from the server.
class TestCallNotes : public QObject, public DeskSteps
{
    Q_OBJECT

private:
    QByteArray m_supervisorToken;

    void setPolicy(const json &policy)
    {
        Http http(m_desk.server().url());
        const auto r = http.put(QStringLiteral("/v1/onbehalf/policy"), policy, m_supervisorToken);
        QVERIFY2(r.status == 200, r.body.constData());
    }

    json notes(const QString &sessionId)
    {
        Http http(m_desk.server().url());
        return http
            .get(QStringLiteral("/v1/impersonationsessions/") + sessionId + QStringLiteral("/notes"), m_agentToken)
            .json()["Items"];
    }

    // Starts a session by keys (the start dialog), without waiting for the shop to take the keyboard.
    bool beginSession()
    {
        QWidget *dialog = openStartDialog(QStringLiteral("jane doe"));
        if (!dialog)
            return false;
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("Caller reorders supplies"));
        QTest::keyClick(reason, Qt::Key_Return);
        return QTest::qWaitFor([this] { return m_desk.sessions()->isActive(); }, 15000);
    }

    // Ends the session from the banner; returns the wrap-up dialog it opens.
    QDialog *endAndWrapUp()
    {
        window()->setConfirmer([](const QString &) { return true; });
        QSignalSpy ended(m_desk.sessions(), &SessionManager::ended);
        QTest::mouseClick(w<QPushButton>("endSessionButton"), Qt::LeftButton);
        if (!ended.wait(10000))
            return nullptr;
        return qobject_cast<QDialog *>(waitForDialog("wrapUpDialog"));
    }

private slots:
    void initTestCase()
    {
        startSignedIn(QSize(1280, 860));
        if (QTest::currentTestFailed())
            return;
        m_supervisorToken = Http(m_desk.server().url()).login(QStringLiteral("supervisor01"));
        QVERIFY(!m_supervisorToken.isEmpty());
    }

    void verificationComesBeforeShopping()
    {
        setPolicy({{"RequireVerification", true}, {"VerificationChecks", {"Email", "Postcode", "Badge number"}}});
        QVERIFY(beginSession());
        const QString sessionId = m_desk.sessions()->session().ID;
        auto *dialog = qobject_cast<VerificationDialog *>(waitForDialog("verificationDialog"));
        QVERIFY(dialog);
        QVERIFY(!shop()->isEnabled());
        const auto boxes = dialog->findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 3);
        QCOMPARE(boxes[0]->text(), QStringLiteral("Confirmed e-mail on file"));
        QCOMPARE(boxes[1]->text(), QStringLiteral("Confirmed postcode"));
        QCOMPARE(boxes[2]->text(), QStringLiteral("Badge number")); // unknown to the desk: as it is
        auto *verified = dialog->findChild<QPushButton *>(QStringLiteral("verifiedButton"));
        QVERIFY(!verified->isEnabled()); // nothing checked, nothing written

        QApplication::setActiveWindow(dialog);
        boxes[0]->setFocus();
        QTest::keyClick(boxes[0], Qt::Key_Space);
        QTest::keyClick(boxes[2], Qt::Key_Space);
        QVERIFY(verified->isEnabled());
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("verificationText"));
        QTest::keyClicks(text, QStringLiteral("Read back the delivery address"));
        QSignalSpy done(dialog, &QDialog::accepted);
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(shop()->isEnabled());

        const json n = notes(sessionId);
        QCOMPARE(n.size(), size_t(1));
        QCOMPARE(QString::fromStdString(n[0].value("Kind", "")), QStringLiteral("Verification"));
        QVERIFY(n[0]["Checks"] == json({"Email", "Badge number"}));
        QCOMPARE(QString::fromStdString(n[0].value("Text", "")), QStringLiteral("Read back the delivery address"));
        QCOMPARE(QString::fromStdString(n[0].value("AuthorUsername", "")), QStringLiteral("agent01"));
    }

    void wrapUpRecordsDispositionAndNotes()
    {
        const QString sessionId = m_desk.sessions()->session().ID;
        QDialog *dialog = endAndWrapUp();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("dispositionCombo"));
        QApplication::setActiveWindow(dialog);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // Resolved
        QTest::keyClick(combo, Qt::Key_Down); // Follow-up needed
        QCOMPARE(combo->currentData().toString(), QStringLiteral("FollowUp"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpText"));
        QTest::keyClicks(text, QStringLiteral("Call back when the invoice is out"));
        QSignalSpy done(dialog, &QDialog::accepted);
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(done.wait(10000));

        const json n = notes(sessionId);
        QCOMPARE(n.size(), size_t(2));
        QCOMPARE(QString::fromStdString(n[1].value("Kind", "")), QStringLiteral("WrapUp"));
        QCOMPARE(QString::fromStdString(n[1].value("Disposition", "")), QStringLiteral("FollowUp"));
        QCOMPARE(QString::fromStdString(n[1].value("Text", "")), QStringLiteral("Call back when the invoice is out"));
    }

    void enterSkipsAnEmptyWrapUp()
    {
        setPolicy(json::object()); // no verification, wrap-up optional
        QVERIFY(beginSession());
        const QString sessionId = m_desk.sessions()->session().ID;
        QTest::qWait(200); // the policy's answer: no verification dialog comes
        QVERIFY(!visibleDialog("verificationDialog"));
        QDialog *dialog = endAndWrapUp();
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QSignalSpy skipped(dialog, &QDialog::rejected);
        QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("dispositionCombo")), Qt::Key_Return);
        QTRY_COMPARE(skipped.size(), 1); // at once: nothing goes to the server
        QCOMPARE(notes(sessionId).size(), size_t(0));
    }

    void requiredWrapUpCannotBeSkipped()
    {
        setPolicy({{"RequireWrapUp", true}});
        QVERIFY(beginSession());
        const QString sessionId = m_desk.sessions()->session().ID;
        QTest::qWait(200); // the policy's answer
        QDialog *dialog = endAndWrapUp();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("skipWrapUpButton")));
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordWrapUpButton"));
        QVERIFY(!record->isEnabled());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("dispositionCombo"));
        QApplication::setActiveWindow(dialog);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Escape);
        QTest::qWait(100);
        QVERIFY(dialog->isVisible());         // Escape does not skip it
        QTest::keyClick(combo, Qt::Key_Down); // Resolved
        QVERIFY(record->isEnabled());
        QSignalSpy done(dialog, &QDialog::accepted);
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        const json n = notes(sessionId);
        QCOMPARE(n.size(), size_t(1));
        QCOMPARE(QString::fromStdString(n[0].value("Disposition", "")), QStringLiteral("Resolved"));
        setPolicy(json::object());
    }
};

QTEST_MAIN(TestCallNotes)
#include "tst_callnotes.moc"
