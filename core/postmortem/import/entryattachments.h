#pragma once

#include "domain/attachment.h"

#include <QList>
#include <QStringList>
#include <QUuid>

namespace hindsight::importing {

class ImportDocument;

/// Takes the files attached to a log entry off the end of its `lines`, as Hindsight writes them: one a line, linked
/// beside the document (`![a.png](<postmortem_files/a.png>)`) or only named (`(screenshot: a.png)`). The entry
/// starts on the document's line `line`. Each file is read from the document's attachment folder, in document order;
/// one that cannot be read is kept as an empty attachment of its name, with a warning that says why.
QList<Attachment> takeAttachments(ImportDocument &document, QStringList &lines, const QUuid &entryId, int line);

} // namespace hindsight::importing
