#pragma once

#include "publish/githubtoken.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QThread;

namespace hindsight {

class TokenLookup;

/// A discussion category, typed or picked from the repository's real ones: "Fetch categories" asks GitHub in a worker
/// thread (the window never waits for it) and lists them; what went wrong is shown under the box.
class CategoryPicker : public QWidget
{
    Q_OBJECT

public:
    /// Where to ask: the endpoint and repository settings as typed, and a token typed but not stored yet (empty to
    /// look for one as publishing does).
    struct Source
    {
        QString endpoint;
        QString repository;
        GitHubToken token;
    };

    explicit CategoryPicker(std::function<Source()> source, QWidget *parent = nullptr);
    /// Stops a fetch under way and waits for its thread.
    ~CategoryPicker() override;

    QString category() const;
    void setCategory(const QString &category);
    void setPlaceholderText(const QString &text);
    bool isFetching() const { return m_thread != nullptr; }

    void fetch();

signals:
    void categoryChanged();

private:
    struct Job;

    void fetchWith(const GitHubToken &token);
    void finishFetch();
    void showStatus(const QString &text, bool error);

    std::function<Source()> m_source;
    QComboBox *m_category;
    QPushButton *m_fetch;
    QLabel *m_status;
    TokenLookup *m_tokenLookup;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
};

} // namespace hindsight
