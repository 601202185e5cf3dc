#include "TsCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

namespace onbehalf::test {

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages.push_back(current);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = QString(QLatin1Char('%') + it.next().captured(1));
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

ForeignTexts::ForeignTexts(const TsFile &target, const std::vector<TsFile> &others)
{
    QHash<QString, QStringList> shown; // context + source → this language's texts
    for (const Message &m : target.messages) {
        shown.insert(m.context + QLatin1Char('\x1f') + m.source, m.translations);
        if (!m.translations.contains(m.source)) // else the same word in this language ("Status")
            add(m.source, QStringLiteral("English “%1”").arg(m.source));
    }
    for (const TsFile &other : others) {
        for (const Message &m : other.messages) {
            const QStringList allowed = shown.value(m.context + QLatin1Char('\x1f') + m.source);
            for (const QString &t : m.translations) {
                if (!allowed.contains(t))
                    add(t, QStringLiteral("%1 “%2”").arg(other.language, t));
            }
        }
    }
}

void ForeignTexts::add(const QString &text, const QString &what)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9]|n)"));
    static const QRegularExpression word(QStringLiteral("\\p{L}{3,}"));
    QString bare = text;
    bare.remove(placeholder);
    if (!bare.contains(word))
        return;
    if (!text.contains(placeholder)) {
        if (!m_exact.contains(text)) // English first: "Subtotal:" is English before it is Spanish
            m_exact.insert(text, what);
        return;
    }
    QString re;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        re += QRegularExpression::escape(text.mid(at, match.capturedStart() - at)) + QStringLiteral(".+");
        at = match.capturedEnd();
    }
    re += QRegularExpression::escape(text.mid(at));
    m_patterns.emplace_back(
        QRegularExpression(QRegularExpression::anchoredPattern(re), QRegularExpression::DotMatchesEverythingOption),
        what);
}

QString ForeignTexts::match(const QString &text) const
{
    if (const auto it = m_exact.constFind(text); it != m_exact.constEnd())
        return *it;
    for (const auto &[re, what] : m_patterns) {
        if (re.match(text).hasMatch())
            return what;
    }
    return {};
}

} // namespace onbehalf::test
