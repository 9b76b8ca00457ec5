#pragma once

#include "command.h"

#include <QCommandLineOption>

class QIODevice;

namespace hindsight {

class Store;
struct Playbook;

/// The options that `playbook add` and `playbook edit` share.
struct PlaybookOptions
{
    QCommandLineOption title{QStringLiteral("title"), tr("What it is for, in a few words."), tr("TEXT")};
    QCommandLineOption trigger{QStringLiteral("trigger"), tr("The alert or symptom it answers."), tr("TEXT")};
    QCommandLineOption body{QStringLiteral("body"), tr("What to do, in Markdown; - reads it from standard input."),
                            tr("TEXT")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           tr("A tag; repeat for several. On edit, replaces the tags ('' "
                              "removes them)."),
                           tr("TAG")};
    QCommandLineOption incident{QStringLiteral("incident"),
                                tr("An incident it was distilled from, by number; repeat for several. On edit, "
                                   "replaces the list."),
                                tr("NUMBER")};

    QList<QCommandLineOption> all() const { return {title, trigger, body, tag, incident}; }

    /// Reads the options given into `playbook`, --body - from `in`; a message for users when one of them is wrong.
    std::optional<QString> apply(const QCommandLineParser &parser, QIODevice &in, Store &store,
                                 Playbook &playbook) const;
};

} // namespace hindsight
