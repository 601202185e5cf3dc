#include "dialogs/ReceiptDialog.h"

#include "core/api/ReceiptApi.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace onbehalf {

namespace {

// Base64 in lines of 76 characters, as MIME wants them.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

ReceiptDialog::ReceiptDialog(MarketplaceClient *client, const QString &sessionId, QWidget *parent)
    : QDialog(parent), m_api(new ReceiptApi(client, this)), m_view(new QTextBrowser(this)), m_status(new QLabel(this)),
      m_mail(new QPushButton(tr("Open e-mail &draft"), this)), m_eml(new QPushButton(tr("Save as .&eml…"), this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_pdf(new QPushButton(tr("Save as &PDF…"), this)),
      m_print(new QPushButton(tr("Prin&t…"), this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_chooseFile([this](const QString &suggested, const QString &filter) {
          return QFileDialog::getSaveFileName(this, tr("Save the summary"), suggested, filter);
      }),
      m_choosePrinter([this](QPrinter &printer) {
          QPrintDialog dialog(&printer, this);
          dialog.setWindowTitle(tr("Print the summary"));
          return dialog.exec() == QDialog::Accepted;
      })
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Send summary to the caller"));
    resize(640, 560);
    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setAccessibleName(tr("Summary for the caller"));
    m_view->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("receiptStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Loading the summary…"));
    m_mail->setObjectName(QStringLiteral("receiptMailButton"));
    m_eml->setObjectName(QStringLiteral("receiptEmlButton"));
    m_copy->setObjectName(QStringLiteral("receiptCopyButton"));
    m_pdf->setObjectName(QStringLiteral("receiptPdfButton"));
    m_print->setObjectName(QStringLiteral("receiptPrintButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_mail, m_eml, m_copy, m_pdf, m_print}) {
        b->setEnabled(false);
        buttons->addWidget(b);
    }
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mail, &QPushButton::clicked, this, &ReceiptDialog::openDraft);
    connect(m_eml, &QPushButton::clicked, this, &ReceiptDialog::saveEml);
    connect(m_copy, &QPushButton::clicked, this, &ReceiptDialog::copy);
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &ReceiptDialog::print);

    m_api->document(sessionId, ReceiptApi::Format::Text, this, [this](Result<QString> r) {
        if (!r.ok())
            setProblem(r.error.message());
        m_text = r.value;
        documentArrived();
    });
    m_api->document(sessionId, ReceiptApi::Format::Html, this, [this](Result<QString> r) {
        if (!r.ok())
            setProblem(r.error.message());
        m_html = r.value;
        documentArrived();
    });
}

void ReceiptDialog::setProblem(const QString &message)
{
    m_failed = true;
    m_status->setText(message);
    m_status->setAccessibleDescription(message);
}

void ReceiptDialog::documentArrived()
{
    if (--m_pending > 0)
        return;
    if (m_failed) {
        emit loaded(false);
        return;
    }
    m_view->setHtml(m_html);
    m_status->setText(tr("Send it, save it or copy it for the caller."));
    for (QPushButton *b : {m_mail, m_eml, m_copy, m_pdf, m_print})
        b->setEnabled(true);
    m_mail->setFocus();
    emit loaded(true);
}

QString ReceiptDialog::subject() const
{
    return tr("Summary of your call with our service desk");
}

QUrl ReceiptDialog::mailtoUrl() const
{
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(subject())));
    // mailto: bodies are plain text with CRLF line breaks (RFC 6068).
    QString body = m_text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    q.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void ReceiptDialog::openDraft()
{
    if (m_openUrl(mailtoUrl())) {
        m_status->setText(tr("The e-mail draft is open in your mail program."));
        emit done(m_status->text());
    } else {
        setProblem(tr("No mail program opened the draft: save it as .eml or copy it instead."));
    }
}

QByteArray ReceiptDialog::emlMessage(const QString &subject, const QString &text, const QString &html)
{
    const QByteArray boundary = "onbehalf-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray m;
    m += "MIME-Version: 1.0\r\n";
    m += "X-Unsent: 1\r\n"; // Outlook opens it as a draft to send
    m += "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

void ReceiptDialog::saveEml()
{
    const QString path = m_chooseFile(tr("summary.eml"), tr("E-mail message (*.eml)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(emlMessage(subject(), m_text, m_html)) < 0 || !file.commit()) {
        setProblem(tr("The summary could not be saved: %1").arg(file.errorString()));
        return;
    }
    m_status->setText(tr("Saved %1: open it in your mail program to send it.").arg(path));
    emit done(m_status->text());
}

bool ReceiptDialog::writePdf(const QString &path, const QString &html)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Onbehalf"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return QFile(path).size() > 0;
}

void ReceiptDialog::savePdf()
{
    const QString path = m_chooseFile(tr("summary.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!writePdf(path, m_html)) {
        setProblem(tr("The PDF could not be written to %1.").arg(path));
        return;
    }
    m_status->setText(tr("Saved %1: print it or attach it for the caller.").arg(path));
    emit done(m_status->text());
}

void ReceiptDialog::copy()
{
    // Both forms: a mail program pastes the HTML, a plain field the text.
    auto *mime = new QMimeData;
    mime->setText(m_text);
    mime->setHtml(m_html);
    QApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("The summary is on the clipboard."));
    emit done(m_status->text());
}

void ReceiptDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(subject());
    if (!m_choosePrinter(printer))
        return;
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&printer);
    const QString where = printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    const QString what = tr("Sent to %1.").arg(where);
    m_status->setText(what);
    emit done(what);
}

} // namespace onbehalf
