#pragma once

#include <QString>
#include <QStringList>

namespace onbehalf {

// The desk's languages: English source, German and Spanish translations embedded as resources.
namespace Translations {
// Language codes offered in preferences ("" = follow the system).
QStringList available();
QString displayName(const QString &code);
// Installs the translators for `code` (or the system language when empty); returns the code used.
QString apply(const QString &code);
// Where Qt's own catalogs (qtbase_<lang>.qm) are looked for, in order.
QStringList qtCatalogFolders();
// Whether Qt's own catalog for the applied language is installed.
bool qtCatalogLoaded();
} // namespace Translations

} // namespace onbehalf
