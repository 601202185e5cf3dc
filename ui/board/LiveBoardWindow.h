#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace onbehalf {

class ApiJob;
class CoSignModel;
class LiveBoardModel;
class MarketplaceClient;
class PolicyApi;
class SessionBoardApi;

// The supervisor's live board (Ctrl+L): every active session with who, for whom, since when, idle
// for how long, orders and total, refreshed every few seconds without blocking; the orders waiting
// for a co-sign with Approve / Decline and a comment; Force end with a comment for the agent.
class LiveBoardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit LiveBoardWindow(MarketplaceClient *client, QWidget *parent = nullptr);

    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    static constexpr int kPollMs = 3000;
    // Reads the board now (the poll does it every few seconds while the window is shown).
    void refresh();

    LiveBoardModel *sessionsModel() const { return m_sessions; }
    CoSignModel *coSignModel() const { return m_coSigns; }

signals:
    // A refresh answered (rows shown, or the problem in the status line).
    void refreshed();
    // A force end or a co-sign decision was answered.
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void forceEndSelected();
    void decide(bool approve);
    void showProblem(const QString &message);

    SessionBoardApi *m_api;
    PolicyApi *m_policy;
    LiveBoardModel *m_sessions;
    CoSignModel *m_coSigns;
    QLabel *m_status;
    QLabel *m_sessionsLabel;
    QLabel *m_coSignLabel;
    QLabel *m_commentLabel;
    QTableView *m_sessionsView;
    QTableView *m_coSignView;
    QLineEdit *m_comment;
    QPushButton *m_forceEnd;
    QPushButton *m_approve;
    QPushButton *m_decline;
    QTimer m_poll;
    QPointer<ApiJob> m_inFlight;
    bool m_acting = false;
};

} // namespace onbehalf
