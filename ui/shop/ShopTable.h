#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace onbehalf::ShopTable {

// The shop's read-only tables: whole rows selected, no tab trap, columns sized to their text.
QTableWidget *make(QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers);
QTableWidgetItem *item(const QString &text);

} // namespace onbehalf::ShopTable
