#pragma once

#include <QDialog>

class QComboBox;
class QMenu;

namespace hindsight {

/// Settings > Language: the language of the user interface (UiLanguage's setting `ui/language`), which takes effect
/// the next time Hindsight starts. The language of postmortem documents is chosen separately, per publication.
class LanguageSettings : public QDialog
{
    Q_OBJECT

public:
    explicit LanguageSettings(QWidget *parent = nullptr);

    /// Adds "Language…" to a settings menu; it opens the dialog.
    static void addTo(QMenu *menu);

    /// Stores the choice.
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace hindsight
