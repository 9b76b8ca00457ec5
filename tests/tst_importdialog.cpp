// File > Import… in the main window: the files chosen are imported one by one and each is reported.
#include "gui/mainwindow.h"
#include "gui/postmortem/importdialog.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestImportDialog : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsFromTheFileMenu();
};

void TestImportDialog::initTestCase()
{
    // The window imports in this computer's zone; the sample's times in JST are then converted, and say so.
    qputenv("TZ", "UTC");
}

void TestImportDialog::importsFromTheFileMenu()
{
    test::TemporaryStore temporary;
    MainWindow window(temporary.store());
    window.show();
    auto *action = window.findChild<QAction *>(u"importAction"_s);
    QVERIFY(action);

    const QString data = QFINDTESTDATA("data/import");
    const QString good = data + u"/en-handwritten/input.md"_s;
    const QString refused = data + u"/refused/latin1.md"_s;
    ImportDialog::setNextFiles({good, refused});
    action->trigger();

    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>(u"importDialog"_s)) && dialog->isVisible());
    auto *report = dialog->findChild<QTreeWidget *>(u"importReport"_s);
    QVERIFY(report);
    QCOMPARE(report->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = report->topLevelItem(0);
    QCOMPARE(first->text(0), u"input.md"_s);
    QCOMPARE(first->text(1), u"Imported as incident 1, with 13 guess(es)"_s);
    QCOMPARE(first->childCount(), 13);
    QCOMPARE(first->child(0)->text(1), u"line 1: Text before the first section; kept with what was not understood."_s);
    QCOMPARE(report->topLevelItem(1)->text(0), u"latin1.md"_s);
    QCOMPARE(report->topLevelItem(1)->text(1), u"Refused: line 5: not valid UTF-8 text."_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"importSummary"_s)->text(),
             u"1 imported, 1 not imported: nothing was written for those."_s);
    QCOMPARE(IncidentStore(temporary.store()).count(), 1);
    QCOMPARE(IncidentStore(temporary.store()).require(1).title, u"Search returned no results"_s);
    dialog->close();
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
