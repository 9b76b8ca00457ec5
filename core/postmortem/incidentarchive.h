#pragma once

#include "documentlanguage.h"

#include <QString>

namespace hindsight {

class Redactor;
class Store;
class TemplateLibrary;
struct Incident;

/// What IncidentArchive::write() wrote.
struct ArchiveResult
{
    int incidentCount = 0;
    int attachmentCount = 0;
    /// How many secrets redaction masked, in all documents together.
    int maskedSecrets = 0;
    QString indexFile;
};

/// Every incident of a store as plain files that people and other tools read without Hindsight, so that a team can
/// always take its data elsewhere.
///
/// The folder gets `index.md`, linking every incident in number order, and one folder per incident
/// (folderName()) holding `postmortem.md`, its postmortem document as `hindsight export` writes it (redacted, in the
/// chosen language and template), the attachments of its investigation log in `postmortem_files/`, and, when the
/// template in use leaves the investigation log out, `investigation-log.md`. The same store gives the same bytes.
namespace IncidentArchive {
/// Writes the archive into `folder`, creating it if needed. Throws StoreError::Invalid, writing nothing, when
/// `folder` is a file, or a folder that is not empty and `overwrite` is false (with it, files of the same names
/// are replaced and other files are left alone); StoreError::Failed when a file cannot be written.
ArchiveResult write(Store &store, const QString &folder, DocumentLanguage language, const TemplateLibrary &templates,
                    const Redactor &redactor, bool overwrite = false);

/// `0012-checkout-api-5xx-above-2`: the incident's number, then its title in lower-case ASCII letters and digits
/// (at most 40 characters; none when the title has none). Safe as a file name everywhere: no reserved name, no
/// character Windows or macOS refuses, no trailing dot, and unique in a store.
QString folderName(const Incident &incident);
} // namespace IncidentArchive

} // namespace hindsight
