#include "ShownText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <functional>

namespace onbehalf::test {

namespace {
QString nameOf(const QObject *o)
{
    return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
}

void collectMenu(const QMenu *menu, const QString &where, QList<Shown> &out)
{
    out.append({where + QStringLiteral(" (title)"), menu->title()});
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            collectMenu(sub, where + QStringLiteral(" › ") + nameOf(sub), out);
            continue;
        }
        out.append({where + QStringLiteral(" › ") + nameOf(action), action->text()});
        for (const QKeySequence &keys : action->shortcuts())
            out.append({where + QStringLiteral(" › ") + nameOf(action) + QStringLiteral(" (shortcut)"),
                        keys.toString(QKeySequence::NativeText)});
    }
}

void collectView(const QAbstractItemView *view, const QString &where, QList<Shown> &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        out.append({where + QStringLiteral(" header %1").arg(c), model->headerData(c, Qt::Horizontal).toString()});
    // The rows on the first screens, and one level of children (line items, notes).
    std::function<void(const QModelIndex &, int)> rows = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < std::min(model->rowCount(parent), 40); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c)
                out.append({where + QStringLiteral(" row %1 col %2").arg(r).arg(c),
                            model->index(r, c, parent).data().toString()});
            if (depth == 0)
                rows(model->index(r, 0, parent), 1);
        }
    };
    rows({}, 0);
}
} // namespace

QList<Shown> collectWindow(QWidget *window)
{
    QList<Shown> out;
    const QString top = nameOf(window);
    out.append({top + QStringLiteral(" (window title)"), window->windowTitle()});
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *action : main->menuBar()->actions()) {
            if (action->menu())
                collectMenu(action->menu(), top + QStringLiteral(" › ") + nameOf(action->menu()), out);
        }
    }
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        const QString where = top + QStringLiteral(" › ") + nameOf(w);
        if (auto *label = qobject_cast<QLabel *>(w))
            out.append({where, label->text()});
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out.append({where, button->text()});
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            out.append({where + QStringLiteral(" (placeholder)"), edit->placeholderText()});
        if (auto *group = qobject_cast<QGroupBox *>(w))
            out.append({where + QStringLiteral(" (title)"), group->title()});
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i)});
        }
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({where + QStringLiteral(" item %1").arg(i), combo->itemText(i)});
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && !qobject_cast<QHeaderView *>(w) && !qobject_cast<QComboBox *>(w->parent()))
            collectView(view, where, out);
    }
    return out;
}

} // namespace onbehalf::test
