#include "board/LiveBoardWindow.h"

#include "board/CoSignModel.h"
#include "board/LiveBoardModel.h"
#include "core/api/PolicyApi.h"
#include "core/api/SessionBoardApi.h"
#include "dialogs/ForceEndDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace onbehalf {

namespace {

QTableView *boardView(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

LiveBoardWindow::LiveBoardWindow(MarketplaceClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window), m_api(new SessionBoardApi(client, this)), m_policy(new PolicyApi(client, this)),
      m_sessions(new LiveBoardModel(this)), m_coSigns(new CoSignModel(this)), m_status(new QLabel(this)),
      m_sessionsLabel(new QLabel(this)), m_coSignLabel(new QLabel(this)), m_commentLabel(new QLabel(this)),
      m_sessionsView(boardView("boardSessionsView", m_sessions, this)),
      m_coSignView(boardView("boardCoSignView", m_coSigns, this)), m_comment(new QLineEdit(this)),
      m_forceEnd(new QPushButton(this)), m_approve(new QPushButton(this)), m_decline(new QPushButton(this))
{
    setObjectName(QStringLiteral("liveBoardWindow"));
    resize(900, 560);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);
    m_sessionsLabel->setBuddy(m_sessionsView);
    m_coSignLabel->setBuddy(m_coSignView);
    m_commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("coSignComment"));
    m_forceEnd->setObjectName(QStringLiteral("forceEndButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_decline->setObjectName(QStringLiteral("declineButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_sessionsLabel);
    layout->addWidget(m_sessionsView, 3);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch(1);
    sessionButtons->addWidget(m_forceEnd);
    layout->addLayout(sessionButtons);
    layout->addWidget(m_coSignLabel);
    layout->addWidget(m_coSignView, 2);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_commentLabel);
    decision->addWidget(m_comment, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_decline);
    layout->addLayout(decision);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveBoardWindow::refresh);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveBoardWindow::updateButtons);
    connect(m_coSignView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveBoardWindow::updateButtons);
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, &LiveBoardWindow::updateButtons);
    connect(m_coSigns, &QAbstractItemModel::modelReset, this, &LiveBoardWindow::updateButtons);
    connect(m_forceEnd, &QPushButton::clicked, this, &LiveBoardWindow::forceEndSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    // The amounts are in the marketplace's currency: the policy names it.
    m_policy->get(this, [this](Result<wire::OnbehalfPolicy> r) {
        if (r.ok())
            m_sessions->setCurrency(r.value.Currency);
    });
    retranslate();
    updateButtons();
}

void LiveBoardWindow::retranslate()
{
    setWindowTitle(tr("Live board"));
    m_sessionsLabel->setText(tr("&Active sessions"));
    m_sessionsView->setAccessibleName(tr("Active sessions"));
    m_coSignLabel->setText(tr("Waiting for &co-sign"));
    m_coSignView->setAccessibleName(tr("Orders waiting for co-sign"));
    m_commentLabel->setText(tr("Co&mment:"));
    m_comment->setAccessibleName(tr("Comment on the co-sign decision"));
    m_comment->setPlaceholderText(tr("Shown to the agent"));
    m_forceEnd->setText(tr("&Force end…"));
    m_forceEnd->setAccessibleName(tr("Force end the selected session"));
    m_approve->setText(tr("A&pprove"));
    m_approve->setAccessibleName(tr("Approve the selected order"));
    m_decline->setText(tr("&Decline"));
    m_decline->setAccessibleName(tr("Decline the selected order"));
}

void LiveBoardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LiveBoardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_poll.start();
}

void LiveBoardWindow::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void LiveBoardWindow::refresh()
{
    if (m_inFlight)
        return; // the answer under way is as fresh as a new one would be
    m_inFlight = m_api->activeSessions(this, [this](Result<wire::ListPage<wire::ImpersonationSession>> r) {
        m_inFlight.clear();
        if (!r.ok()) {
            showProblem(r.error.message());
            emit refreshed();
            return;
        }
        const QString currentRequest = [this] {
            const PendingCoSign *p = m_coSigns->request(m_coSignView->currentIndex().row());
            return p ? p->request.ID : QString();
        }();
        m_coSigns->setRequests(SessionBoardApi::pendingCoSigns(r.value.items));
        const int count = int(r.value.items.size());
        m_sessions->setSessions(std::move(r.value.items));
        if (const int row = m_coSigns->rowOf(currentRequest); row >= 0 && !m_coSignView->currentIndex().isValid())
            m_coSignView->setCurrentIndex(m_coSigns->index(row, 0));
        m_status->setText(tr("%n active session(s), %1 waiting for co-sign — updated %2", nullptr, count)
                              .arg(QLocale().toString(m_coSigns->rowCount()),
                                   QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        updateButtons();
        emit refreshed();
    });
}

void LiveBoardWindow::showProblem(const QString &message)
{
    m_status->setText(message);
    m_status->setAccessibleDescription(message);
}

void LiveBoardWindow::updateButtons()
{
    m_forceEnd->setEnabled(!m_acting && m_sessions->session(m_sessionsView->currentIndex().row()));
    const bool request = !m_acting && m_coSigns->request(m_coSignView->currentIndex().row());
    m_approve->setEnabled(request);
    m_decline->setEnabled(request);
}

void LiveBoardWindow::forceEndSelected()
{
    const wire::ImpersonationSession *s = m_sessions->session(m_sessionsView->currentIndex().row());
    if (!s || m_acting)
        return;
    const QString id = s->ID;
    const QString agent = s->AgentUsername;
    auto *dialog = new ForceEndDialog(
        agent,
        m_sessions->data(m_sessions->index(m_sessionsView->currentIndex().row(), LiveBoardModel::ActingForColumn))
            .toString(),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, agent] {
        m_acting = true;
        updateButtons();
        m_api->forceEnd(id, dialog->comment(), this, [this, agent](Result<wire::ImpersonationSession> r) {
            m_acting = false;
            if (r.ok())
                showProblem(tr("%1's session has been ended.").arg(agent));
            else
                showProblem(r.error.message());
            updateButtons();
            refresh();
            emit actionFinished(r.ok());
        });
    });
    dialog->open();
}

void LiveBoardWindow::decide(bool approve)
{
    const PendingCoSign *p = m_coSigns->request(m_coSignView->currentIndex().row());
    if (!p || m_acting)
        return;
    m_acting = true;
    updateButtons();
    const QString order = p->request.OrderID;
    m_api->decideCoSign(p->session.ID, order, approve, m_comment->text(), this,
                        [this, order, approve](Result<wire::ImpersonationSession> r) {
                            m_acting = false;
                            if (!r.ok())
                                showProblem(r.error.message());
                            else
                                showProblem(approve ? tr("Order %1 approved.").arg(order)
                                                    : tr("Order %1 declined.").arg(order));
                            if (r.ok())
                                m_comment->clear();
                            updateButtons();
                            refresh();
                            emit actionFinished(r.ok());
                        });
}

} // namespace onbehalf
