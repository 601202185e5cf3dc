#include "history/SessionTable.h"

#include "history/HistoryFormat.h"
#include "history/SessionHistoryModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <algorithm>
#include <iterator>
#include <utility>

namespace onbehalf {

namespace {
constexpr int kSharedMinimum = 60;
const int kShared[] = {SessionHistoryModel::UserColumn, SessionHistoryModel::BuyerColumn,
                       SessionHistoryModel::ReasonColumn, SessionHistoryModel::CaseColumn};
const int kFitted[] = {SessionHistoryModel::AgentColumn,    SessionHistoryModel::StartedColumn,
                       SessionHistoryModel::EndedColumn,    SessionHistoryModel::DurationColumn,
                       SessionHistoryModel::EndCauseColumn, SessionHistoryModel::OrdersColumn,
                       SessionHistoryModel::TotalColumn};
} // namespace

SessionTable::SessionTable(QWidget *parent) : QTableView(parent) {}

void SessionTable::setSessionModel(SessionHistoryModel *model)
{
    m_model = model;
    setModel(model);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultSectionSize(60); // then widened to fit
    applyResizeModes();
    // New rows and a new language bring texts of other widths.
    connect(model, &QAbstractItemModel::rowsInserted, this, &SessionTable::fitSoon);
    connect(model, &QAbstractItemModel::modelReset, this, &SessionTable::fitSoon);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &SessionTable::fitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &SessionTable::fitSoon);
    fitColumns();
}

void SessionTable::applyResizeModes()
{
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Free text shares what the fixed-format columns leave (elided, in full in the detail pane).
    for (int column : kShared)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setMinimumSectionSize(40);
}

bool SessionTable::restoreColumns(const QByteArray &state)
{
    const bool restored = horizontalHeader()->restoreState(state);
    applyResizeModes(); // a layout saved by an older version must not undo them
    fitColumns();
    return restored;
}

void SessionTable::fitSoon()
{
    if (std::exchange(m_fitPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitColumns();
    });
}

int SessionTable::wantedWidth(int column) const
{
    int want = std::max(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    if (column == SessionHistoryModel::EndCauseColumn) {
        // Every cause there is, not just those on screen: the column does not jump while scrolling.
        const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
        for (const char *cause : {"AgentEnded", "Expired", "Inactivity", "SignedOut", "Recovered", "Revoked"})
            want =
                std::max(want, fontMetrics().horizontalAdvance(HistoryFormat::endCause(QLatin1String(cause))) + margin);
    }
    return want;
}

void SessionTable::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView *header = horizontalHeader();
    for (int column : kFitted) {
        const int want = wantedWidth(column);
        if (header->sectionSize(column) < want)
            header->resizeSection(column, want);
    }
    emit columnsFitted();
}

int SessionTable::neededWidth() const
{
    int sum = 0;
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        if (std::find(std::begin(kShared), std::end(kShared), column) != std::end(kShared))
            sum += kSharedMinimum;
        else
            sum += std::max(horizontalHeader()->sectionSize(column), 0);
    }
    return sum + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

} // namespace onbehalf
