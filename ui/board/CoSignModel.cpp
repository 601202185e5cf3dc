#include "board/CoSignModel.h"

#include "shop/Money.h"

namespace onbehalf {

CoSignModel::CoSignModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoSignModel::setRequests(std::vector<PendingCoSign> requests)
{
    bool same = requests.size() == m_rows.size();
    for (size_t i = 0; same && i < requests.size(); ++i)
        same = requests[i].request.ID == m_rows[i].request.ID;
    if (same) {
        m_rows = std::move(requests);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(requests);
    endResetModel();
}

const PendingCoSign *CoSignModel::request(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int CoSignModel::rowOf(const QString &requestId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].request.ID == requestId)
            return int(i);
    }
    return -1;
}

int CoSignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoSignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoSignModel::data(const QModelIndex &index, int role) const
{
    const PendingCoSign *p = index.isValid() ? request(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= OrderTotalColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const wire::CoSignRequest &r = p->request;
    switch (index.column()) {
    case AgentColumn:
        return r.RequestedBy.isEmpty() ? p->session.AgentUsername : r.RequestedBy;
    case ActingForColumn: {
        const QString who = p->session.UserFullName.isEmpty() ? p->session.Username : p->session.UserFullName;
        return p->session.BuyerName.isEmpty() ? who : tr("%1 (%2)").arg(who, p->session.BuyerName);
    }
    case OrderColumn:
        return r.OrderID;
    case OrderTotalColumn:
        return formatMoney(r.OrderTotal, r.Currency);
    case SessionTotalColumn:
        return formatMoney(r.SessionTotal, r.Currency);
    case LimitColumn:
        return formatMoney(r.Limit, r.Currency);
    default:
        return {};
    }
}

QVariant CoSignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ActingForColumn:
        return tr("Acting for");
    case OrderColumn:
        return tr("Order");
    case OrderTotalColumn:
        return tr("Order total");
    case SessionTotalColumn:
        return tr("Session total");
    case LimitColumn:
        return tr("Limit");
    default:
        return {};
    }
}

} // namespace onbehalf
