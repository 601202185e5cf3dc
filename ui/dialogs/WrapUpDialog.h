#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace onbehalf {

// How the call ended, after the session: a disposition and notes. Enter with nothing chosen and
// nothing written skips (no note is recorded), unless the policy requires a wrap-up: then a
// disposition must be chosen.
class WrapUpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WrapUpDialog(bool required, QWidget *parent = nullptr);

    // The chosen disposition (Resolved, FollowUp, Escalated, NoAction), or empty.
    QString disposition() const;
    QString text() const;
    // Nothing to record: no disposition and no text.
    bool isEmpty() const { return disposition().isEmpty() && text().isEmpty(); }
    void showProblem(const QString &message);
    void setBusy(bool busy);
    // Escape and Skip close it only when the wrap-up is not required.
    void reject() override;

signals:
    // Enter/Record with something to record.
    void recordRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void finish();

    bool m_required;
    QComboBox *m_disposition;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace onbehalf
