#include "dialogs/StartSessionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

namespace {
// Enter in the reason starts the session (Shift+Enter for a new line), as in the rest of the desk.
class ReasonEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && !(e->modifiers() & Qt::ShiftModifier)) {
            if (onEnter)
                onEnter();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
};
} // namespace

StartSessionDialog::StartSessionDialog(const QString &actingFor, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("startSessionDialog"));
    setWindowTitle(tr("Start acting for a buyer"));
    auto *who = new QLabel(actingFor, this);
    who->setObjectName(QStringLiteral("actingForLabel"));
    who->setWordWrap(true);
    auto *reason = new ReasonEdit(this);
    m_reason = reason;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(tr("Why you act for this user; required, at most 500 characters"));
    m_reason->setPlaceholderText(tr("What did the caller ask for?"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(90);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("caseNumberEdit"));
    m_case->setAccessibleName(tr("Case number"));
    m_case->setMaxLength(100);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reasonCountLabel"));
    m_count->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startErrorLabel"));
    m_error->setAccessibleName(tr("Problem starting the session"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background: #b00020; color: white; padding: 6px;"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("startProgress"));
    m_progress->setMaximum(0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Starting the session"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start session"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startSessionConfirmButton"));
    m_start->setAccessibleName(tr("Start session"));
    m_start->setDefault(true);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(QString(), m_count);
    auto *caseLabel = new QLabel(tr("&Case number:"), this);
    caseLabel->setBuddy(m_case);
    form->addRow(caseLabel, m_case);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    reason->onEnter = [this] {
        if (m_start->isEnabled())
            emit startRequested();
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StartSessionDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_start->isEnabled())
            emit startRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_reason->setFocus();
}

QString StartSessionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString StartSessionDialog::caseNumber() const
{
    return m_case->text().trimmed();
}

void StartSessionDialog::validate()
{
    const int length = int(reason().size());
    // Start is only disabled with the reason next to it: the agent is never left guessing.
    if (length == 0)
        m_count->setText(tr("Type the reason to start: it is required and kept with the session."));
    else if (length > kMaxReason)
        m_count->setText(tr("%1 / %2 characters — shorten the reason to start.")
                             .arg(QLocale().toString(length), QLocale().toString(kMaxReason)));
    else
        m_count->setText(tr("%1 / %2 characters").arg(QLocale().toString(length), QLocale().toString(kMaxReason)));
    m_count->setAccessibleName(m_count->text());
    m_start->setEnabled(length > 0 && length <= kMaxReason && !m_progress->isVisible());
}

void StartSessionDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_reason->setReadOnly(busy);
    m_case->setReadOnly(busy);
    if (busy)
        m_error->hide();
    validate();
}

void StartSessionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
}

} // namespace onbehalf
