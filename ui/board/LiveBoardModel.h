#pragma once

#include "wire/ImpersonationSession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>
#include <vector>

namespace onbehalf {

// The active sessions of the live board: who acts, for whom, since when, idle for how long (from
// LastActivity), orders and total so far. An update keeps the rows that are still there in
// place (selection and keyboard position survive the poll) and removes or appends the others.
class LiveBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgentColumn,
        ActingForColumn,
        SinceColumn,
        IdleColumn,
        OrdersColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit LiveBoardModel(QObject *parent = nullptr);

    void setSessions(std::vector<wire::ImpersonationSession> sessions);
    const wire::ImpersonationSession *session(int row) const;
    int rowOf(const QString &sessionId) const;
    // "Now" for the idle times (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The marketplace's currency (the policy's): sessions carry amounts only.
    void setCurrency(const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString idleText(qint64 seconds);

private:
    std::vector<wire::ImpersonationSession> m_rows;
    std::function<QDateTime()> m_clock;
    QString m_currency = QStringLiteral("USD");
};

} // namespace onbehalf
