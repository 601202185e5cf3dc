#pragma once

#include "core/api/SessionBoardApi.h"

#include <QAbstractTableModel>
#include <vector>

namespace onbehalf {

// The co-sign requests waiting for a supervisor: whose session, which order, its total, the
// session's total with it, and the limit it exceeds.
class CoSignModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgentColumn,
        ActingForColumn,
        OrderColumn,
        OrderTotalColumn,
        SessionTotalColumn,
        LimitColumn,
        ColumnCount
    };

    explicit CoSignModel(QObject *parent = nullptr);

    void setRequests(std::vector<PendingCoSign> requests);
    const PendingCoSign *request(int row) const;
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PendingCoSign> m_rows;
};

} // namespace onbehalf
