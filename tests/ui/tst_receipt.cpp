#include "DeskSteps.h"
#include "SignedInDesk.h"
#include "core/session/SessionManager.h"
#include "desk/MainWindow.h"
#include "dialogs/ReceiptDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace onbehalf;
using namespace onbehalf::test;
using nlohmann::json;

// "Send summary to the caller…" after a session, against the real server: the summary is the
// server's text and HTML (the agent by display name, the order with its number), opened as a
// mailto: draft with subject and body, saved as a MIME multipart .eml, copied, and saved as a PDF.
class TestReceipt : public QObject, public DeskSteps
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

private slots:
    void initTestCase() { startSignedIn(QSize(1280, 860)); }

    void summaryAsDraftEmlClipboardAndPdf()
    {
        auto *action = window()->findChild<QAction *>(QStringLiteral("receiptAction"));
        QVERIFY(!action->isEnabled()); // no session yet
        QVERIFY(startSession());
        QVERIFY(!action->isEnabled()); // not while it runs
        addWithEnter(QStringLiteral("nitrile"), QStringLiteral("GLV-NIT-L"), 2, 1);
        QSignalSpy submitted(shop(), &ShopPanel::orderSubmitted);
        QTest::mouseClick(w<QPushButton>("submitOrderButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        const QString orderId = submitted.first().first().toString();
        endSession();
        if (QWidget *wrapUp = visibleDialog("wrapUpDialog"))
            wrapUp->close();
        QVERIFY(action->isEnabled());

        action->trigger();
        QWidget *found = nullptr;
        QTRY_VERIFY((found = visibleDialog("receiptDialog")) != nullptr);
        auto *dialog = qobject_cast<ReceiptDialog *>(found);
        QVERIFY(dialog);
        QList<QUrl> opened;
        dialog->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QString nextFile;
        dialog->setFileChooser([&nextFile](const QString &, const QString &) { return nextFile; });
        auto *mail = dialog->findChild<QPushButton *>(QStringLiteral("receiptMailButton"));
        QTRY_VERIFY_WITH_TIMEOUT(mail->isEnabled(), 10000);
        QVERIFY(dialog->text().contains(QStringLiteral("Alex Morgan")) && dialog->text().contains(orderId));
        QVERIFY(!dialog->text().contains(QStringLiteral("agent01"))); // the customer sees a name, not a login

        // The e-mail draft: mailto: with the subject and the server's text as body.
        QTest::mouseClick(mail, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0].scheme(), QStringLiteral("mailto"));
        const QUrlQuery query(opened[0]);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), dialog->subject());
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY2(body.contains(orderId) && body.contains(QStringLiteral("Alex Morgan")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("\r\n")));

        // The .eml: an unsent MIME message with the text and the HTML as alternatives.
        nextFile = m_files.filePath(QStringLiteral("summary.eml"));
        QSignalSpy done(dialog, &ReceiptDialog::done);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiptEmlButton")), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QFile eml(nextFile);
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray message = eml.readAll();
        QVERIFY(message.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(message.contains("X-Unsent: 1\r\n"));
        QVERIFY(message.contains("Content-Type: multipart/alternative; boundary="));
        QVERIFY(message.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(message.contains("Content-Type: text/html; charset=UTF-8"));
        // The parts decode back to the server's documents.
        const QRegularExpression part(QStringLiteral("base64\\r\\n\\r\\n([A-Za-z0-9+/=\\r\\n]+)"));
        auto it = part.globalMatch(QString::fromLatin1(message));
        QStringList documents;
        while (it.hasNext())
            documents << QString::fromUtf8(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents[0], dialog->text());
        QCOMPARE(documents[1], dialog->html());

        // Copy: text and HTML on the clipboard.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiptCopyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->mimeData()->text(), dialog->text());
        QVERIFY(QApplication::clipboard()->mimeData()->hasHtml());

        // PDF.
        nextFile = m_files.filePath(QStringLiteral("summary.pdf"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiptPdfButton")), Qt::LeftButton);
        QFile pdf(nextFile);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
        QCOMPARE(done.size(), 3);

        // Print: the printer the agent picks in the print dialog (here: a PDF file) gets the summary.
        const QString printed = m_files.filePath(QStringLiteral("printed.pdf"));
        bool asked = false;
        dialog->setPrinterChooser([&](QPrinter &printer) {
            asked = true;
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            return true;
        });
        auto *printButton = dialog->findChild<QPushButton *>(QStringLiteral("receiptPrintButton"));
        QVERIFY(printButton && printButton->isEnabled());
        QTest::mouseClick(printButton, Qt::LeftButton);
        QVERIFY(asked);
        QFile out(printed);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
        QCOMPARE(done.size(), 4);
        // Cancelling the print dialog prints nothing.
        dialog->setPrinterChooser([](QPrinter &) { return false; });
        QTest::mouseClick(printButton, Qt::LeftButton);
        QCOMPARE(done.size(), 4);
        dialog->close();
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
