#include "importtext.h"

namespace hindsight::importing {

QString foldWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
        else if (u == 0x301C || u == 0x223C)
            c = u'~';
        else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212)
            c = u'-';
    }
    return out;
}

QString normalize(const QString &text)
{
    QString folded = foldWidth(text).toLower();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (!c.isSpace() && c != u'*' && c != u'_')
            out += c;
    }
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.remove(0, digits + 1);
    while (out.endsWith(u':'))
        out.chop(1);
    return out;
}

QString unescaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool escape = c == u'\\' && i + 1 < text.size() && text.at(i + 1).unicode() < 0x80 &&
                            (text.at(i + 1).isPunct() || text.at(i + 1).isSymbol());
        out += escape ? text.at(++i) : c;
    }
    return out;
}

QString trimmedBlankLines(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size();
    while (first < last && lines.at(first).trimmed().isEmpty())
        ++first;
    while (last > first && lines.at(last - 1).trimmed().isEmpty())
        --last;
    return lines.mid(first, last - first).join(u'\n');
}

bool isComment(const MarkdownNode &node)
{
    if (node.type != MarkdownNode::Type::HtmlBlock)
        return false;
    const QString text = node.literal.trimmed();
    return text.startsWith(QLatin1String("<!--")) && text.endsWith(QLatin1String("-->"));
}

} // namespace hindsight::importing
