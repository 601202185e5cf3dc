#include "auth/KeysCommand.h"

#include "auth/SigningKeys.h"
#include "storage/DataFiles.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <stdexcept>

namespace onbehalf::server::KeysCommand {

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "onbehalf-server keys: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Token signing keys.\n"
                       "  keys rotate --database URL [--signing-key FILE]: a new key signs from now on; the old one "
                       "keeps verifying until its tokens can have expired. Running instances pick the new key up "
                       "(--key-check-interval, SIGHUP); restart those given it by systemd LoadCredential=.\n"
                       "  keys generate --signing-key FILE: a new private key file (mode 0600) for a first start."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("rotate or generate"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The marketplace database URL."),
                                      QStringLiteral("url"));
    const QCommandLineOption keyFile(QStringLiteral("signing-key"), QStringLiteral("The private key file (PEM)."),
                                     QStringLiteral("file"));
    const QCommandLineOption inDatabase(QStringLiteral("allow-key-in-database"),
                                        QStringLiteral("The key is kept in the database (trials only)."));
    parser.addOptions({database, keyFile, inDatabase});
    QStringList args = arguments;
    args.removeAt(1); // "keys"
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);

    DataFiles::restrictUmask();
    try {
        if (action == QLatin1String("generate") && positional.size() == 1) {
            const QString file = parser.value(keyFile);
            if (file.isEmpty())
                return fail(QStringLiteral("generate needs --signing-key FILE"));
            if (QFileInfo::exists(file))
                return fail(QStringLiteral("%1 exists already; use keys rotate to replace a key in use").arg(file));
            std::printf("%s\n", qPrintable(SigningKeys::generateFile(file)));
            return 0;
        }
        if (action == QLatin1String("rotate") && positional.size() == 1) {
            if (parser.value(database).isEmpty())
                return fail(QStringLiteral("rotate needs --database URL"));
            for (const QString &warning : DataFiles::secureSqlite(parser.value(database)))
                std::fprintf(stderr, "onbehalf-server keys: %s\n", qPrintable(warning));
            QString error;
            const auto db = Database::open(parser.value(database), &error);
            if (!db)
                return fail(error);
            std::printf("%s\n", qPrintable(SigningKeys::rotate(
                                    *db, {parser.value(keyFile), parser.isSet(inDatabase), parser.value(database)})));
            return 0;
        }
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(QStringLiteral("expected: keys rotate --database URL [--signing-key FILE] | "
                               "keys generate --signing-key FILE"));
}

} // namespace onbehalf::server::KeysCommand
