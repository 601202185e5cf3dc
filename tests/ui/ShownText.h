#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace onbehalf::test {

// What the agent can read somewhere on screen, and where.
struct Shown
{
    QString where;
    QString text;
};

// Every text of a window the agent can see: its title, menus (with shortcut names), labels,
// buttons, tabs, placeholders, choices, table headers and the cells of the first rows.
QList<Shown> collectWindow(QWidget *window);

} // namespace onbehalf::test
