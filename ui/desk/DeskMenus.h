#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace onbehalf {

class SessionManager;
class Settings;

// The desk's menus built in code (File and View › Find come from MainWindow.ui): Edit ›
// Preferences, View › Session history, Session › Act for / End, Help › Keyboard shortcuts. The
// window wires what the actions do to its own state; the dialogs that need nothing of it open here.
class DeskMenus : public QObject
{
    Q_OBJECT

public:
    DeskMenus(QMainWindow *window, QMenu *viewMenu, Settings *settings, SessionManager *sessions);

    QAction *sessionHistoryAction() const { return m_history; }
    // View › Live board (Ctrl+L): hidden until the agent is known to be a ServiceDeskSupervisor.
    QAction *liveBoardAction() const { return m_liveBoard; }
    QAction *startSessionAction() const { return m_start; }
    QAction *endSessionAction() const { return m_end; }
    // Session › Send summary to the caller… (the last session, once it has ended).
    QAction *receiptAction() const { return m_receipt; }
    QMenu *sessionMenu() const { return m_sessionMenu; }

    // Menu titles and action texts in the current language.
    void retranslate();

private:
    QMainWindow *m_window;
    Settings *m_settings;
    SessionManager *m_sessions;
    QMenu *m_editMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_history = nullptr;
    QAction *m_liveBoard = nullptr;
    QAction *m_start = nullptr;
    QAction *m_end = nullptr;
    QAction *m_receipt = nullptr;
    QAction *m_shortcuts = nullptr;
};

} // namespace onbehalf
