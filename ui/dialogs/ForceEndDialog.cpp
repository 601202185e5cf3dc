#include "dialogs/ForceEndDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

ForceEndDialog::ForceEndDialog(const QString &agent, const QString &actingFor, QWidget *parent)
    : QDialog(parent), m_question(new QLabel(this)), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("forceEndDialog"));
    setWindowTitle(tr("Force end session"));
    m_question->setText(tr("End %1's session acting for %2? The agent is shown your comment.").arg(agent, actingFor));
    m_question->setWordWrap(true);
    auto *label = new QLabel(tr("&Comment for the agent:"), this);
    label->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("forceEndComment"));
    m_comment->setAccessibleName(tr("Comment for the agent"));
    m_comment->setTabChangesFocus(true);
    m_comment->installEventFilter(this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&End session"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("forceEndOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(label);
    layout->addWidget(m_comment);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ForceEndDialog::updateOk);
    updateOk();
    m_comment->setFocus();
}

QString ForceEndDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void ForceEndDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!comment().isEmpty());
}

bool ForceEndDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the comment ends the session (Shift+Enter for a new line), once there is a comment.
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (!comment().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace onbehalf
