#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace onbehalf {

// Why the agent acts for this buyer user (required) and the case number (optional). Problems
// (the rules say no, the marketplace is down) show here and the draft stays.
class StartSessionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxReason = 500;

    StartSessionDialog(const QString &actingFor, QWidget *parent = nullptr);

    QString reason() const;
    QString caseNumber() const;
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void startRequested();

private:
    void validate();

    QPlainTextEdit *m_reason;
    QLineEdit *m_case;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_start;
};

} // namespace onbehalf
