#include "common/ReadAloud.h"

#include <QRegularExpression>
#include <QStringList>

namespace onbehalf {

QString ReadAloud::grouped(const QString &id, int groupSize)
{
    QStringList groups;
    for (qsizetype i = 0; i < id.size(); i += groupSize)
        groups << id.mid(i, groupSize);
    return groups.join(QLatin1Char(' '));
}

QString ReadAloud::spell(QChar c)
{
    switch (c.unicode()) {
    case '0':
        return tr("zero");
    case '1':
        return tr("one");
    case '2':
        return tr("two");
    case '3':
        return tr("three");
    case '4':
        return tr("four");
    case '5':
        return tr("five");
    case '6':
        return tr("six");
    case '7':
        return tr("seven");
    case '8':
        return tr("eight");
    case '9':
        return tr("nine");
    case '-':
        return tr("dash");
    case '_':
        return tr("underscore");
    case '.':
        return tr("dot");
    default:
        break;
    }
    if (c.isUpper())
        return tr("capital %1").arg(c);
    // The lower-case letters a caller confuses with digits or capitals are named as such.
    if (c == QLatin1Char('l') || c == QLatin1Char('o'))
        return tr("lower-case %1").arg(c);
    return QString(c);
}

QString ReadAloud::spelled(const QString &id, int groupSize)
{
    QStringList groups;
    for (qsizetype i = 0; i < id.size(); i += groupSize) {
        QStringList chars;
        for (const QChar c : id.mid(i, groupSize))
            chars << spell(c);
        groups << chars.join(tr(", ", "between spelled characters"));
    }
    return groups.join(tr(" · ", "between spelled groups"));
}

bool ReadAloud::isReadableNumber(const QString &id)
{
    // A short prefix, a dash and digits: what "<prefix>-{incrementor}" gives.
    static const QRegularExpression readable(QStringLiteral("^([A-Za-z0-9]{1,10}-)?[0-9]{1,20}$"));
    return readable.match(id).hasMatch();
}

QString ReadAloud::orderNumber(const QString &id)
{
    return isReadableNumber(id) ? id : grouped(id);
}

QString ReadAloud::orderNumberSpelled(const QString &id)
{
    if (!isReadableNumber(id))
        return spelled(id);
    QStringList parts;
    for (const QString &part : id.split(QLatin1Char('-'))) {
        QStringList chars;
        for (const QChar c : part)
            chars << spell(c);
        parts << chars.join(tr(", ", "between spelled characters"));
    }
    return parts.join(tr(" · ", "between spelled groups") + spell(QLatin1Char('-')) +
                      tr(" · ", "between spelled groups"));
}

} // namespace onbehalf
