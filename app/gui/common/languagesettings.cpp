#include "languagesettings.h"

#include "i18n/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

LanguageSettings::LanguageSettings(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Language"));
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage),
                        UiLanguage::systemChoice());
    // Each language is named in itself, so that whoever cannot read the current one still finds their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::setting())));

    auto *form = new QFormLayout;
    form->addRow(tr("&User interface:"), m_language);

    auto *note = new QLabel(tr("The new language applies the next time Hindsight starts. Postmortems keep the "
                               "document language chosen when they are exported or published."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void LanguageSettings::addTo(QMenu *menu)
{
    QAction *action = menu->addAction(tr("&Language…"));
    action->setObjectName(QStringLiteral("languageSettingsAction"));
    // A menu is a window of its own: the dialog belongs to the window whose menu bar holds it.
    QWidget *window = menu->parentWidget() ? menu->parentWidget()->window() : nullptr;
    connect(action, &QAction::triggered, menu, [window] {
        auto *dialog = new LanguageSettings(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void LanguageSettings::accept()
{
    UiLanguage::setSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace hindsight
