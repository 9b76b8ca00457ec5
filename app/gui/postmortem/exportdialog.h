#pragma once

#include "postmortem/documentlanguage.h"
#include "postmortem/postmortemdocument.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace hindsight {

class Redactor;
class Store;

/// Export of a postmortem from the window: shows what redaction will mask (and any problem with the user's
/// templates or patterns) before anything leaves the app, then saves it as Markdown (screenshots in a folder
/// beside it), HTML or PDF, or copies the Markdown to the clipboard (screenshots mentioned, not linked).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf
    };

    /// `source` as loaded from the store, with the editor's unsaved text already in it.
    ExportDialog(const PostmortemSource &source, DocumentLanguage language, QWidget *parent = nullptr);

    /// Writes the redacted document to `path`; false with a message shown when it cannot.
    bool exportTo(const QString &path, Format format);
    /// The redacted Markdown, as Copy puts it on the clipboard.
    QString clipboardMarkdown() const;
    /// What will be masked, as listed in the dialog.
    QList<SecretFinding> secrets() const { return m_secrets; }

private:
    QLabel *createWarnings(const Redactor &redactor);
    void saveAs();
    void copy();
    PostmortemSource redacted() const;

    PostmortemSource m_source;
    DocumentLanguage m_language;
    QList<SecretFinding> m_secrets;
    QComboBox *m_format;
    QLabel *m_status;
    /// Why nothing may leave (a redaction pattern that cannot be used); empty when export is allowed.
    QString m_blocked;
};

} // namespace hindsight
