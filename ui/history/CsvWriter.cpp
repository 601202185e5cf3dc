#include "history/CsvWriter.h"

namespace onbehalf::CsvWriter {

QString field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + out + QLatin1Char('"'));
}

QByteArray record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return QString(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

std::vector<QStringList> parse(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    std::vector<QStringList> records;
    QStringList current;
    QString value;
    bool inQuotes = false;
    bool any = false; // the current record has begun
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            current << value;
            value.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current << value;
            value.clear();
            records.push_back(current);
            current.clear();
            any = false;
        } else {
            value += c;
            any = true;
        }
    }
    if (any) {
        current << value;
        records.push_back(current);
    }
    return records;
}

} // namespace onbehalf::CsvWriter
