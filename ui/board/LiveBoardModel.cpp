#include "board/LiveBoardModel.h"

#include "shop/Money.h"

#include <QLocale>
#include <algorithm>

namespace onbehalf {

LiveBoardModel::LiveBoardModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void LiveBoardModel::setSessions(std::vector<wire::ImpersonationSession> sessions)
{
    const auto contains = [&sessions](const QString &id) {
        return std::any_of(sessions.begin(), sessions.end(),
                           [&id](const wire::ImpersonationSession &s) { return s.ID == id; });
    };
    // Ended sessions go, from the bottom so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (contains(m_rows[size_t(row)].ID))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    for (wire::ImpersonationSession &s : sessions) {
        const int row = rowOf(s.ID);
        if (row >= 0) {
            m_rows[size_t(row)] = std::move(s);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.push_back(std::move(s));
        endInsertRows();
    }
}

void LiveBoardModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_rows.empty())
        emit dataChanged(index(0, TotalColumn), index(rowCount() - 1, TotalColumn));
}

const wire::ImpersonationSession *LiveBoardModel::session(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int LiveBoardModel::rowOf(const QString &sessionId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].ID == sessionId)
            return int(i);
    }
    return -1;
}

int LiveBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveBoardModel::idleText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    return tr("%1 h %2 min").arg(QLocale().toString(seconds / 3600), QLocale().toString((seconds % 3600) / 60));
}

QVariant LiveBoardModel::data(const QModelIndex &index, int role) const
{
    const wire::ImpersonationSession *s = index.isValid() ? session(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == SessionIdRole)
        return s->ID;
    if (role == Qt::TextAlignmentRole && index.column() >= OrdersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case AgentColumn:
        return s->AgentUsername;
    case ActingForColumn: {
        const QString who = s->UserFullName.isEmpty() ? s->Username : s->UserFullName;
        return s->BuyerName.isEmpty() ? who : tr("%1 (%2)").arg(who, s->BuyerName);
    }
    case SinceColumn:
        return locale.toString(s->DateStarted.toLocalTime().time(), QLocale::ShortFormat);
    case IdleColumn: {
        const QDateTime last = s->LastActivity.value_or(s->DateStarted);
        return idleText(std::max<qint64>(0, last.secsTo(m_clock())));
    }
    case OrdersColumn:
        return locale.toString(s->orderCount());
    case TotalColumn:
        return formatMoney(s->orderTotal(), m_currency);
    default:
        return {};
    }
}

QVariant LiveBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ActingForColumn:
        return tr("Acting for");
    case SinceColumn:
        return tr("Since");
    case IdleColumn:
        return tr("Idle for");
    case OrdersColumn:
        return tr("Orders");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace onbehalf
