#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace onbehalf {

// What a screen-pop asks the desk to search for: `onbehalf --find TEXT` or an `onbehalf:` URL
// (onbehalf:find?phone=%2B12065550184, or ?q= / ?email= / ?username= / ?id=). Parsing never
// throws: anything it cannot use comes back as nullopt with a message for the user.
struct ScreenPopRequest
{
    Q_DECLARE_TR_FUNCTIONS(ScreenPopRequest)

public:
    enum class Kind
    {
        Any, // --find TEXT or ?q=
        Phone,
        Email,
        Username,
        Id
    };

    static constexpr int kMaxLength = 256;

    Kind kind = Kind::Any;
    QString search; // what goes into the desk's search field

    // `--find` text, or an onbehalf: URL handed over as the argument (desktop handlers pass %u).
    static std::optional<ScreenPopRequest> fromArgument(const QString &argument, QString *error);
    static std::optional<ScreenPopRequest> fromUrl(const QString &url, QString *error);
    // Whether the text is meant as a URL of this scheme rather than words to find.
    static bool looksLikeUrl(const QString &argument);

    // The one line a second start sends to the running desk, and back.
    QByteArray encode() const;
    static std::optional<ScreenPopRequest> decode(const QByteArray &line);

    bool operator==(const ScreenPopRequest &) const = default;
};

} // namespace onbehalf
