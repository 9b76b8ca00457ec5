#include "markdowntemplate.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <kainjow/mustache.hpp>
#include <optional>

namespace hindsight {

namespace mustache = kainjow::mustache;

namespace {

/// Starts every line of the text given to kainjow, so that no line is ever blank to it: kainjow drops a blank line
/// that follows a section tag, which would eat the blank lines Markdown needs. Removed from what it renders.
constexpr char16_t LineMark = u'\x01';
/// Far deeper than any template needs: the postmortem's values nest a few levels only.
constexpr int MaxSectionDepth = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownTemplate", text);
}

struct Tag
{
    qsizetype start = 0;
    qsizetype end = 0;
    /// `#`, `^`, `/`, `!`, `>`, `=`, `&`, `{` (triple), or 0 for a plain variable.
    char16_t kind = 0;
    QString name;
    int line = 0;
};

struct Scope
{
    QString name;
    int line = 0;
    QVariantMap fields;
    bool textItem = false;
};

QString display(const Tag &tag)
{
    switch (tag.kind) {
    case 0:
        return QStringLiteral("{{%1}}").arg(tag.name);
    case u'{':
        return QStringLiteral("{{{%1}}}").arg(tag.name);
    default:
        return QStringLiteral("{{%1%2}}").arg(QChar(tag.kind)).arg(tag.name);
    }
}

std::optional<QVariant> lookUp(const QList<Scope> &scopes, const QString &name)
{
    for (auto scope = scopes.crbegin(); scope != scopes.crend(); ++scope) {
        const auto it = scope->fields.constFind(name);
        if (it != scope->fields.constEnd())
            return *it;
    }
    return std::nullopt;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

using ReportProblem = std::function<void(int line, const QString &message)>;

/// The tags as kainjow will find them (default delimiters only), with their lines. An unclosed tag is a problem, and
/// the search stops there.
QList<Tag> findTags(const QString &text, const ReportProblem &problem)
{
    // Counted on from the previous tag's position: tags come in order, and counting from the start each time made a
    // template of many tags take quadratic time.
    int line = 1;
    qsizetype counted = 0;
    const auto lineAt = [&](qsizetype position) {
        line += int(QStringView(text).mid(counted, position - counted).count(u'\n'));
        counted = position;
        return line;
    };

    QList<Tag> tags;
    for (qsizetype at = text.indexOf(QLatin1String("{{")); at >= 0; at = text.indexOf(QLatin1String("{{"), at)) {
        Tag tag;
        tag.start = at;
        tag.line = lineAt(at);
        const bool triple = at + 2 < text.size() && text.at(at + 2) == u'{';
        const QLatin1String closing = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype contentStart = at + (triple ? 3 : 2);
        const qsizetype close = text.indexOf(closing, contentStart);
        if (close < 0) {
            problem(tag.line, tr("'%1' is never closed with '%2'.").arg(text.mid(at, 12).trimmed(), closing));
            break;
        }
        tag.end = close + closing.size();
        const QString content = text.mid(contentStart, close - contentStart).trimmed();
        if (triple) {
            tag.kind = u'{';
            tag.name = content;
        } else if (!content.isEmpty() && QStringLiteral("#^/!>=&").contains(content.at(0))) {
            tag.kind = content.at(0).unicode();
            tag.name = content.mid(1).trimmed();
        } else {
            tag.name = content;
        }
        tags << tag;
        at = tag.end;
    }
    return tags;
}

/// `{{.}}` and `{{#.}}` have a meaning inside a section over a list of texts only.
void checkCurrentItem(const Tag &tag, const QList<Scope> &scopes, const ReportProblem &problem)
{
    if (!scopes.constLast().textItem)
        problem(tag.line,
                tr("%1: '.' means the current item of a list of texts, and there is none here.").arg(display(tag)));
}

/// `{{#name}}` or `{{^name}}`: opens a scope, whose fields are those of a list's first item.
void openSection(const Tag &tag, QList<Scope> &scopes, const ReportProblem &problem)
{
    Scope scope{tag.name, tag.line, {}, false};
    if (tag.name == QLatin1String(".")) {
        checkCurrentItem(tag, scopes, problem);
    } else if (const auto value = lookUp(scopes, tag.name)) {
        if (tag.kind == u'#' && value->typeId() == QMetaType::QVariantList && !value->toList().isEmpty()) {
            const QVariant item = value->toList().constFirst();
            if (item.typeId() == QMetaType::QVariantMap)
                scope.fields = item.toMap();
            else
                scope.textItem = true;
        } else if (tag.kind == u'#' && value->typeId() == QMetaType::QStringList) {
            scope.textItem = true;
        }
    } else {
        problem(tag.line, tr("%1: there is no section '%2' here.").arg(display(tag), tag.name));
    }
    scopes << scope;
}

/// `{{/name}}`: closes the innermost open section of that name, and every section opened inside it.
void closeSection(const Tag &tag, QList<Scope> &scopes, const ReportProblem &problem)
{
    qsizetype open = scopes.size() - 1;
    while (open > 0 && scopes.at(open).name != tag.name)
        --open;
    if (open == 0) {
        problem(tag.line, tr("%1 closes a section that is not open.").arg(display(tag)));
        return;
    }
    if (open != scopes.size() - 1) {
        const Scope &inner = scopes.constLast();
        problem(tag.line, tr("%1 comes before {{/%2}}, which closes the section opened on line %3.")
                              .arg(display(tag), inner.name)
                              .arg(inner.line));
    }
    scopes.resize(open);
}

/// `{{name}}` or `{{{name}}}`: a value shown as text, so neither a list nor a yes/no value.
void checkValue(const Tag &tag, const QList<Scope> &scopes, const ReportProblem &problem)
{
    if (tag.name == QLatin1String(".")) {
        checkCurrentItem(tag, scopes, problem);
    } else if (const auto value = lookUp(scopes, tag.name)) {
        if (isList(*value))
            problem(tag.line, tr("%1 is a list: show its items with {{#%2}}…{{/%2}}.").arg(display(tag), tag.name));
        else if (value->typeId() == QMetaType::Bool)
            problem(tag.line,
                    tr("%1 is a yes/no value: use it as a section, {{#%2}}…{{/%2}}.").arg(display(tag), tag.name));
    } else {
        problem(tag.line, tr("%1: there is no value '%2' here.").arg(display(tag), tag.name));
    }
}

/// Checks the names and the nesting of the tags against the shape of the values.
void checkTags(const QList<Tag> &tags, const QVariantMap &shape, const ReportProblem &problem)
{
    QList<Scope> scopes{Scope{QString(), 0, shape, false}};
    for (const Tag &tag : tags) {
        // Names are looked up through every open section, and kainjow renders sections by recursion.
        if (scopes.size() > MaxSectionDepth) {
            problem(tag.line, tr("Sections are nested more than %1 deep.").arg(MaxSectionDepth));
            return;
        }
        switch (tag.kind) {
        case u'!':
            break;
        case u'>':
            problem(tag.line, tr("%1: partials are not supported; copy the text in instead.").arg(display(tag)));
            break;
        case u'=':
            problem(tag.line, tr("%1: changing the delimiters is not supported.").arg(display(tag)));
            break;
        case u'#':
        case u'^':
            openSection(tag, scopes, problem);
            break;
        case u'/':
            closeSection(tag, scopes, problem);
            break;
        default:
            checkValue(tag, scopes, problem);
            break;
        }
    }
    for (qsizetype i = scopes.size() - 1; i > 0; --i) {
        problem(scopes.at(i).line,
                tr("{{#%1}} is never closed: add {{/%1}} where the section ends.").arg(scopes.at(i).name));
    }
}

/// What kainjow gets: standalone section and comment tags take their line with them, and every line starts with
/// LineMark.
QString textForKainjow(const QString &text, const QList<Tag> &tags)
{
    QString prepared;
    prepared.reserve(text.size() + text.size() / 16 + 16);
    prepared += LineMark;
    const auto appendText = [&](QStringView part) {
        for (const QChar c : part) {
            if (c == LineMark)
                continue;
            prepared += c;
            if (c == u'\n')
                prepared += LineMark;
        }
    };
    qsizetype copied = 0;
    for (const Tag &tag : tags) {
        const bool sectionOrComment = tag.kind == u'#' || tag.kind == u'^' || tag.kind == u'/' || tag.kind == u'!';
        qsizetype lineStart = tag.start;
        while (lineStart > copied && (text.at(lineStart - 1) == u' ' || text.at(lineStart - 1) == u'\t'))
            --lineStart;
        const bool startsLine = lineStart == 0 || text.at(lineStart - 1) == u'\n';
        qsizetype lineEnd = tag.end;
        while (lineEnd < text.size() &&
               (text.at(lineEnd) == u' ' || text.at(lineEnd) == u'\t' || text.at(lineEnd) == u'\r'))
            ++lineEnd;
        const bool endsLine = lineEnd == text.size() || text.at(lineEnd) == u'\n';
        if (sectionOrComment && startsLine && endsLine && lineStart >= copied) {
            appendText(QStringView(text).mid(copied, lineStart - copied));
            prepared += QStringView(text).mid(tag.start, tag.end - tag.start);
            copied = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
        } else {
            appendText(QStringView(text).mid(copied, tag.start - copied));
            prepared += QStringView(text).mid(tag.start, tag.end - tag.start);
            copied = tag.end;
        }
    }
    appendText(QStringView(text).mid(copied));
    return prepared;
}

mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return mustache::data(value.toBool());
    case QMetaType::QStringList: {
        mustache::data list(mustache::data::type::list);
        for (const QString &item : value.toStringList())
            list.push_back(item.isEmpty() ? mustache::data(false) : mustache::data(item.toStdString()));
        return list;
    }
    case QMetaType::QVariantList: {
        mustache::data list(mustache::data::type::list);
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        mustache::data object;
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object[it.key().toStdString()] = toData(it.value());
        return object;
    }
    default: {
        const QString text = value.toString();
        return text.isEmpty() ? mustache::data(false) : mustache::data(text.toStdString());
    }
    }
}

} // namespace

struct MarkdownTemplate::Parsed
{
    explicit Parsed(const std::string &text)
        : engine(text)
    {
        engine.set_custom_escape([](const std::string &s) { return s; });
    }
    mustache::mustache engine;
};

QString TemplateProblem::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

MarkdownTemplate::MarkdownTemplate(const QString &text, const QString &fileName, const QVariantMap &shape)
    : m_fileName(fileName)
    , m_text(text)
{
    const ReportProblem problem = [&](int line, const QString &message) {
        m_problems << TemplateProblem{fileName, line, message};
    };
    const QList<Tag> tags = findTags(text, problem);
    checkTags(tags, shape, problem);
    if (!m_problems.isEmpty())
        return;

    auto parsed = std::make_shared<Parsed>(textForKainjow(text, tags).toStdString());
    if (!parsed->engine.is_valid()) {
        problem(0, QString::fromStdString(parsed->engine.error_message()));
        return;
    }
    m_parsed = std::move(parsed);
}

QString MarkdownTemplate::render(const QVariantMap &values) const
{
    if (!isValid())
        return {};
    const mustache::data data = toData(values);
    QString result = QString::fromStdString(m_parsed->engine.render(data));
    result.remove(LineMark);
    return result;
}

} // namespace hindsight
