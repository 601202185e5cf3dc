#include "core/platform/ScreenPopRequest.h"

#include "core/api/PhoneNumber.h"

#include <QUrl>
#include <QUrlQuery>

namespace onbehalf {

namespace {

const QString kScheme = QStringLiteral("onbehalf");

// Printable text of a sane length: the search field gets nothing a caller ID cannot be.
std::optional<QString> cleanText(const QString &raw, QString *error)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        *error = ScreenPopRequest::tr("There is nothing to search for.");
        return std::nullopt;
    }
    if (text.size() > ScreenPopRequest::kMaxLength) {
        *error =
            ScreenPopRequest::tr("The search text is longer than %1 characters.").arg(ScreenPopRequest::kMaxLength);
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            *error = ScreenPopRequest::tr("The search text contains control characters.");
            return std::nullopt;
        }
    }
    return text;
}

} // namespace

bool ScreenPopRequest::looksLikeUrl(const QString &argument)
{
    return argument.trimmed().startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

std::optional<ScreenPopRequest> ScreenPopRequest::fromArgument(const QString &argument, QString *error)
{
    if (looksLikeUrl(argument))
        return fromUrl(argument, error);
    const std::optional<QString> text = cleanText(argument, error);
    if (!text)
        return std::nullopt;
    return ScreenPopRequest{Kind::Any, *text};
}

std::optional<ScreenPopRequest> ScreenPopRequest::fromUrl(const QString &raw, QString *error)
{
    const QUrl url(raw.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0) {
        *error = tr("“%1” is not an onbehalf: link.").arg(raw.left(kMaxLength));
        return std::nullopt;
    }
    // onbehalf:find?… (the documented form) and onbehalf://find?… (what some dialers produce).
    const QString action = url.host().isEmpty() ? url.path() : url.host() + url.path();
    if (action.compare(QStringLiteral("find"), Qt::CaseInsensitive) != 0 &&
        action.compare(QStringLiteral("find/"), Qt::CaseInsensitive) != 0) {
        *error = tr("The link asks for “%1”; Onbehalf only understands onbehalf:find?….").arg(action.left(64));
        return std::nullopt;
    }
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    if (items.size() != 1) {
        *error = tr("The link must name exactly one of phone, email, username, id or q.");
        return std::nullopt;
    }
    const QString key = items.front().first.toLower();
    Kind kind = Kind::Any;
    if (key == QLatin1String("phone"))
        kind = Kind::Phone;
    else if (key == QLatin1String("email"))
        kind = Kind::Email;
    else if (key == QLatin1String("username"))
        kind = Kind::Username;
    else if (key == QLatin1String("id"))
        kind = Kind::Id;
    else if (key != QLatin1String("q")) {
        *error = tr("The link asks to find by “%1”; use phone, email, username, id or q.").arg(key.left(64));
        return std::nullopt;
    }
    const std::optional<QString> text = cleanText(items.front().second, error);
    if (!text)
        return std::nullopt;
    if (kind == Kind::Phone && !PhoneNumber::looksLikePhone(*text)) {
        *error = tr("“%1” is not a phone number (at least %2 digits).").arg(*text).arg(PhoneNumber::kMinDigits);
        return std::nullopt;
    }
    if (kind == Kind::Email && !text->contains(QLatin1Char('@'))) {
        *error = tr("“%1” is not an e-mail address.").arg(*text);
        return std::nullopt;
    }
    return ScreenPopRequest{kind, *text};
}

QByteArray ScreenPopRequest::encode() const
{
    // Percent-encoded, so the line holds no newline whatever the text.
    return QByteArrayLiteral("find ") + QByteArray::number(int(kind)) + ' ' + QUrl::toPercentEncoding(search) + '\n';
}

std::optional<ScreenPopRequest> ScreenPopRequest::decode(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 3 || parts[0] != "find")
        return std::nullopt;
    bool ok = false;
    const int kind = parts[1].toInt(&ok);
    if (!ok || kind < int(Kind::Any) || kind > int(Kind::Id))
        return std::nullopt;
    QString error;
    const std::optional<QString> text = cleanText(QUrl::fromPercentEncoding(parts[2]), &error);
    if (!text)
        return std::nullopt;
    return ScreenPopRequest{Kind(kind), *text};
}

} // namespace onbehalf
