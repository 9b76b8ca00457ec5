#include "importdialog.h"

#include "domain/author.h"
#include "postmortem/importwriter.h"
#include "postmortem/postmortemimport.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace hindsight {

namespace {

std::optional<QStringList> &nextFiles()
{
    static std::optional<QStringList> files;
    return files;
}

} // namespace

ImportDialog::ImportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_report(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import postmortems"));
    setObjectName(QStringLiteral("importDialog"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setHeaderLabels({tr("File"), tr("Result")});
    m_report->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_report->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    resize(760, 420);
}

int ImportDialog::importFiles(const QStringList &files)
{
    ImportOptions options;
    options.timeZone = QTimeZone::systemTimeZone();
    options.author = defaultAuthor();
    ImportWriter writer(m_store);
    int imported = 0;
    int refused = 0;
    for (const QString &file : files) {
        auto *item = new QTreeWidgetItem(m_report, {QDir::toNativeSeparators(QFileInfo(file).fileName())});
        item->setToolTip(0, QDir::toNativeSeparators(file));
        try {
            const ImportedPostmortem postmortem = PostmortemImport::readFile(file, options);
            const Incident incident = writer.write(postmortem);
            ++imported;
            item->setText(1, postmortem.warnings.isEmpty() ? tr("Imported as incident %1").arg(incident.number)
                                                           : tr("Imported as incident %1, with %n guess(es)", nullptr,
                                                                int(postmortem.warnings.size()))
                                                                 .arg(incident.number));
            for (const ImportWarning &warning : postmortem.warnings)
                new QTreeWidgetItem(item, {QString(), warning.toString()});
        } catch (const ImportRefused &error) {
            ++refused;
            item->setText(1, error.line() > 0 ? tr("Refused: line %1: %2").arg(error.line()).arg(error.reason())
                                              : tr("Refused: %1").arg(error.reason()));
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        } catch (const StoreError &error) {
            ++refused;
            item->setText(1, tr("Not imported: %1").arg(error.message()));
        }
        item->setToolTip(1, item->text(1));
        item->setExpanded(true);
    }
    m_summary->setText(
        refused == 0 ? tr("%n file(s) imported.", nullptr, imported)
                     : tr("%1 imported, %2 not imported: nothing was written for those.").arg(imported).arg(refused));
    return imported;
}

QAction *ImportDialog::createAction(Store &store, QWidget *parent)
{
    auto *action = new QAction(tr("&Import…"), parent);
    action->setObjectName(QStringLiteral("importAction"));
    action->setStatusTip(tr("Import postmortems written in Markdown, in Japanese or English, as new incidents."));
    connect(action, &QAction::triggered, parent, [&store, parent] {
        QStringList files;
        if (nextFiles()) {
            files = *nextFiles();
            nextFiles().reset();
        } else {
            files = QFileDialog::getOpenFileNames(parent, tr("Import postmortems"), QString(),
                                                  tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
        }
        if (files.isEmpty())
            return;
        auto *dialog = new ImportDialog(store, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->importFiles(files);
        dialog->open();
    });
    return action;
}

void ImportDialog::setNextFiles(const QStringList &files)
{
    nextFiles() = files;
}

} // namespace hindsight
