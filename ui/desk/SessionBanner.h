#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace onbehalf {

class SessionManager;

// "Acting for Jane Doe (jane.doe) · Northwind Health — since 10:42 — idle timeout in 14 min · access until
// 20:39 — [End session]":
// across the top of every view while a session runs, high contrast, announced to screen readers.
// It cannot be hidden by the agent; it goes away when the session has ended.
class SessionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SessionBanner(SessionManager *sessions, QWidget *parent = nullptr);

    QString text() const;
    // "Acting for Jane Doe (jane.doe) · Northwind Health" — also the window title's prefix.
    static QString actingFor(const QString &fullName, const QString &username, const QString &buyerName);

signals:
    void endRequested();
    void renewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void setWarning(bool warning);
    void announce(const QString &text);

    SessionManager *m_sessions;
    QLabel *m_label;
    QPushButton *m_renew;
    QPushButton *m_end;
    bool m_warning = false;
};

} // namespace onbehalf
