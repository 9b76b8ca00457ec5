#pragma once

#include "postmortem/documentlanguage.h"

#include <QByteArray>
#include <QString>

namespace hindsight {

struct PostmortemSource;
class TemplateLibrary;

/// The postmortem document as a PDF: A4, paginated with page numbers, its screenshots shown, and the fonts it uses
/// embedded (as subsets), so that Japanese text reads the same on any machine. Laid out by QTextDocument from the
/// same HTML as the HTML export.
///
/// Needs a QGuiApplication; the offscreen platform (QT_QPA_PLATFORM=offscreen) is enough, so the CLI makes one
/// without a display. Unlike Markdown and HTML, two PDFs of the same data differ in their creation time.
namespace PdfExport {
/// Whether a PDF can be made in this process (a QGuiApplication exists).
bool isAvailable();
/// The PDF's bytes; empty when !isAvailable().
QByteArray render(const PostmortemSource &source, DocumentLanguage language, const TemplateLibrary &templates);
} // namespace PdfExport

} // namespace hindsight
