#include "templatelibrary.h"

#include "postmortemdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QStringDecoder>

namespace hindsight {

namespace {

std::size_t indexOf(DocumentLanguage language)
{
    return language == DocumentLanguage::Japanese ? 0 : 1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateLibrary", text);
}

} // namespace

TemplateLibrary::TemplateLibrary(const QString &overrideFolder)
{
    const QVariantMap shape = PostmortemDocument::templateShape();
    for (const DocumentLanguage language : allValues<DocumentLanguage>()) {
        const std::size_t i = indexOf(language);
        const QString name = fileName(language);
        if (!overrideFolder.isEmpty()) {
            const QString path = overrideFolder + u'/' + name;
            QFile file(path);
            if (file.exists()) {
                QStringDecoder decoder(QStringDecoder::Utf8);
                QString text;
                if (!file.open(QIODevice::ReadOnly)) {
                    m_problems << TemplateProblem{path, 0, tr("cannot be read: %1.").arg(file.errorString())};
                } else {
                    text = decoder.decode(file.readAll());
                    if (decoder.hasError())
                        m_problems << TemplateProblem{path, 0, tr("is not UTF-8 text.")};
                }
                if (file.isOpen() && !decoder.hasError()) {
                    MarkdownTemplate candidate(text, path, shape);
                    if (candidate.isValid()) {
                        m_templates[i] = candidate;
                        m_overridden[i] = true;
                        continue;
                    }
                    m_problems << candidate.problems();
                }
                m_problems << TemplateProblem{path, 0,
                                              tr("not used: Hindsight uses its built-in template until this file "
                                                 "is fixed or removed.")};
            }
        }
        m_templates[i] = MarkdownTemplate(builtInText(language), QStringLiteral(":/templates/") + name, shape);
        Q_ASSERT_X(m_templates[i].isValid(), "TemplateLibrary", "a built-in template is broken");
    }
}

QString TemplateLibrary::userTemplateFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/templates");
}

QString TemplateLibrary::fileName(DocumentLanguage language)
{
    return QStringLiteral("postmortem.%1.md.mustache").arg(toKey(language));
}

QString TemplateLibrary::builtInText(DocumentLanguage language)
{
    QFile file(QStringLiteral(":/templates/") + fileName(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const MarkdownTemplate &TemplateLibrary::postmortemTemplate(DocumentLanguage language) const
{
    return m_templates[indexOf(language)];
}

bool TemplateLibrary::isOverridden(DocumentLanguage language) const
{
    return m_overridden[indexOf(language)];
}

} // namespace hindsight
