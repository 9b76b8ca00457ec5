#pragma once

#include "importdocument.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::importing {

/// Reads the sections about the incident itself: its summary, when it happened, the people, the severity and the
/// affected products.
class IncidentSectionsReader
{
    // One context for every message of the import, the same at run time as in the translations.
    Q_DECLARE_TR_FUNCTIONS(hindsight::PostmortemImport)

public:
    explicit IncidentSectionsReader(ImportDocument &document)
        : m_document(document)
    {}

    void readSummary(const DocumentSection &section);
    /// One occurrence a line, a list item or a table row (start, end).
    void readWhen(const DocumentSection &section);
    /// A list of roles with the names under them, or lines of `Role: name, name`.
    void readPeople(const DocumentSection &section);
    void readSeverity(const DocumentSection &section);
    /// A list, or names separated by commas.
    void readProducts(const DocumentSection &section);

private:
    void readWindow(const QString &text, int line, const DocumentSection &section);
    void readPeopleLine(const QString &text, const MarkdownNode *nested, int line, const DocumentSection &section);
    Incident &incident() { return m_document.result().source.incident; }

    ImportDocument &m_document;
};

} // namespace hindsight::importing
