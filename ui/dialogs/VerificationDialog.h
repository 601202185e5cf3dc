#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace onbehalf {

// How the caller was verified, before shopping starts (the policy's RequireVerification): the
// policy's checks as checkboxes and free text. "Verified" needs at least one of them; "End
// session" gives up (the caller could not be verified).
class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(const QStringList &checks, QWidget *parent = nullptr);

    QStringList checkedChecks() const;
    QString text() const;
    // The problem with the last attempt to record it (shown in the dialog, which stays open).
    void showProblem(const QString &message);
    void setBusy(bool busy);

    // "Confirmed e-mail on file" for Email…; a name this desk does not know is shown as it is.
    static QString checkLabel(const QString &check);

signals:
    // "Verified" (or Enter) with something to record; the dialog stays open until it is recorded.
    void verifyRequested();

private:
    void updateOk();

    QStringList m_checks;
    QList<QCheckBox *> m_boxes;
    QLineEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace onbehalf
