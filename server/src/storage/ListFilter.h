#pragma once

#include "storage/ListQuery.h"

#include <QString>

namespace onbehalf::server {

// One filter of the OrderCloud list grammar (Name=value, !value, a|b, *, >, <, >=, <=, xp.Path)
// as a SQL condition on the list's fields. Anything it does not understand is a 400 List.*.
class ListFilter
{
public:
    // Adds the condition of `key=value` to `where`.
    static void parse(const QString &key, const QString &value, const ListSpec &spec, const Database &db,
                      SqlWhere &where);

    // The text with LIKE's wildcards and the escape character escaped (ESCAPE '\').
    static QString likeEscape(const QString &text);
    // A 400 List.ValueTooLong when a parameter or value is longer than ListQuery::kMaxValueLength.
    static void checkLength(const QString &key, const QString &value);
    // Names and values quoted in errors stay short, whatever was sent.
    static QString clipped(const QString &text);
};

} // namespace onbehalf::server
