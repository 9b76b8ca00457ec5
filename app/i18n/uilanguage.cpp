#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hindsight {

namespace {

const QString SettingKey = QStringLiteral("ui/language");
const QString MessageFiles = QStringLiteral(":/i18n");

// The language code in a choice such as "ja", "ja_JP.UTF-8" or "en-US"; empty for "system" or anything unknown.
QString languageOf(const QString &choice)
{
    const QString code = choice.trimmed().left(2).toLower();
    return UiLanguage::available().contains(code) ? code : QString();
}

// Hindsight's messages are looked up by the context lupdate gives them; some call sites translate in a context of
// their own (a file's tr() helper), which lupdate cannot see. The build therefore also files every message under the
// shared context "*" (app/i18n/sharedcontext.cmake), and a miss in the caller's context is looked up there.
class HindsightTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty())
            text = QTranslator::translate("*", sourceText, disambiguation, n);
        return text;
    }
};

} // namespace

QString UiLanguage::systemChoice()
{
    return QStringLiteral("system");
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString UiLanguage::setting()
{
    const QString language = languageOf(QSettings().value(SettingKey).toString());
    return language.isEmpty() ? systemChoice() : language;
}

void UiLanguage::setSetting(const QString &choice)
{
    const QString language = languageOf(choice);
    QSettings().setValue(SettingKey, language.isEmpty() ? systemChoice() : language);
}

QString UiLanguage::language()
{
    QString language = languageOf(qEnvironmentVariable("HINDSIGHT_LANG"));
    if (language.isEmpty())
        language = languageOf(setting());
    if (language.isEmpty()) {
        for (const QString &preferred : QLocale::system().uiLanguages()) {
            language = languageOf(preferred);
            if (!language.isEmpty())
                break;
        }
    }
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QLocale UiLanguage::locale()
{
    // The system's own formats where they are of the chosen language (en_GB stays en_GB; C stays C, whose text is
    // English), else the language's.
    const QString language = UiLanguage::language();
    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    if (system.language() == chosen.language() || (system.language() == QLocale::C && language == u"en"))
        return system;
    return chosen;
}

void UiLanguage::install()
{
    QLocale::setDefault(locale());
    const QString language = UiLanguage::language();

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new HindsightTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral("hindsight_") + language, MessageFiles))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace hindsight
