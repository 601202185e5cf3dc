#include "storage/IncrementorStore.h"

#include "http/HttpError.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace onbehalf::server {

QString IncrementorStore::columns()
{
    return QStringLiteral("id, name, last_number, left_padding");
}

wire::Incrementor IncrementorStore::fromRow(const QSqlQuery &q)
{
    wire::Incrementor i;
    i.ID = q.value(0).toString();
    i.Name = SqlValues::optionalText(q.value(1));
    i.LastNumber = q.value(2).toLongLong();
    i.LeftPaddingCount = q.value(3).toInt();
    return i;
}

std::optional<wire::Incrementor> IncrementorStore::find(const QString &id) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM incrementors WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void IncrementorStore::insert(const wire::Incrementor &i)
{
    m_db.exec(QStringLiteral("INSERT INTO incrementors (id, id_l, name, last_number, left_padding) "
                             "VALUES (?, ?, ?, ?, ?)"),
              {i.ID, i.ID.toLower(), SqlValues::nullable(i.Name), i.LastNumber, i.LeftPaddingCount});
}

void IncrementorStore::update(const wire::Incrementor &i)
{
    m_db.exec(QStringLiteral("UPDATE incrementors SET name = ?, last_number = ?, left_padding = ? WHERE id = ?"),
              {SqlValues::nullable(i.Name), i.LastNumber, i.LeftPaddingCount, i.ID});
}

bool IncrementorStore::remove(const QString &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM incrementors WHERE id = ?"), {id}).numRowsAffected() > 0;
}

std::optional<qint64> IncrementorStore::take(const QString &id)
{
    // The UPDATE holds the row (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE) until the
    // commit, so the number read back is this transaction's alone.
    Database::Transaction tx(m_db);
    if (m_db.exec(QStringLiteral("UPDATE incrementors SET last_number = last_number + 1 WHERE id = ?"), {id})
            .numRowsAffected() != 1)
        return std::nullopt;
    const QVariant n = m_db.scalar(QStringLiteral("SELECT last_number FROM incrementors WHERE id = ?"), {id});
    tx.commit();
    return n.toLongLong();
}

QString IncrementorStore::expand(const QString &id)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_.-]{1,100})\\}"));
    if (!id.contains(QLatin1Char('{')))
        return id;
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(id); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const auto incrementor = find(name);
        const auto n = incrementor ? take(name) : std::nullopt;
        if (!n)
            throw HttpError::notFound(QStringLiteral("Incrementor"), name);
        out += id.mid(last, m.capturedStart() - last);
        out += QStringLiteral("%1").arg(*n, incrementor->LeftPaddingCount, 10, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    return out + id.mid(last);
}

ListSpec IncrementorStore::listSpec()
{
    using F = FieldType;
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id"), F::Text, true, QStringLiteral("id_l")},
        {QStringLiteral("Name"), QStringLiteral("name"), F::Text, true},
        {QStringLiteral("LastNumber"), QStringLiteral("last_number"), F::Number},
        {QStringLiteral("LeftPaddingCount"), QStringLiteral("left_padding"), F::Number},
    };
    return spec;
}

} // namespace onbehalf::server
