#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace onbehalf::test {

// A Qt Linguist catalog (.ts) as the translation tests read it.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile readTs(const QString &path);
// %1…%9 (also %L1) and %n, each counted once.
QStringList placeholders(const QString &text);
// The number of '&' accelerators ("&&" is a literal ampersand).
int accelerators(const QString &text);

// What must not be on screen in a catalog's language: the English sources and the other catalogs'
// translations that this language says differently, as patterns that match the shown text
// ("%1 session(s)" matches "12 sessions"). Texts without a word of their own ("%1 (%2)") are left
// out.
class ForeignTexts
{
public:
    ForeignTexts(const TsFile &target, const std::vector<TsFile> &others);
    // What the text is ("English “%1 session(s)”"), or empty.
    QString match(const QString &text) const;

private:
    void add(const QString &text, const QString &what);

    QHash<QString, QString> m_exact;
    std::vector<std::pair<QRegularExpression, QString>> m_patterns;
};

} // namespace onbehalf::test
