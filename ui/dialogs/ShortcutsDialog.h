#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace onbehalf {

// Help › Keyboard shortcuts: every menu command that has a shortcut, as the menus show it, and the
// fixed keys of the desk (Enter in the search, on a result, in the quantity, …).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString keys;    // native text ("Ctrl+Q", German "Strg+Q")
        QString command; // without the '&' accelerator
        QString where;   // the menu, or the place in the desk
    };

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    // The menu commands with a shortcut, in menu order.
    static QList<Entry> menuShortcuts(const QMenuBar *menuBar);
    // Keys that belong to a place in the desk rather than to a menu command.
    static QList<Entry> fixedKeys();
    // "Sign &out" → "Sign out"; "&&" stays a literal '&'.
    static QString withoutAccelerator(const QString &text);

private:
    QTreeWidget *m_list;
};

} // namespace onbehalf
