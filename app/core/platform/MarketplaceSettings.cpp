#include "core/platform/MarketplaceSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onbehalf {

namespace {

bool isValidRole(const QString &role)
{
    // OrderCloud role names are identifiers; custom roles too (no spaces, no separators).
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return !role.isEmpty() && role.size() <= MarketplaceSettings::kMaxRoleLength && name.match(role).hasMatch();
}

QStringList cleanRoles(const QStringList &roles)
{
    QStringList out;
    for (const QString &r : roles) {
        const QString role = r.trimmed();
        if (isValidRole(role) && !out.contains(role) && out.size() < MarketplaceSettings::kMaxRoles)
            out << role;
    }
    return out;
}

} // namespace

QStringList MarketplaceSettings::parseRoles(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList typed = text.split(separators, Qt::SkipEmptyParts);
    QStringList bad;
    for (const QString &role : typed) {
        if (!isValidRole(role))
            bad << role;
    }
    const QStringList roles = cleanRoles(typed);
    if (error) {
        error->clear();
        if (!bad.isEmpty())
            *error = QCoreApplication::translate("onbehalf::MarketplaceSettings",
                                                 "Not a role name: %1. Role names have letters, digits, '.', '_' "
                                                 "or '-' only.")
                         .arg(bad.join(QStringLiteral(", ")));
        else if (typed.size() > kMaxRoles)
            *error =
                QCoreApplication::translate("onbehalf::MarketplaceSettings", "At most %n roles.", nullptr, kMaxRoles);
    }
    return roles;
}

bool MarketplaceSettings::isValidClientId(const QString &id)
{
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7E]+$"));
    return !id.isEmpty() && id.size() <= kMaxClientIdLength && printable.match(id).hasMatch();
}

bool MarketplaceSettings::isValidIncrementorId(const QString &id)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\-]{0,100}$"));
    return name.match(id).hasMatch();
}

bool MarketplaceSettings::isValidOrderNumberPrefix(const QString &prefix)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z0-9]{0,10}$"));
    return letters.match(prefix).hasMatch();
}

MarketplaceSettings MarketplaceSettings::validated() const
{
    MarketplaceSettings s;
    s.signInClientId = isValidClientId(signInClientId.trimmed()) ? signInClientId.trimmed() : QString();
    s.impersonationClientId =
        isValidClientId(impersonationClientId.trimmed()) ? impersonationClientId.trimmed() : QString();
    s.roles = cleanRoles(roles);
    s.customRoles = cleanRoles(customRoles);
    s.hasClientSecret = hasClientSecret;
    s.orderIncrementorId =
        isValidIncrementorId(orderIncrementorId.trimmed()) ? orderIncrementorId.trimmed() : defaultOrderIncrementorId();
    s.orderNumberPrefix = isValidOrderNumberPrefix(orderNumberPrefix.trimmed()) ? orderNumberPrefix.trimmed()
                                                                                : defaultOrderNumberPrefix();
    return s;
}

} // namespace onbehalf
