#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace onbehalf {

class Settings;

// Language and the inactivity timeout of impersonation sessions.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

private:
    void save();

    Settings *m_settings;
    QComboBox *m_language;
    QSpinBox *m_inactivity;
};

} // namespace onbehalf
