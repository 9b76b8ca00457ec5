#include "postmortemimport.h"

#include "import/postmortemreader.h"
#include "postmortemvocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hindsight::PostmortemImport", text);
}

/// The first byte offset where `data` is not UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n' || (data.at(i) == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

} // namespace

QString ImportWarning::toString() const
{
    return line > 0 ? QCoreApplication::translate("hindsight::ImportWarning", "line %1: %2").arg(line).arg(message)
                    : message;
}

ImportRefused::ImportRefused(QString file, int line, QString reason)
    : m_file(std::move(file))
    , m_line(line)
    , m_reason(std::move(reason))
    , m_utf8(message().toUtf8())
{}

QString ImportRefused::message() const
{
    return m_line > 0 ? QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(m_reason)
                      : QStringLiteral("%1: %2").arg(m_file, m_reason);
}

QString ImportedPostmortem::notUnderstoodMarkdown() const
{
    if (notUnderstood.isEmpty())
        return {};
    QString text = QStringLiteral("**") + postmortemvocabulary::notUnderstoodTitle(language) + QStringLiteral("**");
    for (const NotUnderstood &piece : notUnderstood) {
        text += QStringLiteral("\n\n");
        text += postmortemvocabulary::notUnderstoodPlace(language).arg(piece.where).arg(piece.line);
        text += QStringLiteral("\n\n") + piece.markdown;
    }
    return text;
}

ImportedPostmortem PostmortemImport::read(const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        throw ImportRefused(fileName, lineAt(data, nul), tr("binary data (a NUL byte), not a Markdown document."));
    if (const qsizetype invalid = invalidUtf8At(data); invalid >= 0)
        throw ImportRefused(fileName, lineAt(data, invalid), tr("not valid UTF-8 text."));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    if (text.trimmed().isEmpty())
        throw ImportRefused(fileName, 0, tr("the file is empty."));
    return importing::PostmortemReader(text, fileName, options).read();
}

ImportedPostmortem PostmortemImport::readFile(const QString &path, ImportOptions options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportRefused(path, 0, tr("cannot be read: %1").arg(file.errorString()));
    const QFileInfo info(path);
    if (options.fallbackTitle.isEmpty())
        options.fallbackTitle = info.completeBaseName();
    if (options.baseDirectory.isEmpty())
        options.baseDirectory = info.absolutePath();
    return read(file.readAll(), path, options);
}

} // namespace hindsight
