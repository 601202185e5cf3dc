#pragma once

#include <QTableView>

namespace onbehalf {

class SessionHistoryModel;

// The sessions list: one row per session; the columns with fixed-format values (times, durations,
// end causes, counts, amounts) always fit their text in the current language, the free-text ones
// (user, buyer, reason, case number) share the room that is left.
class SessionTable : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTable(QWidget *parent = nullptr);

    void setSessionModel(SessionHistoryModel *model);
    // The agent's saved column layout (widths, order, sort indicator); false when there is none.
    bool restoreColumns(const QByteArray &state);
    // Widens the fixed-format columns to their text (never narrows what the agent widened).
    void fitColumns();
    // The width every column needs, the free-text ones at their minimum: less than this and some
    // columns are off screen.
    int neededWidth() const;

signals:
    void columnsFitted();

private:
    int wantedWidth(int column) const;
    void applyResizeModes();
    void fitSoon();

    SessionHistoryModel *m_model = nullptr;
    bool m_fitPending = false;
};

} // namespace onbehalf
