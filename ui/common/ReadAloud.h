#pragma once

#include <QCoreApplication>
#include <QString>

namespace onbehalf {

// An identifier an agent reads to a caller over the phone: grouped by four for the eye
// ("oTLt Frf7 4kdU"), and spelled so nothing is misheard ("o, capital T, capital L, t …";
// digits as words, "lower-case l" against "one" and "capital I").
class ReadAloud
{
    Q_DECLARE_TR_FUNCTIONS(ReadAloud)

public:
    static QString grouped(const QString &id, int groupSize = 4);
    static QString spelled(const QString &id, int groupSize = 4);
    static QString spell(QChar c);
    // An order number: a readable one from an incrementor ("OB-000123") as it is and spelled by
    // its parts; a generated ID grouped and spelled by four.
    static bool isReadableNumber(const QString &id);
    static QString orderNumber(const QString &id);
    static QString orderNumberSpelled(const QString &id);
};

} // namespace onbehalf
