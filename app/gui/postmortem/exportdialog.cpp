#include "exportdialog.h"

#include "gui/common/messagebox.h"
#include "postmortem/postmortemexport.h"
#include "postmortem/redactor.h"
#include "postmortem/templatelibrary.h"
#include "report/pdfexport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

ExportDialog::ExportDialog(const PostmortemSource &source, DocumentLanguage language, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_language(language)
    , m_format(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Export the postmortem"));
    setObjectName(QStringLiteral("exportDialog"));
    const Redactor redactor = Redactor::withUserPatterns();
    m_secrets = m_source.secrets(redactor);

    auto *masked = new QListWidget(this);
    masked->setObjectName(QStringLiteral("maskedSecrets"));
    for (const SecretFinding &secret : std::as_const(m_secrets)) {
        // Enough to recognise which value it is (a token's prefix), never the value: a short password shows a letter
        // at most.
        const QString shown = secret.text.left(std::min<qsizetype>(4, secret.text.size() / 4)) + QStringLiteral("…");
        masked->addItem(tr("%1: %2 (%3) → %4").arg(secret.where, shown, secret.rule, Redactor::mask(secret.rule)));
    }
    auto *summary = new QLabel(m_secrets.isEmpty() ? tr("Nothing will be masked.")
                                                   : tr("%n value(s) will be masked before the document leaves "
                                                        "Hindsight:",
                                                        nullptr, int(m_secrets.size())),
                               this);
    summary->setObjectName(QStringLiteral("maskSummary"));

    QLabel *warningLabel = createWarnings(redactor);

    const TemplateLibrary templates;
    const QString folder = QDir::toNativeSeparators(TemplateLibrary::userTemplateFolder());
    auto *templateNote =
        new QLabel(templates.isOverridden(language) ? tr("Template: yours, from %1.").arg(folder)
                                                    : tr("Template: the built-in one. To use your own, put %1 in %2.")
                                                          .arg(TemplateLibrary::fileName(language), folder),
                   this);
    auto *languageNote = new QLabel(
        tr("Document language: %1 (as in the preview; choose it beside the preview)").arg(nativeName(language)), this);
    languageNote->setObjectName(QStringLiteral("exportLanguage"));
    templateNote->setObjectName(QStringLiteral("templateNote"));
    templateNote->setWordWrap(true);
    templateNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Markdown (.md)"), int(Format::Markdown));
    m_format->addItem(tr("HTML, one file (.html)"), int(Format::Html));
    m_format->addItem(tr("PDF (.pdf)"), int(Format::Pdf));
    m_status->setObjectName(QStringLiteral("exportStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("exportSave"));
    auto *copyButton = buttons->addButton(tr("Copy Markdown"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("exportCopy"));
    save->setEnabled(m_blocked.isEmpty());
    copyButton->setEnabled(m_blocked.isEmpty());
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveAs);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(masked, 1);
    layout->addWidget(warningLabel);
    layout->addWidget(languageNote);
    layout->addWidget(templateNote);
    layout->addWidget(m_format);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 380);
}

// What keeps the document from leaving (a redaction pattern that cannot be used), and templates that were set aside.
QLabel *ExportDialog::createWarnings(const Redactor &redactor)
{
    QStringList warnings;
    if (!redactor.problems().isEmpty()) {
        // As in the CLI: a pattern the user meant to mask something with, but which cannot be used as written, would
        // let that secret out.
        QStringList problems;
        for (const RedactionProblem &problem : redactor.problems())
            problems << problem.toString();
        m_blocked = tr("Nothing can be saved or copied while a redaction pattern cannot be used:\n%1\nCorrect or "
                       "remove that line, then open Export again.")
                        .arg(problems.join(QLatin1Char('\n')));
        warnings << m_blocked;
    }
    for (const TemplateProblem &problem : TemplateLibrary().problems())
        warnings << tr("%1 (the built-in template is used instead)").arg(problem.toString());
    auto *warningLabel = new QLabel(warnings.join(QLatin1Char('\n')), this);
    warningLabel->setObjectName(QStringLiteral("exportWarnings"));
    warningLabel->setWordWrap(true);
    warningLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    warningLabel->setVisible(!warnings.isEmpty());
    return warningLabel;
}

PostmortemSource ExportDialog::redacted() const
{
    PostmortemSource source = m_source;
    source.redact(Redactor::withUserPatterns());
    return source;
}

QString ExportDialog::clipboardMarkdown() const
{
    return PostmortemDocument::markdown(redacted(), m_language, TemplateLibrary());
}

bool ExportDialog::exportTo(const QString &path, Format format)
{
    if (!m_blocked.isEmpty()) {
        m_status->setText(m_blocked);
        return false;
    }
    const PostmortemSource source = redacted();
    const TemplateLibrary templates;
    QString error;
    bool ok = false;
    switch (format) {
    case Format::Markdown:
        ok = PostmortemExport::writeMarkdown(path, source, m_language, templates, &error);
        break;
    case Format::Html:
        ok = PostmortemExport::writeHtml(path, source, m_language, templates, &error);
        break;
    case Format::Pdf:
        ok = PostmortemExport::writeFile(path, PdfExport::render(source, m_language, templates), &error);
        break;
    }
    if (!ok) {
        messagebox::warning(this, tr("Export failed"), error);
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportDialog::saveAs()
{
    const auto format = static_cast<Format>(m_format->currentData().toInt());
    const QString extension = format == Format::Markdown ? QStringLiteral("md")
                              : format == Format::Html   ? QStringLiteral("html")
                                                         : QStringLiteral("pdf");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("postmortem-%1.%2").arg(m_source.incident.number).arg(extension));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the postmortem"), suggested);
    if (!path.isEmpty())
        exportTo(path, format);
}

void ExportDialog::copy()
{
    if (!m_blocked.isEmpty())
        return;
    QApplication::clipboard()->setText(clipboardMarkdown());
    m_status->setText(tr("The Markdown is on the clipboard."));
}

} // namespace hindsight
