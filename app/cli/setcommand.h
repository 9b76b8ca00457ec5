#pragma once

#include "command.h"

namespace hindsight {

struct Incident;

/// `hindsight set NUMBER --FIELD VALUE...`: changes an incident's fields; the store logs the changes.
class SetCommand : public Command
{
public:
    explicit SetCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    // Each applies its options to `incident`; a message for users when one of them is wrong.
    std::optional<QString> changeFields(const QCommandLineParser &parser, Incident &incident) const;
    std::optional<QString> changeTimes(const QCommandLineParser &parser, Incident &incident) const;
    std::optional<QString> changeLists(const QCommandLineParser &parser, Incident &incident) const;
    std::optional<QString> changeOccurrences(const QCommandLineParser &parser, Incident &incident) const;

    const QCommandLineOption m_title;
    const QCommandLineOption m_severity;
    const QCommandLineOption m_status;
    const QCommandLineOption m_incidentSummary;
    const QCommandLineOption m_detected;
    const QCommandLineOption m_started;
    const QCommandLineOption m_mitigated;
    const QCommandLineOption m_resolved;
    const QCommandLineOption m_timeZone;
    const QCommandLineOption m_product;
    const QCommandLineOption m_link;
    const QCommandLineOption m_person;
    const QCommandLineOption m_occurrence;
    const QCommandLineOption m_exercise;
    const QCommandLineOption m_notExercise;
    const QCommandLineOption m_author;
};

} // namespace hindsight
