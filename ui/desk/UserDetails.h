#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>
#include <vector>

class QLabel;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace onbehalf {

class BuyerUserSearchModel;
struct UserAddress;
template <typename T>
struct Result;
class MarketplaceClient;

// The detail panel beside the results: who the selected buyer user is (name, ID, company,
// groups, contact, account state, addresses with their shipping and billing marks), whether the rules let the agent act
// for them, and their recent orders. "Act for this user…" is disabled, with the reason next to it, for a user the rules
// refuse or whose account is switched off.
class UserDetails : public QObject
{
    Q_OBJECT

public:
    UserDetails(MarketplaceClient *client, BuyerUserSearchModel *model, Ui::MainWindow *ui, QObject *parent);

    void show(const QModelIndex &index);
    void clear();
    // Empty while acting is allowed (or not yet known); else why not.
    QString refusal() const { return m_refusal; }
    QPushButton *startButton() const { return m_start; }
    void setStartAvailable(bool available); // false without sessions, or while one runs
    // The language changed: the button and the shown user in the new one.
    void retranslate();

private:
    void setRefusal(const QString &why);
    void showAddresses(const Result<std::vector<UserAddress>> &r);

    MarketplaceClient *m_client;
    BuyerUserSearchModel *m_model;
    Ui::MainWindow *m_ui;
    QPushButton *m_start;
    QLabel *m_startRefusal;
    QString m_refusal;
    bool m_shown = false;
    QPersistentModelIndex m_index;
    bool m_startAvailable = true;
    quint64 m_generation = 0;
};

} // namespace onbehalf
