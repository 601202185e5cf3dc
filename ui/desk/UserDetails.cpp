#include "desk/UserDetails.h"

#include "common/Announce.h"
#include "common/OrderStatusText.h"
#include "core/api/AddressesApi.h"
#include "core/api/OrdersApi.h"
#include "core/net/MarketplaceClient.h"
#include "search/BuyerUserSearchModel.h"
#include "shop/Money.h"
#include "ui_MainWindow.h"
#include "wire/Order.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace onbehalf {

UserDetails::UserDetails(MarketplaceClient *client, BuyerUserSearchModel *model, Ui::MainWindow *ui, QObject *parent)
    : QObject(parent), m_client(client), m_model(model), m_ui(ui)
{
    m_start = new QPushButton(m_ui->detailPanel);
    m_start->setObjectName(QStringLiteral("startSessionButton"));
    m_startRefusal = new QLabel(m_ui->detailPanel);
    m_startRefusal->setObjectName(QStringLiteral("startRefusalLabel"));
    m_startRefusal->setWordWrap(true);
    m_startRefusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_startRefusal->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_startRefusal, 1);
    m_ui->detailLayout->addRow(row);
    m_ui->ordersCaption->setBuddy(m_ui->recentOrdersList);
    m_ui->addressesCaption->setBuddy(m_ui->addressesList);
    m_ui->addressesList->header()->setStretchLastSection(false);
    m_ui->addressesList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->addressesList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->addressesList->setTextElideMode(Qt::ElideRight);
    m_ui->addressesList->setWordWrap(true);
    // Order number, date and total keep their room; the status column is never pushed out.
    m_ui->recentOrdersList->header()->setStretchLastSection(false);
    m_ui->recentOrdersList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->recentOrdersList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->recentOrdersList->setTextElideMode(Qt::ElideMiddle);
    retranslate();
}

void UserDetails::retranslate()
{
    m_start->setText(tr("Act for this &user…"));
    m_start->setAccessibleName(tr("Start acting for this user"));
    m_start->setToolTip(tr("Start an impersonation session (Ctrl+I or Enter)"));
    if (m_shown && m_index.isValid())
        show(QModelIndex(m_index));
}

void UserDetails::setStartAvailable(bool available)
{
    m_startAvailable = available;
    m_start->setEnabled(m_startAvailable && m_refusal.isEmpty() && m_shown);
}

void UserDetails::setRefusal(const QString &why)
{
    m_refusal = why;
    Announce::message(m_startRefusal, why);
    setStartAvailable(m_startAvailable);
}

void UserDetails::clear()
{
    ++m_generation;
    if (!m_shown && !m_ui->detailPanel->isEnabled())
        return; // already clear: repainting the panel at every keystroke would cost time
    m_shown = false;
    for (QLabel *l : {m_ui->nameValue, m_ui->userIdValue, m_ui->companyValue, m_ui->groupsValue, m_ui->emailValue,
                      m_ui->phoneValue, m_ui->activeValue, m_ui->eligibilityValue})
        l->clear();
    m_ui->recentOrdersList->clear();
    m_ui->addressesList->clear();
    setRefusal(QString());
    m_ui->detailPanel->setEnabled(false);
}

void UserDetails::show(const QModelIndex &index)
{
    clear();
    const wire::User *u = m_model->userAt(index.row());
    if (!u)
        return;
    m_index = index;
    const quint64 generation = m_generation;
    const QString buyerId = index.data(BuyerUserSearchModel::BuyerIdRole).toString();
    const QString userId = u->ID;
    m_ui->detailPanel->setEnabled(true);
    m_shown = true;
    m_ui->nameValue->setText(tr("%1 (%2)").arg(u->fullName(), u->Username));
    m_ui->userIdValue->setText(u->ID);
    m_ui->companyValue->setText(m_model->buyerNameOf(buyerId));
    m_ui->emailValue->setText(u->Email);
    m_ui->phoneValue->setText(u->Phone.value_or(tr("—")));
    m_ui->activeValue->setText(u->Active ? tr("Active") : tr("Inactive — the account is switched off"));
    m_ui->groupsValue->setText(tr("Loading…"));
    m_ui->eligibilityValue->setText(tr("Checking…"));
    setRefusal(u->Active ? QString() : tr("The account is switched off, so nobody can act for this user."));

    auto current = [this, generation] { return generation == m_generation; };
    m_client->userGroupNames(buyerId, userId, this, [this, current](Result<QStringList> r) {
        if (!current())
            return;
        m_ui->groupsValue->setText(!r.ok()             ? r.error.message()
                                   : r.value.isEmpty() ? tr("None")
                                                       : r.value.join(QStringLiteral(", ")));
    });
    m_client->impersonationEligibility(
        buyerId, userId, this, [this, current, active = u->Active](Result<ImpersonationEligibility> r) {
            if (!current())
                return;
            using S = ImpersonationEligibility::State;
            if (!active) {
                m_ui->eligibilityValue->setText(tr("No — the account is switched off"));
            } else if (r.value.state == S::Allowed) {
                m_ui->eligibilityValue->setText(tr("Yes"));
            } else if (r.value.state == S::NotAllowed) {
                m_ui->eligibilityValue->setText(tr("No — %1").arg(r.value.message));
                setRefusal(r.value.message);
            } else {
                m_ui->eligibilityValue->setText(r.ok() ? r.value.message : r.error.message());
            }
        });
    AddressesApi(m_client).ofUser(buyerId, userId, this, [this, current](Result<std::vector<UserAddress>> r) {
        if (current())
            showAddresses(r);
    });
    OrdersApi(m_client).recentOrdersOf(userId, 5, this, [this, current](Result<wire::ListPage<wire::Order>> r) {
        if (!current())
            return;
        if (!r.ok()) {
            auto *item = new QTreeWidgetItem(m_ui->recentOrdersList);
            item->setText(0, r.error.status() == 403 ? tr("You cannot read this user's orders.") : r.error.message());
            return;
        }
        const QLocale locale;
        for (const wire::Order &order : r.value.items) {
            auto *item = new QTreeWidgetItem(m_ui->recentOrdersList);
            item->setText(0, order.ID);
            item->setToolTip(0, order.ID);
            item->setText(1, OrderStatusText::displayName(order.Status));
            item->setText(2, order.DateCreated ? locale.toString(order.DateCreated->toLocalTime(), QLocale::ShortFormat)
                                               : QString());
            item->setText(3, formatMoney(order.Total, order.Currency));
        }
        if (m_ui->recentOrdersList->topLevelItemCount() == 0)
            (new QTreeWidgetItem(m_ui->recentOrdersList))->setText(0, tr("No orders yet."));
    });
}

void UserDetails::showAddresses(const Result<std::vector<UserAddress>> &r)
{
    QTreeWidget *list = m_ui->addressesList;
    list->clear();
    auto note = [list](const QString &text) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, text);
        item->setToolTip(0, text);
    };
    if (!r.ok()) {
        note(r.error.status() == 403 ? tr("You cannot read this user's addresses.") : r.error.message());
        return;
    }
    for (const UserAddress &a : r.value) {
        QStringList uses;
        if (a.shipping)
            uses << tr("Shipping");
        if (a.billing)
            uses << tr("Billing");
        if (a.viaGroup)
            uses << tr("via business unit");
        const QString use = uses.isEmpty() ? tr("Neither shipping nor billing") : uses.join(tr(" · "));
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, a.address.oneLine());
        item->setText(1, use);
        // The whole address, one part a line, for reading it out to the caller.
        QStringList lines;
        for (const std::optional<QString> &part :
             {a.address.AddressName, a.address.CompanyName,
              std::optional<QString>(
                  QStringList{a.address.FirstName.value_or(QString()), a.address.LastName.value_or(QString())}
                      .join(QLatin1Char(' '))
                      .trimmed()),
              std::optional<QString>(a.address.Street1), a.address.Street2,
              std::optional<QString>(
                  QStringList{a.address.Zip, a.address.City, a.address.State}.join(QLatin1Char(' ')).simplified()),
              std::optional<QString>(a.address.Country), a.address.Phone}) {
            if (part && !part->isEmpty())
                lines << *part;
        }
        item->setToolTip(0, lines.join(QLatin1Char('\n')));
        item->setData(0, Qt::AccessibleTextRole, tr("%1 (%2)").arg(a.address.oneLine(), use));
        item->setData(0, Qt::UserRole, a.address.ID);
    }
    if (r.value.empty())
        note(tr("No addresses saved."));
}

} // namespace onbehalf
