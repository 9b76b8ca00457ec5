#pragma once

#include "categorypicker.h"
#include "publish/publishtarget.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;

namespace hindsight {

/// Where a postmortem is published: GitHub's address, the repository, the discussion category and the document's
/// language, with a note under them. The same form serves the store's defaults (Settings > Publishing to GitHub) and
/// an incident's own choices (the Publish dialog), where an empty field stands for the default, shown in it.
class PublishTargetForm : public QGroupBox
{
    Q_OBJECT

public:
    /// `defaults`: what empty fields stand for (nullopt in the form that sets the defaults themselves). `source`
    /// tells the category picker where to fetch categories from, given what the form holds.
    PublishTargetForm(const QString &title, const QString &note, const std::optional<PublishTarget> &defaults,
                      std::function<CategoryPicker::Source(const PublishTarget &typed)> source,
                      QWidget *parent = nullptr);

    /// What the fields hold, trimmed; unset fields are empty, an unchosen language is nullopt.
    PublishTarget target() const;
    void setTarget(const PublishTarget &target);
    /// Lets the user change the fields, or not (while publishing).
    void setInputsEnabled(bool enabled);
    /// The address field (objectName `endpoint`): the keychain entry to look at follows it.
    QLineEdit *endpointEdit() const { return m_endpoint; }

signals:
    /// Any field was changed.
    void changed();

private:
    QLineEdit *m_endpoint;
    QLineEdit *m_repository;
    CategoryPicker *m_category;
    QComboBox *m_language;
};

} // namespace hindsight
