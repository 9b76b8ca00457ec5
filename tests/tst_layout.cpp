// Issue 16, "Layout and reading": at the default window size (1200×760) and at 1366×768, in English and Japanese,
// nothing essential is clipped and the log with the quick-entry box keeps at least half of the window, also with the
// action item register open. With HINDSIGHT_SCREENSHOTS=DIR, each case is also saved there as a PNG to look at.
#include "domain/actionitem.h"
#include "gui/incident/incidentview.h"
#include "gui/mainwindow.h"
#include "gui/postmortem/actionregister.h"
#include "gui/postmortem/postmortemview.h"
#include "i18n/uilanguage.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestLayout : public test::TestCase
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void nothingEssentialIsClipped_data();
    void nothingEssentialIsClipped();
    void kindHintBreaksBetweenTerms();

private:
    void save(QWidget *widget, const QString &name) const;
};

void TestLayout::cleanupTestCase()
{
    qunsetenv("HINDSIGHT_LANG");
    UiLanguage::install();
}

void TestLayout::nothingEssentialIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        for (const QSize &size : {QSize(1200, 760), QSize(1366, 768)})
            QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void TestLayout::save(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("HINDSIGHT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(QString::fromLatin1(QTest::currentDataTag()) + u'-' + name + u".png"_s));
}

void TestLayout::nothingEssentialIsClipped()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    qputenv("HINDSIGHT_LANG", language.toUtf8());
    UiLanguage::install();
    const bool ja = language == u"ja"_s;

    test::TemporaryStore temp;
    Incident draft;
    draft.title = ja ? u"決済APIの5xxエラーが急増し、チェックアウトの一部が失敗している（東京リージョン）"_s
                     : u"Checkout API returns 5xx for a share of payments in the Tokyo region after the deploy"_s;
    draft.severity = Severity::Critical;
    draft.summary = u"5xx above 2%."_s;
    draft.products = {u"checkout"_s, u"payments-api"_s};
    draft.detectedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const Incident incident = IncidentStore(temp.store()).create(draft);
    InvestigationLog log(temp.store());
    for (int i = 0; i < 12; ++i) {
        LogEntry entry;
        entry.incidentId = incident.id;
        entry.author = u"tester"_s;
        entry.kind = LogEntryKind(i % 6);
        entry.body = ja ? u"接続プールの使用率を確認した（%1 回目）。db-1 のレプリカ遅延は 0。"_s.arg(i)
                        : u"Checked the connection pool usage (round %1); replica lag on db-1 is 0."_s.arg(i);
        log.append(entry);
    }
    for (int i = 0; i < 3; ++i) {
        ActionItem item;
        item.incidentId = incident.id;
        item.title = ja ? u"プールの上限を監視する"_s : u"Alert on pool usage above 80%"_s;
        item.owner = u"SRE"_s;
        item.dueDate = QDate::currentDate().addDays(7);
        ActionItemStore(temp.store()).add(item);
    }

    MainWindow window(temp.store());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(incident.number));
    QTest::qWait(50);
    QCoreApplication::processEvents();
    save(&window, u"incident"_s);

    QStringList problems;
    const auto logHeight = [&window] {
        const auto *timeline = window.findChild<QListView *>(u"timeline"_s);
        const auto *entry = window.findChild<QPlainTextEdit *>(u"quickEntry"_s);
        return entry->mapTo(&window, QPoint(0, entry->height())).y() - timeline->mapTo(&window, QPoint(0, 0)).y();
    };
    if (logHeight() < size.height() / 2)
        problems << u"the log and the quick-entry box are %1 px high"_s.arg(logHeight());

    // The details panel: every field as wide as it needs (combo boxes with their arrows, check boxes with their text).
    auto *details = window.findChild<QWidget *>(u"incidentDetails"_s);
    QVERIFY(details);
    const auto *detailsScroll = qobject_cast<QScrollArea *>(details->parentWidget()->parentWidget());
    if (detailsScroll && detailsScroll->horizontalScrollBar()->isVisible())
        problems << u"the details panel scrolls sideways"_s;
    const QWidget *viewport = detailsScroll ? detailsScroll->viewport() : details;
    for (QWidget *field : details->findChildren<QWidget *>()) {
        if (!field->isVisible() || !(qobject_cast<QComboBox *>(field) || qobject_cast<QCheckBox *>(field) ||
                                     qobject_cast<QDateTimeEdit *>(field)))
            continue;
        bool inTable = false; // a cell's editor: the table scrolls
        for (QWidget *parent = field->parentWidget(); parent && parent != details; parent = parent->parentWidget())
            inTable = inTable || qobject_cast<QAbstractItemView *>(parent);
        if (inTable)
            continue;
        const int right = field->mapTo(viewport, QPoint(field->width(), 0)).x();
        if (field->width() < field->minimumSizeHint().width() || right > viewport->width())
            problems << u"%1 is clipped (%2 px wide, needs %3; ends at %4 of %5)"_s
                            .arg(field->objectName().isEmpty() ? QString::fromLatin1(field->metaObject()->className())
                                                               : field->objectName())
                            .arg(field->width())
                            .arg(field->minimumSizeHint().width())
                            .arg(right)
                            .arg(viewport->width());
    }
    // The header's badges stay on one line.
    for (const char *name : {"severityBadge", "statusBadge"}) {
        const auto *badge = window.findChild<QLabel *>(QString::fromLatin1(name));
        if (badge->height() > 2 * badge->fontMetrics().height())
            problems << u"%1 is on two lines"_s.arg(QString::fromLatin1(name));
    }

    // The register open below: the log still keeps half of the window.
    auto *registerAction = window.findChild<QAction *>(u"actionRegisterAction"_s);
    QVERIFY(registerAction);
    registerAction->trigger();
    QTRY_VERIFY(window.findChild<QDockWidget *>(u"actionRegisterDock"_s)->isVisible());
    QTest::qWait(50);
    save(&window, u"register"_s);
    if (logHeight() < size.height() / 2)
        problems << u"with the register open, the log and the quick-entry box are %1 px high"_s.arg(logHeight());
    registerAction->trigger();

    // The postmortem tab: the editors do not scroll sideways; the action table shows every column.
    window.incidentView()->showPostmortem();
    QTest::qWait(50);
    QCoreApplication::processEvents();
    save(&window, u"postmortem"_s);
    auto *view = window.incidentView()->postmortemView();
    for (QScrollArea *area : view->findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            problems << u"the postmortem's %1 scrolls sideways"_s.arg(area->objectName());
    }
    auto *actions = view->findChild<QTableView *>(u"actionItems"_s);
    QVERIFY(actions);
    int hidden = 0;
    for (int column = 0; column < actions->model()->columnCount(); ++column) {
        if (!actions->isColumnHidden(column) &&
            actions->horizontalHeader()->sectionViewportPosition(column) + actions->columnWidth(column) >
                actions->viewport()->width() + 1)
            ++hidden;
    }
    if (hidden > 0)
        problems << u"%1 column(s) of the action item table are out of sight"_s.arg(hidden);

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

// The hint under the log wrapped inside words in Japanese (行/き止まり, 重要/イベント): at any width, it breaks between
// its terms only.
void TestLayout::kindHintBreaksBetweenTerms()
{
    qputenv("HINDSIGHT_LANG", "ja");
    UiLanguage::install();
    test::TemporaryStore temp;
    Incident draft;
    draft.title = u"折り返し"_s;
    const int number = IncidentStore(temp.store()).create(draft).number;
    MainWindow window(temp.store());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIncident(number));
    auto *hint = window.findChild<QLabel *>(u"kindHint"_s);
    QVERIFY(hint);
    const QStringList terms{u"行き止まり"_s, u"重要イベント"_s, u"仮説"_s, u"発見"_s, u"対応"_s, u"決定"_s};
    for (const QString &term : terms)
        QVERIFY2(hint->text().remove(QChar(0x2060)).contains(term), qPrintable(hint->text()));
    QStringList splits;
    // From the width of the widest term ("Ctrl+Enter:") on.
    for (int width = 120; width <= 600; width += 7) {
        QTextDocument document;
        document.setDefaultFont(hint->font());
        document.setHtml(hint->text());
        document.setTextWidth(width);
        document.size(); // lays it out
        QString wrapped;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                wrapped += block.text().mid(line.textStart(), line.textLength()).trimmed() + u'\n';
            }
        }
        wrapped.remove(QChar(0x2060));
        for (const QString &term : terms) {
            for (int k = 1; k < term.size(); ++k) {
                if (wrapped.contains(term.left(k) + u'\n' + term.mid(k)))
                    splits << u"%1 at %2 px"_s.arg(term.left(k) + u'/' + term.mid(k)).arg(width);
            }
        }
    }
    QVERIFY2(splits.isEmpty(), qPrintable(splits.join(u", "_s)));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
