#pragma once

#include "command.h"
#include "domain/postmortem.h"

#include <QDate>

namespace hindsight {

/// `hindsight review NUMBER [--submit|--approve|--draft] [--date DATE] [--attendee NAME]...`: records the review
/// meeting of a postmortem and takes it through its review; shows where it stands.
class ReviewCommand : public Command
{
public:
    explicit ReviewCommand(const Context &context);

    int execute(const QStringList &arguments) override;

private:
    /// `meeting` with what the options change.
    ReviewMeeting changedMeeting(const QCommandLineParser &parser, ReviewMeeting meeting,
                                 const std::optional<QDate> &date) const;

    const QCommandLineOption m_submit;
    const QCommandLineOption m_approve;
    const QCommandLineOption m_draft;
    const QCommandLineOption m_date;
    const QCommandLineOption m_attendee;
    const QCommandLineOption m_headAttended;
    const QCommandLineOption m_noHeadAttended;
    const QCommandLineOption m_headNeeded;
    const QCommandLineOption m_headNotNeeded;
};

} // namespace hindsight
