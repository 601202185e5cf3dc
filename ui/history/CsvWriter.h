#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace onbehalf {

// RFC 4180 text: fields separated by commas, records ended by CRLF, a field quoted (with inner
// quotes doubled) when it holds a comma, a quote, CR or LF, or leading/trailing spaces. UTF-8.
namespace CsvWriter {

QString field(const QString &value);
// One record, CRLF included, as UTF-8.
QByteArray record(const QStringList &fields);
// The reverse, for reading an export back: every record of the text (a final CRLF optional).
std::vector<QStringList> parse(const QByteArray &utf8);

} // namespace CsvWriter

} // namespace onbehalf
