#include "dialogs/VerificationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

VerificationDialog::VerificationDialog(const QStringList &checks, QWidget *parent)
    : QDialog(parent), m_checks(checks), m_text(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("verificationDialog"));
    setWindowTitle(tr("Verify the caller"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Before shopping for this caller, record how you verified who they are."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const QString &check : checks) {
        auto *box = new QCheckBox(checkLabel(check), this);
        box->setObjectName(QStringLiteral("check") + check);
        connect(box, &QCheckBox::toggled, this, &VerificationDialog::updateOk);
        layout->addWidget(box);
        m_boxes.append(box);
    }
    auto *label = new QLabel(tr("&Other verification:"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("verificationText"));
    m_text->setAccessibleName(tr("Other verification"));
    m_text->setMaxLength(2000);
    layout->addWidget(label);
    layout->addWidget(m_text);
    m_problem->setObjectName(QStringLiteral("verificationProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Verified"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("verifiedButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("E&nd session"));
    // Accepting only records the note; the owner closes the dialog once the server has it.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            emit verifyRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &VerificationDialog::updateOk);
    updateOk();
}

QString VerificationDialog::checkLabel(const QString &check)
{
    if (check == QLatin1String("Email"))
        return tr("Confirmed e-mail on file");
    if (check == QLatin1String("Postcode"))
        return tr("Confirmed postcode");
    if (check == QLatin1String("LastOrder"))
        return tr("Confirmed last order");
    return check;
}

QStringList VerificationDialog::checkedChecks() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes[i]->isChecked())
            out.append(m_checks[i]);
    }
    return out;
}

QString VerificationDialog::text() const
{
    return m_text->text().trimmed();
}

void VerificationDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleDescription(message);
    m_problem->setVisible(!message.isEmpty());
}

void VerificationDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

void VerificationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checkedChecks().isEmpty() || !text().isEmpty());
}

} // namespace onbehalf
