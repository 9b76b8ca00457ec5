// The postmortem tab driven through its widgets: writing a section saves it and shows in the live preview, action
// items are added, edited and moved with undo, the review refuses what is missing, and closing an incident that
// needs an approved postmortem offers to open it.
#include "gui/incident/incidentview.h"
#include "gui/mainwindow.h"
#include "gui/postmortem/exportdialog.h"
#include "gui/postmortem/postmortemview.h"
#include "itemmodel/actionitemmodel.h"
#include "postmortem/redactor.h"
#include "publish/publishsettings.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestPostmortemView : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writingASectionSavesAndPreviews();
    void actionItemsEditMoveAndUndo();
    void deletedActionItemComesBackOnUndo();
    void addedActionItemCanBeUndone();
    void submitListsWhatIsMissing();
    void closingOffersThePostmortem();
    void exportMasksSecrets();
    void invalidRedactionPatternLetsNothingOut();
    void approvedTextIsReadOnlyNotGrey();
    void stillMissingFollowsTheIncident();
    void previewShowsTheDocumentAsItLeaves();
    void oneDocumentLanguageForPreviewExportAndPublish();

private:
    /// Answers the next modal message box with `button`, and keeps its text.
    void answerNextMessageBox(QMessageBox::StandardButton button);
    template<typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Incident m_incident;
    QString m_lastMessage;
};

void TestPostmortemView::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    Incident draft;
    draft.title = QStringLiteral("Checkout API 5xx");
    draft.severity = Severity::Middle;
    draft.summary = QStringLiteral("Checkout failed for some users.");
    m_incident = IncidentStore(m_temp->store()).create(draft);
    m_window = std::make_unique<MainWindow>(m_temp->store());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openIncident(m_incident.number));
    m_window->incidentView()->showPostmortem();
    QVERIFY(find<PostmortemView>("postmortemView")->isVisible());
}

void TestPostmortemView::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_temp.reset();
}

void TestPostmortemView::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_lastMessage = box->text();
        box->button(button)->click();
    });
}

void TestPostmortemView::writingASectionSavesAndPreviews()
{
    auto *rootCause = find<QPlainTextEdit>("rootCause");
    rootCause->setFocus();
    QTest::keyClicks(rootCause, QStringLiteral("Pool max=10 | too small"));
    QTRY_COMPARE(PostmortemStore(*m_temp->openAgain()).forIncident(m_incident.id).value_or(Postmortem{}).rootCause,
                 QStringLiteral("Pool max=10 | too small"));
    QTRY_VERIFY(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("Pool max=10 | too small")));

    // English by default (no language set, an English locale), Japanese on request.
    QVERIFY(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("Root cause")));
    auto *language = find<QComboBox>("documentLanguage");
    language->setCurrentIndex(language->findText(QStringLiteral("日本語")));
    QTRY_VERIFY(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("問題の原因")));

    // Undo takes the typing back, in the store and in the editor.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(PostmortemStore(*m_temp->openAgain()).forIncident(m_incident.id)->rootCause, QString());
    QTRY_COMPARE(rootCause->toPlainText(), QString());
}

void TestPostmortemView::actionItemsEditMoveAndUndo()
{
    QTest::mouseClick(find<QPushButton>("addActionItem"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("addActionItem"), Qt::LeftButton);
    auto *table = find<QTableView>("actionItems");
    auto *model = qobject_cast<ActionItemModel *>(table->model());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->setData(model->index(0, ActionItemModel::TitleColumn), QStringLiteral("Alert on pool usage")));
    QVERIFY(model->setData(model->index(0, ActionItemModel::OwnerColumn), QStringLiteral("SRE team")));
    QVERIFY(model->setData(model->index(1, ActionItemModel::TitleColumn), QStringLiteral("Raise pool size")));
    QVERIFY(model->setData(model->index(1, ActionItemModel::StatusColumn), QStringLiteral("done")));
    QVERIFY(!model->setData(model->index(1, ActionItemModel::DueColumn), QStringLiteral("next week")));

    const auto titles = [this] {
        QStringList result;
        for (const ActionItem &item : ActionItemStore(*m_temp->openAgain()).forIncident(m_incident.id))
            result << item.title;
        return result;
    };
    QCOMPARE(titles(), QStringList({QStringLiteral("Alert on pool usage"), QStringLiteral("Raise pool size")}));
    // Each row is headed by its item's ID, which the review's messages use ("Action item A2 ... has no owner").
    const auto rowIds = [&] {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->headerData(row, Qt::Vertical).toString();
        return ids;
    };
    QVERIFY(table->verticalHeader()->isVisible());
    QCOMPARE(rowIds(), QStringList({QStringLiteral("A1"), QStringLiteral("A2")}));
    table->setCurrentIndex(model->index(1, 0));
    QTest::mouseClick(find<QPushButton>("moveActionItemUp"), Qt::LeftButton);
    QCOMPARE(titles(), QStringList({QStringLiteral("Raise pool size"), QStringLiteral("Alert on pool usage")}));
    QCOMPARE(rowIds(), QStringList({QStringLiteral("A2"), QStringLiteral("A1")}));
    QTRY_VERIFY(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("Raise pool size")));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // undo the move
    QCOMPARE(titles(), QStringList({QStringLiteral("Alert on pool usage"), QStringLiteral("Raise pool size")}));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // undo "done"
    const ActionItem second = ActionItemStore(*m_temp->openAgain()).forIncident(m_incident.id)[1];
    QCOMPARE(second.status, ActionItemStatus::NotStarted);
    QCOMPARE(model->index(1, ActionItemModel::StatusColumn).data().toString(), QStringLiteral("Not started"));
}

void TestPostmortemView::deletedActionItemComesBackOnUndo()
{
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(find<QPushButton>("addActionItem"), Qt::LeftButton);
    auto *table = find<QTableView>("actionItems");
    auto *model = qobject_cast<ActionItemModel *>(table->model());
    for (int row = 0; row < 3; ++row)
        QVERIFY(model->setData(model->index(row, ActionItemModel::TitleColumn), u"item %1"_s.arg(row + 1)));
    const auto stored = [this] {
        QStringList result;
        for (const ActionItem &item : ActionItemStore(*m_temp->openAgain()).forIncident(m_incident.id))
            result << item.shortId() + u' ' + item.title;
        return result;
    };
    QCOMPARE(stored(), (QStringList{u"A1 item 1"_s, u"A2 item 2"_s, u"A3 item 3"_s}));
    const ActionItem before = ActionItemStore(*m_temp->openAgain()).byNumber(2).value_or(ActionItem{});

    // Delete in the table deletes the selected item, and the selection moves to the next one.
    table->setFocus();
    table->setCurrentIndex(model->index(1, ActionItemModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(stored(), (QStringList{u"A1 item 1"_s, u"A3 item 3"_s}));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(table->currentIndex().row(), 1);
    QTRY_VERIFY(!find<QTextBrowser>("preview")->toPlainText().contains(u"item 2"_s));

    // Undo puts it back where it was, with its number and everything else as it was.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), (QStringList{u"A1 item 1"_s, u"A2 item 2"_s, u"A3 item 3"_s}));
    QCOMPARE(ActionItemStore(*m_temp->openAgain()).byNumber(2).value_or(ActionItem{}), before);
    QTRY_COMPARE(model->rowCount(), 3);

    // Redo deletes it again; the button does the same as the key. A new item never takes a deleted one's number.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), (QStringList{u"A1 item 1"_s, u"A3 item 3"_s}));
    QTRY_COMPARE(model->rowCount(), 2);
    table->setCurrentIndex(model->index(1, ActionItemModel::TitleColumn));
    QTest::mouseClick(find<QPushButton>("deleteActionItem"), Qt::LeftButton);
    QCOMPARE(stored(), (QStringList{u"A1 item 1"_s}));
    QTest::mouseClick(find<QPushButton>("addActionItem"), Qt::LeftButton);
    QCOMPARE(stored().constLast(), u"A4 New action item"_s);
}

void TestPostmortemView::addedActionItemCanBeUndone()
{
    QTest::mouseClick(find<QPushButton>("addActionItem"), Qt::LeftButton);
    auto *table = find<QTableView>("actionItems");
    auto *model = qobject_cast<ActionItemModel *>(table->model());
    QVERIFY(model->setData(model->index(0, ActionItemModel::TitleColumn), u"Alert on pool usage"_s));
    const auto stored = [this] {
        QStringList result;
        for (const ActionItem &item : ActionItemStore(*m_temp->openAgain()).forIncident(m_incident.id))
            result << item.shortId() + u' ' + item.title;
        return result;
    };
    QCOMPARE(stored(), QStringList{u"A1 Alert on pool usage"_s});

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // the title
    QCOMPARE(stored(), QStringList{u"A1 New action item"_s});
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // the item
    QCOMPARE(stored(), QStringList());
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(find<QLabel>("reviewProblems")->text().contains(u"action item"_s, Qt::CaseInsensitive));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), QStringList{u"A1 Alert on pool usage"_s});
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ActionItemModel::TitleColumn).data().toString(), u"Alert on pool usage"_s);
}

void TestPostmortemView::submitListsWhatIsMissing()
{
    answerNextMessageBox(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("submitReview"), Qt::LeftButton);
    QTRY_VERIFY(!m_lastMessage.isEmpty());
    QVERIFY2(m_lastMessage.contains(QStringLiteral("action item")), qPrintable(m_lastMessage));
    QCOMPARE(PostmortemStore(*m_temp->openAgain()).forIncident(m_incident.id)->reviewState, ReviewState::Draft);
    QVERIFY(find<QLabel>("reviewProblems")->text().contains(QStringLiteral("Still missing")));
}

void TestPostmortemView::closingOffersThePostmortem()
{
    m_window->incidentView()->focusQuickEntry();
    auto *status = find<QComboBox>("detailsStatus");
    answerNextMessageBox(QMessageBox::Yes);
    status->setCurrentIndex(status->findData(int(IncidentStatus::Closed)));
    emit status->activated(status->currentIndex());
    QTRY_VERIFY(!m_lastMessage.isEmpty());
    QVERIFY2(m_lastMessage.contains(QStringLiteral("postmortem")), qPrintable(m_lastMessage));
    // Still open, and the postmortem tab is in front.
    QCOMPARE(IncidentStore(*m_temp->openAgain()).require(m_incident.number).status, IncidentStatus::Investigating);
    QVERIFY(find<QTabWidget>("incidentTabs")->currentWidget()->isAncestorOf(find<PostmortemView>("postmortemView")));
    QVERIFY(find<PostmortemView>("postmortemView")->isVisible());
}

void TestPostmortemView::exportMasksSecrets()
{
    const QString token = QStringLiteral("ghp_") + QStringLiteral("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8");
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.body = QStringLiteral("curl -H 'Authorization: token %1' failed").arg(token);
    InvestigationLog(m_temp->store()).append(entry);
    entry.body = QStringLiteral("db login: password=hunter22");
    InvestigationLog(m_temp->store()).append(entry);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("postmortem.md"));
    bool exported = false;
    QString copied;
    QList<SecretFinding> listed;
    QStringList listedTexts;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        listed = dialog->secrets();
        const auto *list = dialog->findChild<QListWidget *>(QStringLiteral("maskedSecrets"));
        for (int row = 0; list && row < list->count(); ++row)
            listedTexts << list->item(row)->text();
        exported = dialog->exportTo(path, ExportDialog::Format::Markdown);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportCopy")), Qt::LeftButton);
        copied = QApplication::clipboard()->text();
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>("exportPostmortem"), Qt::LeftButton);
    QVERIFY(exported);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].rule, QStringLiteral("github-token"));
    QCOMPARE(listed[1].rule, QStringLiteral("password"));
    // The list says what will be masked and where, but never shows a value whole (issue 16: a short password was).
    QCOMPARE(listedTexts.size(), 2);
    for (const QString &text : std::as_const(listedTexts)) {
        QVERIFY2(!text.contains(token) && !text.contains(token.left(8)) && !text.contains(QStringLiteral("hunter")),
                 qPrintable(text));
    }
    QVERIFY2(listedTexts.at(0).contains(QStringLiteral("ghp_…")), qPrintable(listedTexts.at(0)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY(!written.contains(token));
    QVERIFY(written.contains(QStringLiteral("[REDACTED:github-token]")));
    QVERIFY(written.startsWith(QStringLiteral("<!--")) || written.contains(QStringLiteral("# 概要")));
    QVERIFY(!copied.contains(token));
    QVERIFY(!written.contains(QStringLiteral("hunter22")) && !copied.contains(QStringLiteral("hunter22")));
    QVERIFY(copied.contains(QStringLiteral("[REDACTED:github-token]")));
}

// README: "A line that is not a valid expression stops the export". In the window too: while the user's pattern file
// has a line that cannot be used, Save and Copy are disabled and the line and its error are shown.
void TestPostmortemView::invalidRedactionPatternLetsNothingOut()
{
    const QString patterns = Redactor::userPatternFile();
    QVERIFY(QDir().mkpath(QFileInfo(patterns).absolutePath()));
    {
        QFile file(patterns);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# the team's internal hosts\nsecret-[a-z]+\ninternal-(db\n");
    }
    const auto removePatterns = qScopeGuard([&] { QFile::remove(patterns); });
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.body = QStringLiteral("failed over to internal-db7");
    InvestigationLog(m_temp->store()).append(entry);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("postmortem.md"));
    bool saveEnabled = true;
    bool copyEnabled = true;
    bool exported = true;
    QString warning;
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        saveEnabled = dialog->findChild<QPushButton *>(QStringLiteral("exportSave"))->isEnabled();
        auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("exportCopy"));
        copyEnabled = copyButton->isEnabled();
        warning = dialog->findChild<QLabel *>(QStringLiteral("exportWarnings"))->text();
        QTest::mouseClick(copyButton, Qt::LeftButton);
        exported = dialog->exportTo(path, ExportDialog::Format::Markdown);
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>("exportPostmortem"), Qt::LeftButton);
    QVERIFY(!saveEnabled);
    QVERIFY(!copyEnabled);
    QVERIFY(!exported);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QVERIFY2(warning.contains(patterns + QStringLiteral(":3:")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("internal-(db")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Nothing can be saved or copied")), qPrintable(warning));
}

// An approved postmortem is read, not edited: its text is read-only in the normal colour (issue 16: it was greyed out
// like a placeholder); and a Middle incident's review panel has no "head of department needed" row, label included.
void TestPostmortemView::approvedTextIsReadOnlyNotGrey()
{
    auto *headDecision = find<QComboBox>("headDecision");
    auto *form = qobject_cast<QFormLayout *>(headDecision->parentWidget()->layout());
    QVERIFY(form && form->labelForField(headDecision));
    QVERIFY(!form->labelForField(headDecision)->isVisible());
    QVERIFY(!headDecision->isVisible());

    test::approveHighPostmortem(m_temp->store(), m_incident); // everything a High needs, so a Middle too
    QVERIFY(m_window->openIncident(m_incident.number));
    m_window->incidentView()->showPostmortem();

    auto *rootCause = find<QPlainTextEdit>("rootCause");
    QTRY_COMPARE(rootCause->toPlainText(), QStringLiteral("The connection pool was too small."));
    QVERIFY(rootCause->isReadOnly());
    QVERIFY(rootCause->isEnabled());
    QCOMPARE(rootCause->palette().color(QPalette::Text), rootCause->palette().color(QPalette::Active, QPalette::Text));
    rootCause->setFocus();
    QTest::keyClicks(rootCause, QStringLiteral("typed"));
    QCOMPARE(rootCause->toPlainText(), QStringLiteral("The connection pool was too small."));
    QVERIFY(find<QLineEdit>("attendees")->isEnabled());
    QVERIFY(find<QLineEdit>("attendees")->isReadOnly());
}

// "Still missing" follows changes made to the incident in the details panel: a summary written, the severity changed
// (issue 16: it went on listing the summary and the old severity's rule).
void TestPostmortemView::stillMissingFollowsTheIncident()
{
    auto *problems = find<QLabel>("reviewProblems");
    const QString noSummary = QStringLiteral("The incident has no summary");
    const QString noActionItem = QStringLiteral("There is no action item");
    QVERIFY2(!problems->text().contains(noSummary), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(noActionItem), qPrintable(problems->text()));

    const auto change = [&](const std::function<void(Incident &)> &edit) {
        Incident incident = IncidentStore(m_temp->store()).require(m_incident.number);
        edit(incident);
        IncidentStore(m_temp->store()).update(incident, QStringLiteral("tester"));
        m_window->incidentView()->refresh(); // what the details panel does after a change
    };
    change([](Incident &incident) { incident.summary.clear(); });
    QVERIFY2(problems->text().contains(noSummary), qPrintable(problems->text()));
    change([](Incident &incident) { incident.summary = QStringLiteral("Checkout failed for some users."); });
    QVERIFY2(!problems->text().contains(noSummary), qPrintable(problems->text()));
    // A Low incident needs no action item.
    change([](Incident &incident) { incident.severity = Severity::Low; });
    QVERIFY2(!problems->text().contains(noActionItem), qPrintable(problems->text()));
    change([](Incident &incident) { incident.severity = Severity::High; });
    QVERIFY2(problems->text().contains(noActionItem), qPrintable(problems->text()));
}

// The live preview shows the document as it will leave Hindsight: redacted, with the masked places marked (issue 16:
// it showed tokens and passwords in clear while everything that left was masked).
void TestPostmortemView::previewShowsTheDocumentAsItLeaves()
{
    const QString token = QStringLiteral("ghp_") + QStringLiteral("Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2");
    LogEntry entry;
    entry.incidentId = m_incident.id;
    entry.body = QStringLiteral("rotated %1; db password=hunter22 too").arg(token);
    InvestigationLog(m_temp->store()).append(entry);
    m_window->incidentView()->refresh();
    auto *preview = find<QTextBrowser>("preview");
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("rotated")), 10000);
    const QString shown = preview->toPlainText();
    QVERIFY2(!shown.contains(token) && !shown.contains(QStringLiteral("hunter22")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("[REDACTED:github-token]")), qPrintable(shown));
    // Marked: the masked text stands on a background of its own.
    bool marked = false;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().text().contains(QStringLiteral("[REDACTED:github-token]")))
                marked = fragment.fragment().charFormat().background().style() != Qt::NoBrush;
        }
    }
    QVERIFY(marked);
}

QTEST_MAIN(TestPostmortemView)
// Issue 16: the preview showed the Japanese document while Publish sent English and the CLI exported English. The
// preview, the Export dialog, `hindsight export` and Publish start from one language: the publishing setting, else the
// locale's (English in the tests).
void TestPostmortemView::oneDocumentLanguageForPreviewExportAndPublish()
{
    const auto exported = [this](const QString &number) {
        QTemporaryDir home;
        const test::CliRun run =
            test::runCli({u"--db"_s, m_temp->path(), u"export"_s, number}, test::isolatedCliEnvironment(home.path()));
        return run.exitCode == 0 ? run.out : u"export failed: "_s + run.err;
    };
    const QString number = QString::number(m_incident.number);
    QCOMPARE(find<QComboBox>("documentLanguage")->currentText(), u"English"_s);
    QTRY_VERIFY(find<QTextBrowser>("preview")->toPlainText().contains(u"Root cause"_s));
    QVERIFY(exported(number).contains(u"Root cause"_s));

    PublishTarget japanese;
    japanese.language = DocumentLanguage::Japanese;
    PublishSettings(m_temp->store()).setDefaults(japanese);
    Incident other;
    other.title = u"DNS flaps"_s;
    const Incident second = IncidentStore(m_temp->store()).create(other);
    QVERIFY(m_window->openIncident(second.number));
    m_window->incidentView()->showPostmortem();
    QCOMPARE(find<QComboBox>("documentLanguage")->currentText(), u"日本語"_s);
    QTRY_VERIFY(find<QTextBrowser>("preview")->toPlainText().contains(u"問題の原因"_s));
    const QString cli = exported(QString::number(second.number));
    QVERIFY2(cli.contains(u"問題の原因"_s) && !cli.contains(u"Root cause"_s), qPrintable(cli.left(300)));

    // The Export dialog says which language it writes, the one beside the preview.
    bool sawExport = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawExport = true;
        QVERIFY(dialog->findChild<QLabel *>(u"exportLanguage"_s)->text().contains(u"日本語"_s));
        QVERIFY(dialog->clipboardMarkdown().contains(u"問題の原因"_s));
        dialog->reject();
    });
    find<QPushButton>("exportPostmortem")->click();
    QVERIFY(sawExport);

    // An incident published elsewhere in English is previewed and exported in English.
    PublishTarget english;
    english.language = DocumentLanguage::English;
    PublishSettings(m_temp->store()).setForIncident(m_incident.id, english);
    QVERIFY(m_window->openIncident(m_incident.number));
    QCOMPARE(find<QComboBox>("documentLanguage")->currentText(), u"English"_s);
    QVERIFY(exported(number).contains(u"Root cause"_s));
}

#include "tst_postmortemview.moc"
