#include "wire/EndCause.h"

namespace onbehalf::wire {

const QStringList &endCauseNames()
{
    static const QStringList names{QStringLiteral("AgentEnded"),  QStringLiteral("Expired"),
                                   QStringLiteral("Inactivity"),  QStringLiteral("SignedOut"),
                                   QStringLiteral("Recovered"),   QStringLiteral("Revoked"),
                                   QStringLiteral("ScreenLocked")};
    return names;
}

QString endCauseName(EndCause cause)
{
    return endCauseNames().value(int(cause));
}

std::optional<EndCause> parseEndCause(const QString &name)
{
    const qsizetype i = endCauseNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return EndCause(i);
}

void to_json(nlohmann::json &j, const EndCause &cause)
{
    j = endCauseName(cause);
}

void from_json(const nlohmann::json &j, EndCause &cause)
{
    if (!j.is_string())
        throw DecodeError(QString(), QStringLiteral("must be a string"));
    const auto parsed = parseEndCause(QString::fromStdString(j.get_ref<const std::string &>()));
    if (!parsed)
        throw DecodeError(QString(), QStringLiteral("must be one of ") + endCauseNames().join(QStringLiteral(", ")));
    cause = *parsed;
}

} // namespace onbehalf::wire
