#include "dialogs/WrapUpDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

WrapUpDialog::WrapUpDialog(bool required, QWidget *parent)
    : QDialog(parent), m_required(required), m_disposition(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("wrapUpDialog"));
    setWindowTitle(tr("Wrap up the call"));
    m_disposition->setObjectName(QStringLiteral("dispositionCombo"));
    m_disposition->setAccessibleName(tr("Disposition"));
    m_disposition->addItem(required ? tr("Choose…") : tr("Nothing to record"), QString());
    m_disposition->addItem(tr("Resolved"), QStringLiteral("Resolved"));
    m_disposition->addItem(tr("Follow-up needed"), QStringLiteral("FollowUp"));
    m_disposition->addItem(tr("Escalated"), QStringLiteral("Escalated"));
    m_disposition->addItem(tr("No action"), QStringLiteral("NoAction"));
    m_text->setObjectName(QStringLiteral("wrapUpText"));
    m_text->setAccessibleName(tr("Wrap-up notes"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_disposition->installEventFilter(this);
    m_problem->setObjectName(QStringLiteral("wrapUpProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *record = m_buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordWrapUpButton"));
    record->setDefault(true);
    if (!required) {
        auto *skip = m_buttons->addButton(tr("&Skip"), QDialogButtonBox::RejectRole);
        skip->setObjectName(QStringLiteral("skipWrapUpButton"));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Disposition:"), m_disposition);
    form->addRow(tr("&Notes:"), m_text);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(required ? tr("Record how the call ended (required).")
                                      : tr("Record how the call ended, or press Enter to skip."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WrapUpDialog::finish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WrapUpDialog::reject);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &WrapUpDialog::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &WrapUpDialog::updateButtons);
    updateButtons();
    m_disposition->setFocus();
}

QString WrapUpDialog::disposition() const
{
    return m_disposition->currentData().toString();
}

QString WrapUpDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void WrapUpDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleDescription(message);
    m_problem->setVisible(!message.isEmpty());
}

void WrapUpDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    if (!busy)
        updateButtons();
}

void WrapUpDialog::updateButtons()
{
    // The server needs a disposition for a wrap-up; text alone is recorded as a plain note.
    m_buttons->buttons().constFirst()->setEnabled(!m_required || !disposition().isEmpty());
}

void WrapUpDialog::reject()
{
    if (!m_required)
        QDialog::reject();
}

void WrapUpDialog::finish()
{
    if (m_required && disposition().isEmpty())
        return;
    if (isEmpty()) {
        reject(); // nothing to add: Enter skips
        return;
    }
    emit recordRequested();
}

bool WrapUpDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the notes or on the disposition finishes (Shift+Enter: a new line in the notes).
    if ((watched == m_text || watched == m_disposition) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            finish();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace onbehalf
