#include "desk/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace onbehalf::Translations {

namespace {
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
} // namespace

QStringList qtCatalogFolders()
{
    // Qt's own folder (Debian: qt6-translations-l10n); installers on Windows and macOS bundle the
    // catalogs next to the app (see packaging/CMakeLists.txt).
    const QString app = QCoreApplication::applicationDirPath();
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath), app + QStringLiteral("/translations"),
            app + QStringLiteral("/../Resources/translations")};
}

bool qtCatalogLoaded()
{
    return qtTranslator() != nullptr;
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString displayName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("Translations", "System language");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString apply(const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = QLocale::system().name().left(2);
        if (!available().contains(language))
            language = QStringLiteral("en");
    }
    for (auto *t : {&appTranslator(), &qtTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return language; // the source language
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/onbehalf_") + language)) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    // Qt's own strings (standard buttons, shortcut names such as "Strg+Q", context menus).
    auto qt = std::make_unique<QTranslator>();
    for (const QString &folder : qtCatalogFolders()) {
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
            break;
        }
    }
    return language;
}

} // namespace onbehalf::Translations
