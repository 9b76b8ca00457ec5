#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hindsight {

/// The language of Hindsight's own user interface and command-line messages. Independent of the language a
/// postmortem is written in (DocumentLanguage). Chosen, first that is set, by $HINDSIGHT_LANG, by the setting
/// `ui/language` ("system", "ja" or "en"), else by the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
namespace UiLanguage {
/// The setting's value meaning "follow the system locale".
QString systemChoice();

/// The languages Hindsight is translated into, as language codes ("en", "ja").
QStringList available();

/// The setting as stored: "system" unless "ja" or "en" was chosen.
QString setting();
void setSetting(const QString &choice);

/// The language the user interface speaks: "ja" or "en".
QString language();

/// The locale for dates, times and numbers: the system's when it is of language() (or C), else language()'s.
QLocale locale();

/// Makes locale() the default and installs the translators for Hindsight's and Qt's own text in language() on the
/// running application. Call once the application object exists and before any text is made.
void install();
} // namespace UiLanguage

} // namespace hindsight
