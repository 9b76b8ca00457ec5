// The insights window on the hand-checked history (tests/seededhistory.cpp; the figures are worked out in
// tst_statistics.cpp): opened from the main window, each chart draws the expected numbers and is not blank, "Copy
// data as CSV" puts the same text as `hindsight stats --csv` on the clipboard, and "Save as PNG" writes a real PNG.
// The window computes at the current time, long after March 2026: the payment timeouts' postmortem is missed.
#include "gui/common/colors.h"
#include "gui/insights/insightsview.h"
#include "gui/mainwindow.h"
#include "seededhistory.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QImageReader>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cstdlib>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

QList<QPointF> points(const QLineSeries *series)
{
    return series->points();
}

/// Whether any pixel of `image` is within a few steps of `color` in each channel: the chart drew something in it.
bool hasColor(const QImage &image, const QColor &color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - color.red()) <= 6 && std::abs(qGreen(line[x]) - color.green()) <= 6 &&
                std::abs(qBlue(line[x]) - color.blue()) <= 6)
                return true;
        }
    }
    return false;
}

QStringList categories(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? QStringList() : qobject_cast<QBarCategoryAxis *>(axes.constFirst())->categories();
}

} // namespace

class TestInsightsGui : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void incidentsPerMonth();
    void recoveryTimes();
    void actionItems();
    void approvals();
    void monthRange();
    void everyMonthLabelAlignedWithItsBarOrPoint();
    void copyCsv();
    void savePng();
    void closesLikeTheOtherWindows_data();
    void closesLikeTheOtherWindows();

private:
    QChart *chart(const char *name) const;
    template<typename T>
    T *find(const char *name) const
    {
        return m_view->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<MainWindow> m_window;
    InsightsView *m_view = nullptr;
};

void TestInsightsGui::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    test::seedHistory(m_temp->store());
    m_window = std::make_unique<MainWindow>(m_temp->store());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // View > Insights.
    m_window->findChild<QAction *>(u"insightsAction"_s)->trigger();
    m_view = m_window->findChild<InsightsView *>(u"insightsView"_s);
    QVERIFY(m_view);
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    find<QDateEdit>("fromMonth")->setDate(QDate(2026, 1, 1));
    find<QDateEdit>("toMonth")->setDate(QDate(2026, 3, 1));
}

void TestInsightsGui::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_view = nullptr;
    m_temp.reset();
}

QChart *TestInsightsGui::chart(const char *name) const
{
    auto *view = find<QChartView>(name);
    return view ? view->chart() : nullptr;
}

void TestInsightsGui::incidentsPerMonth()
{
    QChart *incidents = chart("incidentsChart");
    QCOMPARE(incidents->title(), u"Incidents per month, by severity"_s);
    QCOMPARE(categories(incidents), (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
    QCOMPARE(incidents->series().size(), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(incidents->series().constFirst());
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 4);
    QCOMPARE(sets.at(0)->label(), displayName(Severity::Low));
    QCOMPARE(values(sets.at(0)), (QList<qreal>{0, 2, 0}));
    QCOMPARE(values(sets.at(1)), (QList<qreal>{0, 1, 1}));
    QCOMPARE(values(sets.at(2)), (QList<qreal>{1, 0, 1}));
    QCOMPARE(sets.at(3)->label(), displayName(Severity::Critical));
    QCOMPARE(values(sets.at(3)), (QList<qreal>{1, 1, 1}));

    const QImage image = find<QChartView>("incidentsChart")->grab().toImage();
    QVERIFY(!image.isNull());
    for (const Severity severity : allValues<Severity>())
        QVERIFY2(hasColor(image, severityColor(severity)), qPrintable(displayName(severity)));
}

void TestInsightsGui::recoveryTimes()
{
    QChart *recovery = chart("recoveryChart");
    QCOMPARE(categories(recovery), (QStringList{displayName(Severity::Low), displayName(Severity::Middle),
                                                displayName(Severity::High), displayName(Severity::Critical)}));
    auto *series = qobject_cast<QBarSeries *>(recovery->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    // The longest mean runs to days: hours.
    const QList<QAbstractAxis *> vertical = recovery->axes(Qt::Vertical);
    QCOMPARE(vertical.constFirst()->titleText(), u"hours (mean)"_s);
    QCOMPARE(series->barSets().at(0)->label(), u"To mitigate"_s);
    QCOMPARE(values(series->barSets().at(0)), (QList<qreal>{12.5 / 60, 67.5 / 60, 50.0 / 60, 91.0 / 3 / 60}));
    QCOMPARE(series->barSets().at(1)->label(), u"To resolve"_s);
    QCOMPARE(values(series->barSets().at(1)), (QList<qreal>{97.5 / 60, 135.0 / 60, 6, 7381.0 / 3 / 60}));

    const QImage image = find<QChartView>("recoveryChart")->grab().toImage();
    QVERIFY(hasColor(image, series->barSets().at(1)->color()));
}

void TestInsightsGui::actionItems()
{
    QChart *items = chart("actionItemsChart");
    QCOMPARE(categories(items), (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
    QCOMPARE(items->series().size(), 2);
    auto *opened = qobject_cast<QLineSeries *>(items->series().at(0));
    auto *closed = qobject_cast<QLineSeries *>(items->series().at(1));
    QVERIFY(opened && closed);
    QCOMPARE(opened->name(), u"Opened"_s);
    QCOMPARE(points(opened), (QList<QPointF>{{0, 3}, {1, 1}, {2, 1}}));
    QCOMPARE(closed->name(), u"Closed"_s);
    QCOMPARE(points(closed), (QList<QPointF>{{0, 2}, {1, 1}, {2, 1}}));

    const QImage image = find<QChartView>("actionItemsChart")->grab().toImage();
    QVERIFY(hasColor(image, opened->color()));
    QVERIFY(hasColor(image, closed->color()));
}

void TestInsightsGui::approvals()
{
    QChart *approvals = chart("approvalsChart");
    QCOMPARE(approvals->title(), u"Postmortems approved within 14 days of resolution: 38% (3 of 8)"_s);
    QCOMPARE(categories(approvals), (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
    auto *series = qobject_cast<QPercentBarSeries *>(approvals->series().constFirst());
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets.at(0)->label(), u"In time"_s);
    QCOMPARE(values(sets.at(0)), (QList<qreal>{2, 1, 0}));
    QCOMPARE(sets.at(1)->label(), u"Late"_s);
    QCOMPARE(values(sets.at(1)), (QList<qreal>{1, 1, 0}));
    QCOMPARE(sets.at(2)->label(), u"Not approved"_s);
    QCOMPARE(values(sets.at(2)), (QList<qreal>{0, 1, 2}));

    const QImage image = find<QChartView>("approvalsChart")->grab().toImage();
    for (QBarSet *set : sets)
        QVERIFY2(hasColor(image, set->color()), qPrintable(set->label()));
}

void TestInsightsGui::monthRange()
{
    // February alone: the exercise stays out, and January's incidents go.
    find<QDateEdit>("fromMonth")->setDate(QDate(2026, 2, 1));
    find<QDateEdit>("toMonth")->setDate(QDate(2026, 2, 1));
    QCOMPARE(categories(chart("incidentsChart")), QStringList{u"2026-02"_s});
    auto *series = qobject_cast<QStackedBarSeries *>(chart("incidentsChart")->series().constFirst());
    QCOMPARE(values(series->barSets().at(0)), QList<qreal>{2});
    QCOMPARE(values(series->barSets().at(2)), QList<qreal>{0});
    QCOMPARE(chart("approvalsChart")->title(), u"Postmortems approved within 14 days of resolution: 33% (1 of 3)"_s);

    // Moving the start past the end moves the end along.
    find<QDateEdit>("fromMonth")->setDate(QDate(2026, 3, 1));
    QCOMPARE(find<QDateEdit>("toMonth")->date(), QDate(2026, 3, 1));
    QCOMPARE(categories(chart("incidentsChart")), QStringList{u"2026-03"_s});
}

// Issue 16: over a year, some month labels were missing and those shown were not under their bars or points. Every
// month's label is drawn, and centred under its bar (incidents) and its point (action items).
void TestInsightsGui::everyMonthLabelAlignedWithItsBarOrPoint()
{
    find<QDateEdit>("fromMonth")->setDate(QDate(2025, 4, 1));
    find<QDateEdit>("toMonth")->setDate(QDate(2026, 3, 1));
    m_view->resize(1000, 700);
    QTest::qWait(50);
    for (const char *name : {"incidentsChart", "actionItemsChart"}) {
        auto *view = find<QChartView>(name);
        QChart *shown = view->chart();
        view->grab(); // lays the chart out as it is painted
        QCoreApplication::processEvents();
        QStringList labels;
        QList<qreal> centres;
        for (QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !item->isVisible() ||
                !QRegularExpression(u"^\\d{4}-\\d{2}$"_s).match(text->toPlainText()).hasMatch())
                continue;
            labels << text->toPlainText();
            centres << item->sceneBoundingRect().center().x();
        }
        QCOMPARE(labels.size(), 12);
        QAbstractSeries *series = shown->series().constFirst();
        for (int month = 0; month < 12; ++month) {
            const QString label = QDate(2025, 4, 1).addMonths(month).toString(u"yyyy-MM");
            const qsizetype at = labels.indexOf(label);
            QVERIFY2(at >= 0, qPrintable(label));
            const qreal x = shown->mapToPosition(QPointF(month, 0), series).x();
            QVERIFY2(qAbs(centres.at(at) - x) < 12,
                     qPrintable(u"%1 %2: label at %3, its month at %4"_s.arg(QString::fromLatin1(name), label)
                                    .arg(centres.at(at))
                                    .arg(x)));
        }
    }
}

void TestInsightsGui::copyCsv()
{
    QApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>("incidentsCopyCsv"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"month,low,middle,high,critical,total\n"
                                                u"2026-01,0,0,1,1,2\n"
                                                u"2026-02,2,1,0,1,4\n"
                                                u"2026-03,0,1,1,1,3\n"_s);
    QTest::mouseClick(find<QPushButton>("recoveryCopyCsv"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             u"severity,mitigated,mean_minutes_to_mitigate,resolved,mean_minutes_to_resolve\n"
             u"low,2,12.5,2,97.5\n"
             u"middle,2,67.5,2,135\n"
             u"high,2,50,1,360\n"
             u"critical,3,30.333,3,2460.333\n"_s);
    QTest::mouseClick(find<QPushButton>("actionItemsCopyCsv"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"month,opened,closed\n"
                                                u"2026-01,3,2\n"
                                                u"2026-02,1,1\n"
                                                u"2026-03,1,1\n"_s);
    QTest::mouseClick(find<QPushButton>("approvalsCopyCsv"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"month,resolved,in_time,late,missed,pending,share\n"
                                                u"2026-01,3,2,1,0,0,0.667\n"
                                                u"2026-02,3,1,1,1,0,0.333\n"
                                                u"2026-03,2,0,0,2,0,0\n"
                                                u"total,8,3,2,3,0,0.375\n"_s);
}

void TestInsightsGui::savePng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.png"_s);
    QString suggested;
    m_view->setFileNameChooser([&](const QString &name) {
        suggested = name;
        return path;
    });
    QTest::mouseClick(find<QPushButton>("incidentsSavePng"), Qt::LeftButton);
    QVERIFY(suggested.endsWith(u"incidents-2026-01-2026-03.png"_s));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
    file.close();
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    const QChartView *view = find<QChartView>("incidentsChart");
    QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
    QVERIFY(hasColor(image, severityColor(Severity::Critical)));
}

void TestInsightsGui::closesLikeTheOtherWindows_data()
{
    QTest::addColumn<QKeyCombination>("key");
    QTest::newRow("Ctrl+W") << QKeyCombination(Qt::ControlModifier, Qt::Key_W);
    QTest::newRow("Esc") << QKeyCombination(Qt::NoModifier, Qt::Key_Escape);
}

void TestInsightsGui::closesLikeTheOtherWindows()
{
    QFETCH(QKeyCombination, key);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    QVERIFY(m_view->isVisible());
    QTest::keyClick(m_view, key.key(), key.keyboardModifiers());
    QTRY_VERIFY(!m_view->isVisible());
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestInsightsGui)
#include "tst_insightsgui.moc"
