#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace onbehalf {

namespace {

void collect(const QMenu *menu, const QString &where, QList<ShortcutsDialog::Entry> &entries)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, QString(where + QStringLiteral(" › ") + ShortcutsDialog::withoutAccelerator(sub->title())),
                    entries);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (!sequence.isEmpty())
                keys << sequence.toString(QKeySequence::NativeText);
        }
        if (!keys.isEmpty())
            entries.append(
                {keys.join(QStringLiteral(", ")), ShortcutsDialog::withoutAccelerator(action->text()), where});
    }
}

} // namespace

QString ShortcutsDialog::withoutAccelerator(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    return plain;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::menuShortcuts(const QMenuBar *menuBar)
{
    QList<Entry> entries;
    if (!menuBar)
        return entries;
    for (QAction *action : menuBar->actions()) {
        if (const QMenu *menu = action->menu())
            collect(menu, withoutAccelerator(menu->title()), entries);
    }
    return entries;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::fixedKeys()
{
    const QString enter = tr("Enter");
    const QString findTab = tr("Find buyer user");
    const QString shopTab = tr("Shop as buyer");
    return {
        {enter, tr("Search at once and go to the results"), tr("%1: search field").arg(findTab)},
        {enter, tr("Act for the selected user"), tr("%1: results").arg(findTab)},
        {enter, tr("Start the session"), tr("Start acting for a buyer: reason")},
        {tr("Shift+Enter"), tr("New line in the reason"), tr("Start acting for a buyer: reason")},
        {enter, tr("Search the catalog and go to the products"), tr("%1: product search").arg(shopTab)},
        {enter, tr("Go to the quantity"), tr("%1: products").arg(shopTab)},
        {enter, tr("Add the product to the cart"), tr("%1: quantity").arg(shopTab)},
        {tr("Type a number, then Enter"), tr("Change the quantity of a cart line"), tr("%1: cart").arg(shopTab)},
        {tr("Tab, Shift+Tab"), tr("Next or previous field"), tr("Everywhere")},
        {tr("Alt + underlined letter"), tr("Go to that field, button or menu"), tr("Everywhere")},
    };
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("Every command is reachable from the keyboard. Menu commands show their shortcut in "
                                "the menu as well."),
                             this);
    intro->setObjectName(QStringLiteral("shortcutsIntroLabel"));
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Keys, the command they run, and where they work"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Keys"), tr("Command"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto add = [this](const Entry &e) { new QTreeWidgetItem(m_list, {e.keys, e.command, e.where}); };
    for (const Entry &e : menuShortcuts(menuBar))
        add(e);
    for (const Entry &e : fixedKeys())
        add(e);
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    m_list->setFocus();
}

} // namespace onbehalf
