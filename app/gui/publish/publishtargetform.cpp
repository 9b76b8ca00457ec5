#include "publishtargetform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hindsight {

PublishTargetForm::PublishTargetForm(const QString &title, const QString &note,
                                     const std::optional<PublishTarget> &defaults,
                                     std::function<CategoryPicker::Source(const PublishTarget &typed)> source,
                                     QWidget *parent)
    : QGroupBox(title, parent)
    , m_endpoint(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_category(new CategoryPicker([this, source = std::move(source)] { return source(target()); }, this))
    , m_language(new QComboBox(this))
{
    const auto placeholder = [](const QString &value, const QString &otherwise) {
        return value.isEmpty() ? otherwise : tr("%1 (the default)").arg(value);
    };
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_repository->setObjectName(QStringLiteral("repository"));
    m_language->setObjectName(QStringLiteral("language"));
    if (defaults) {
        m_endpoint->setPlaceholderText(
            tr("%1 (the default)")
                .arg(defaults->endpoint.isEmpty() ? QStringLiteral("github.com") : defaults->endpoint));
        m_repository->setPlaceholderText(placeholder(defaults->repository, tr("owner/name")));
        m_category->setPlaceholderText(
            placeholder(defaults->category, tr("Type a category, or fetch the repository's")));
        m_language->addItem(
            tr("%1 (the default)").arg(nativeName(defaults->language.value_or(PublishTarget::defaultLanguage()))), -1);
    } else {
        m_endpoint->setPlaceholderText(QStringLiteral("github.com"));
        m_endpoint->setToolTip(tr("github.com, or a GitHub Enterprise Server's address such as "
                                  "https://github.example.com"));
        m_repository->setPlaceholderText(tr("owner/name"));
        m_category->setPlaceholderText(tr("Type a category, or fetch the repository's"));
        m_language->addItem(tr("From your locale (%1)").arg(nativeName(PublishTarget::defaultLanguage())), -1);
    }
    for (const DocumentLanguage language : allValues<DocumentLanguage>())
        m_language->addItem(nativeName(language), int(language));

    connect(m_endpoint, &QLineEdit::textChanged, this, &PublishTargetForm::changed);
    connect(m_repository, &QLineEdit::textChanged, this, &PublishTargetForm::changed);
    connect(m_category, &CategoryPicker::categoryChanged, this, &PublishTargetForm::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PublishTargetForm::changed);

    auto *form = new QFormLayout;
    form->addRow(tr("GitHub:"), m_endpoint);
    form->addRow(tr("Repository:"), m_repository);
    form->addRow(tr("Discussion category:"), m_category);
    form->addRow(tr("Document language:"), m_language);
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(noteLabel);
}

PublishTarget PublishTargetForm::target() const
{
    PublishTarget target;
    target.endpoint = m_endpoint->text().trimmed();
    target.repository = m_repository->text().trimmed();
    target.category = m_category->category();
    if (const int language = m_language->currentData().toInt(); language >= 0)
        target.language = static_cast<DocumentLanguage>(language);
    return target;
}

void PublishTargetForm::setTarget(const PublishTarget &target)
{
    m_endpoint->setText(target.endpoint);
    m_repository->setText(target.repository);
    m_category->setCategory(target.category);
    m_language->setCurrentIndex(target.language ? m_language->findData(int(*target.language)) : 0);
}

void PublishTargetForm::setInputsEnabled(bool enabled)
{
    for (QWidget *input : std::initializer_list<QWidget *>{m_endpoint, m_repository, m_category, m_language})
        input->setEnabled(enabled);
}

} // namespace hindsight
