#pragma once

#include <QObject>

#include <functional>

namespace hindsight {

/// Saves an editor's text when the user moves on (its focus leaves), not only after the typing pause: installed as
/// an event filter on each editor of a form that saves as it is typed.
class FocusOutSaver : public QObject
{
public:
    FocusOutSaver(QObject *parent, std::function<void()> save);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_save;
};

} // namespace hindsight
