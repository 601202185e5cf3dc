#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace onbehalf {

class MarketplaceClient;
class ReceiptApi;

// "Send summary to the caller…": the server's customer-facing summary of a session (text and
// HTML), shown, then opened as an e-mail draft (mailto: with subject and body), saved as an .eml
// file (MIME multipart, text and HTML, for Outlook and other mail programs), copied, saved as a
// PDF or printed. Opening URLs, choosing files and printers go through seams so tests can check
// what is produced.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(MarketplaceClient *client, const QString &sessionId, QWidget *parent = nullptr);

    using UrlOpener = std::function<bool(const QUrl &)>;
    // Suggested file name and filter in; the chosen path (empty: cancelled) out.
    using FileChooser = std::function<QString(const QString &suggested, const QString &filter)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Lets the agent pick and set up a printer (the print dialog); false: cancelled.
    using PrinterChooser = std::function<bool(QPrinter &)>;
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }

    QString text() const { return m_text; }
    QString html() const { return m_html; }
    QString subject() const;

    // The e-mail draft's mailto: URL (no recipient: the agent types the caller's address).
    QUrl mailtoUrl() const;
    // An unsent message (X-Unsent) with the text and HTML as alternatives, UTF-8, base64.
    static QByteArray emlMessage(const QString &subject, const QString &text, const QString &html);
    // The HTML rendered to a PDF file; false when it cannot be written.
    static bool writePdf(const QString &path, const QString &html);

signals:
    // Both documents arrived (or the problem is shown).
    void loaded(bool ok);
    // A mail draft was opened or a file written: what was done, in words.
    void done(const QString &what);

private:
    void openDraft();
    void saveEml();
    void savePdf();
    void print();
    void copy();
    void documentArrived();
    void setProblem(const QString &message);

    ReceiptApi *m_api;
    QString m_text, m_html;
    int m_pending = 2;
    bool m_failed = false;
    QTextBrowser *m_view;
    QLabel *m_status;
    QPushButton *m_mail, *m_eml, *m_copy, *m_pdf, *m_print;
    UrlOpener m_openUrl;
    FileChooser m_chooseFile;
    PrinterChooser m_choosePrinter;
};

} // namespace onbehalf
