#include "incidentarchive.h"

#include "markdown/markdownescape.h"
#include "postmortemdocument.h"
#include "postmortemexport.h"
#include "redactor.h"
#include "store/incidentstore.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentArchive", text);
}

const QString IndexFile = QStringLiteral("index.md");
const QString PostmortemFile = QStringLiteral("postmortem.md");
const QString LogFile = QStringLiteral("investigation-log.md");
constexpr int MaxTitleLength = 40;

/// Headings of the files written beside the documents, in the documents' language (not the interface's).
struct ArchiveWords
{
    QString incidents;
    QString investigationLog;
    QString separator;
};

const ArchiveWords &words(DocumentLanguage language)
{
    static const ArchiveWords japanese{QStringLiteral("インシデント一覧"), QStringLiteral("調査ログ"),
                                       QStringLiteral("、")};
    static const ArchiveWords english{QStringLiteral("Incidents"), QStringLiteral("Investigation log"),
                                      QStringLiteral(", ")};
    return language == DocumentLanguage::Japanese ? japanese : english;
}

/// Whether the template shows the investigation log: the document changes when the log is left out.
bool documentShowsLog(const PostmortemSource &source, DocumentLanguage language, const TemplateLibrary &templates,
                      const DocumentOptions &options)
{
    PostmortemSource withoutLog = source;
    withoutLog.log.clear();
    withoutLog.attachments.clear();
    return PostmortemDocument::markdown(source, language, templates, options) !=
           PostmortemDocument::markdown(withoutLog, language, templates, options);
}

QString logDocument(const PostmortemSource &source, DocumentLanguage language, const QVariantList &entries)
{
    QString text = QStringLiteral("# ") + markdown::escapeInline(PostmortemDocument::title(source, language)) +
                   QStringLiteral("\n\n## ") + words(language).investigationLog + QStringLiteral("\n\n");
    for (const QVariant &entry : entries)
        text += QStringLiteral("- ") + entry.toMap().value(QStringLiteral("entry")).toString() + u'\n';
    return text;
}

[[noreturn]] void failed(const QString &error)
{
    throw StoreError(StoreError::Kind::Failed, error);
}

} // namespace

QString IncidentArchive::folderName(const Incident &incident)
{
    QString title;
    for (const QChar c : incident.title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            title += c;
        else if (!title.isEmpty() && !title.endsWith(u'-'))
            title += u'-';
    }
    title.truncate(MaxTitleLength);
    while (title.endsWith(u'-'))
        title.chop(1);
    const QString number = QStringLiteral("%1").arg(incident.number, 4, 10, QLatin1Char('0'));
    return title.isEmpty() ? number : number + u'-' + title;
}

ArchiveResult IncidentArchive::write(Store &store, const QString &folder, DocumentLanguage language,
                                     const TemplateLibrary &templates, const Redactor &redactor, bool overwrite)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 is a file, not a folder. Give an empty folder (or a new one) to write the incidents "
                            "to.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QDir dir(info.absoluteFilePath());
    if (info.exists() && !overwrite &&
        !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 is not empty: nothing was written. Give an empty or new folder, or --force to write "
                            "into it anyway (files of the same names are replaced, others are left alone).")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const bool folderExisted = info.exists();
    if (!dir.mkpath(QStringLiteral(".")))
        failed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
    // What this run created goes again when it fails (a full disk half-way): no archive that looks whole but is not.
    QStringList created;
    auto removeCreated = qScopeGuard([&] {
        if (!folderExisted) {
            QDir(dir.path()).removeRecursively();
            return;
        }
        for (const QString &name : std::as_const(created))
            QDir(dir.filePath(name)).removeRecursively();
    });

    IncidentQuery all;
    all.order = IncidentQuery::Order::NumberAscending;
    const QList<Incident> incidents = IncidentStore(store).list(all);

    ArchiveResult result;
    const ArchiveWords &vocabulary = words(language);
    QString index = QStringLiteral("# ") + vocabulary.incidents + QStringLiteral("\n\n");
    const DocumentOptions options{AttachmentLinks::Folder, PostmortemExport::attachmentFolderName(PostmortemFile)};
    QString error;
    for (const Incident &incident : incidents) {
        PostmortemSource source = PostmortemSource::load(store, incident.number);
        result.maskedSecrets += source.redact(redactor);

        const QString name = folderName(source.incident);
        if (!dir.exists(name))
            created << name;
        if (!dir.mkpath(name))
            failed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.filePath(name))));
        const QDir incidentDir(dir.filePath(name));
        if (!PostmortemExport::writeMarkdown(incidentDir.filePath(PostmortemFile), source, language, templates, &error))
            failed(error);
        result.attachmentCount += int(PostmortemDocument::attachmentFiles(source).size());

        const QVariantMap values = PostmortemDocument::values(source, language, options);
        const QVariantList entries = values.value(QStringLiteral("log")).toList();
        const bool separateLog = !entries.isEmpty() && !documentShowsLog(source, language, templates, options);
        if (separateLog && !PostmortemExport::writeFile(incidentDir.filePath(LogFile),
                                                        logDocument(source, language, entries).toUtf8(), &error))
            failed(error);

        QStringList details{values.value(QStringLiteral("severity")).toString()};
        if (source.incident.detectedAt.isValid())
            details << PostmortemDocument::formatTime(source.incident.detectedAt,
                                                      PostmortemDocument::timeZone(source.incident));
        index += QStringLiteral("- [%1](<%2/%3>): %4")
                     .arg(markdown::escapeInline(PostmortemDocument::title(source, language)), name, PostmortemFile,
                          details.join(vocabulary.separator));
        if (separateLog)
            index += QStringLiteral(" ([%1](<%2/%3>))").arg(vocabulary.investigationLog, name, LogFile);
        index += u'\n';
        ++result.incidentCount;
    }

    result.indexFile = dir.filePath(IndexFile);
    if (!PostmortemExport::writeFile(result.indexFile, index.toUtf8(), &error))
        failed(error);
    removeCreated.dismiss();
    return result;
}

} // namespace hindsight
