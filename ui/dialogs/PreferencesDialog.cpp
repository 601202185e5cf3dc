#include "dialogs/PreferencesDialog.h"

#include "core/platform/Settings.h"
#include "desk/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace onbehalf {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_inactivity(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(Translations::displayName(QString()), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->value(SettingKeys::Language))));
    m_inactivity->setObjectName(QStringLiteral("inactivitySpin"));
    m_inactivity->setAccessibleName(tr("End sessions after inactivity (minutes)"));
    m_inactivity->setRange(1, 120);
    m_inactivity->setSuffix(tr(" min"));
    m_inactivity->setValue(m_settings->value(SettingKeys::InactivityMinutes));

    auto *form = new QFormLayout(this);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto *inactivityLabel = new QLabel(tr("End a session after &inactivity of:"), this);
    inactivityLabel->setBuddy(m_inactivity);
    form->addRow(inactivityLabel, m_inactivity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings->value(SettingKeys::Language)) {
        m_settings->setValue(SettingKeys::Language, language);
        Translations::apply(language); // windows retranslate on QEvent::LanguageChange
    }
    m_settings->setValue(SettingKeys::InactivityMinutes, m_inactivity->value());
}

} // namespace onbehalf
