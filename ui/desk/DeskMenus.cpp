#include "desk/DeskMenus.h"

#include "core/platform/Settings.h"
#include "core/session/SessionManager.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace onbehalf {

DeskMenus::DeskMenus(QMainWindow *window, QMenu *viewMenu, Settings *settings, SessionManager *sessions)
    : QObject(window), m_window(window), m_settings(settings), m_sessions(sessions)
{
    QMenuBar *bar = window->menuBar();
    m_editMenu = bar->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_preferences = m_editMenu->addAction(QString());
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_settings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (m_sessions)
                m_sessions->setInactivityLimit(m_settings->value(SettingKeys::InactivityMinutes) * 60);
        });
        dialog->open();
    });

    m_history = viewMenu->addAction(QString());
    m_history->setObjectName(QStringLiteral("sessionHistoryAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_liveBoard = viewMenu->addAction(QString());
    m_liveBoard->setObjectName(QStringLiteral("liveBoardAction"));
    m_liveBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_liveBoard->setVisible(false);
    m_liveBoard->setEnabled(false);

    m_sessionMenu = bar->addMenu(QString());
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_start = m_sessionMenu->addAction(QString());
    m_start->setObjectName(QStringLiteral("startSessionAction"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_end = m_sessionMenu->addAction(QString());
    m_end->setObjectName(QStringLiteral("endSessionAction"));
    m_end->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_end->setEnabled(false);
    m_receipt = m_sessionMenu->addAction(QString());
    m_receipt->setObjectName(QStringLiteral("receiptAction"));
    m_receipt->setEnabled(false);

    if (m_sessions) {
        // The summary is of a session that has ended and that the marketplace recorded.
        connect(m_sessions, &SessionManager::started, m_receipt, [this] { m_receipt->setEnabled(false); });
        connect(m_sessions, &SessionManager::ended, m_receipt,
                [this] { m_receipt->setEnabled(m_sessions->session().serverRecorded); });
    }

    // Help › Keyboard shortcuts (F1): the menu shortcuts and the desk's fixed keys.
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts = m_helpMenu->addAction(QString());
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(m_window->menuBar(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    retranslate();
}

void DeskMenus::retranslate()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_preferences->setText(tr("&Preferences…"));
    m_history->setText(tr("Session &history"));
    m_liveBoard->setText(tr("&Live board"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_start->setText(tr("&Act for selected user…"));
    m_end->setText(tr("&End session"));
    m_receipt->setText(tr("Send su&mmary to the caller…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
}

} // namespace onbehalf
