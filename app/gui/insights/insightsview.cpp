#include "insightsview.h"

#include "gui/common/colors.h"
#include "gui/common/messagebox.h"
#include "store/store.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPercentBarSeries>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace hindsight {

namespace {

// Colours of the outcomes: a postmortem approved in time, late, or not at all.
const QColor InTimeColor(0x2e, 0x7d, 0x32);
const QColor LateColor(0xc7, 0x8b, 0x00);
const QColor MissedColor(0xc6, 0x28, 0x28);
const QColor OpenedColor(0x1e, 0x78, 0xd2);
const QColor ClosedColor(0x2e, 0x7d, 0x32);
const QColor MitigateColor(0xe0, 0x5a, 0x12);
const QColor ResolveColor(0x4a, 0x7b, 0xd0);

/// Takes the series and axes off `chart`, to draw it again.
void clear(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

/// A vertical axis of whole numbers from 0 to at least `max`.
QValueAxis *countAxis(int max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    const int top = std::max(max, 1);
    axis->setRange(0, top);
    if (top <= 10)
        axis->setTickCount(top + 1);
    else
        axis->applyNiceNumbers();
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100)) + QLatin1Char('%');
}

} // namespace

InsightsView::InsightsView(Store &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("insightsView"));
    setWindowTitle(tr("Insights — Hindsight"));
    // Closed as the other windows are: Ctrl+W, and Esc, since it is a window one glances at.
    auto *close = new QAction(this);
    close->setObjectName(QStringLiteral("closeInsights"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!keys.contains(key))
            keys << key;
    }
    close->setShortcuts(keys);
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    const StatisticsPeriod lastYear = StatisticsPeriod::lastMonths(12);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_from->setDate(lastYear.firstMonth);
    m_to->setDate(lastYear.lastMonth);
    connect(m_from, &QDateEdit::dateChanged, this, &InsightsView::periodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &InsightsView::periodEdited);
    m_note->setObjectName(QStringLiteral("insightsNote"));

    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    range->addWidget(m_note);

    auto *charts = new QGridLayout;
    charts->addWidget(addChartPanel(Chart::Incidents, QStringLiteral("incidents")), 0, 0);
    charts->addWidget(addChartPanel(Chart::RecoveryTimes, QStringLiteral("recovery")), 0, 1);
    charts->addWidget(addChartPanel(Chart::ActionItems, QStringLiteral("actionItems")), 1, 0);
    charts->addWidget(addChartPanel(Chart::Approvals, QStringLiteral("approvals")), 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addLayout(charts, 1);
    resize(1180, 820);

    m_chooseFileName = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested, tr("PNG images (*.png)"));
    };
    // The charts count incidents, postmortems and action items; log entries do not move them. A hidden window reads
    // again when it is activated (below).
    m_storeSubscription = StoreSubscription(store.events(), this, [this](const StoreChanges &changes) {
        using Subject = StoreChange::Subject;
        if (isVisible() && (changes.touches(Subject::Incident) || changes.touches(Subject::Postmortem) ||
                            changes.touches(Subject::ActionItem)))
            reload();
    });
    reload();
}

QWidget *InsightsView::addChartPanel(Chart chart, const QString &name)
{
    auto *panel = new QWidget(this);
    auto *view = new QChartView(panel);
    view->setObjectName(name + QStringLiteral("Chart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 280);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_views.append(view);

    auto *save = new QPushButton(tr("Save as PNG…"), panel);
    save->setObjectName(name + QStringLiteral("SavePng"));
    connect(save, &QPushButton::clicked, this, [this, chart, name] {
        const StatisticsPeriod &period = m_insights.period;
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-%2-%3.png")
                .arg(name, period.firstMonth.toString(u"yyyy-MM"), period.lastMonth.toString(u"yyyy-MM")));
        const QString path = m_chooseFileName(suggested);
        if (!path.isEmpty() && savePng(chart, path))
            m_note->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    auto *copy = new QPushButton(tr("Copy data as CSV"), panel);
    copy->setObjectName(name + QStringLiteral("CopyCsv"));
    connect(copy, &QPushButton::clicked, this, [this, chart] {
        QGuiApplication::clipboard()->setText(csv(chart));
        m_note->setText(tr("Copied the chart's numbers as CSV."));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return panel;
}

QChartView *InsightsView::chartView(Chart chart) const
{
    return m_views.at(int(chart));
}

void InsightsView::setPeriod(const QDate &firstMonth, const QDate &lastMonth)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(firstMonth);
        m_to->setDate(lastMonth);
    }
    reload();
}

void InsightsView::periodEdited()
{
    // Keep the range the right way round: moving one end past the other moves both.
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    reload();
}

bool InsightsView::event(QEvent *event)
{
    // Other windows and processes may have changed the store while this one was in the background.
    if (event->type() == QEvent::WindowActivate)
        reload();
    return QWidget::event(event);
}

void InsightsView::reload()
{
    StatisticsPeriod period;
    period.firstMonth = m_from->date();
    period.lastMonth = m_to->date();
    m_insights = Statistics(m_store).compute(period);
    drawIncidents();
    drawRecoveryTimes();
    drawActionItems();
    drawApprovals();
}

QStringList InsightsView::monthLabels() const
{
    QStringList labels;
    for (const QDate &month : m_insights.period.months())
        labels << month.toString(u"yyyy-MM");
    return labels;
}

QBarCategoryAxis *InsightsView::monthAxis() const
{
    auto *months = new QBarCategoryAxis;
    months->append(monthLabels());
    // Upright across the axis, so that every label of a year of "2026-11" fits a narrow chart: slanted, they
    // overlapped, and Qt Charts leaves out a label that would overlap the one before.
    months->setLabelsAngle(-90);
    months->setTruncateLabels(false);
    return months;
}

void InsightsView::drawIncidents()
{
    QChart *chart = chartView(Chart::Incidents)->chart();
    clear(chart, tr("Incidents per month, by severity"));
    auto *series = new QStackedBarSeries;
    int most = 0;
    for (const Severity severity : allValues<Severity>()) {
        QBarSet *set = barSet(displayName(severity), severityColor(severity));
        for (const IncidentMonth &month : m_insights.incidentsPerMonth)
            set->append(month.bySeverity[int(severity)]);
        series->append(set);
    }
    for (const IncidentMonth &month : m_insights.incidentsPerMonth)
        most = std::max(most, month.total());
    chart->addSeries(series);
    QBarCategoryAxis *months = monthAxis();
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    QValueAxis *counts = countAxis(most);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

void InsightsView::drawRecoveryTimes()
{
    QChart *chart = chartView(Chart::RecoveryTimes)->chart();
    clear(chart, tr("Mean time to mitigate and to resolve, by severity"));
    double longest = 0;
    for (const RecoveryTimes &times : m_insights.recoveryTimes)
        longest = std::max({longest, times.meanMinutesToMitigate.value_or(0), times.meanMinutesToResolve.value_or(0)});
    // Hours once the bars would run into hundreds of minutes.
    const bool hours = longest >= 180;
    const double scale = hours ? 60.0 : 1.0;
    auto *series = new QBarSeries;
    QBarSet *mitigate = barSet(tr("To mitigate"), MitigateColor);
    QBarSet *resolve = barSet(tr("To resolve"), ResolveColor);
    QStringList severities;
    for (const RecoveryTimes &times : m_insights.recoveryTimes) {
        severities << displayName(times.severity);
        mitigate->append(times.meanMinutesToMitigate.value_or(0) / scale);
        resolve->append(times.meanMinutesToResolve.value_or(0) / scale);
    }
    series->append(mitigate);
    series->append(resolve);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(severities);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *durations = new QValueAxis;
    durations->setTitleText(hours ? tr("hours (mean)") : tr("minutes (mean)"));
    durations->setRange(0, std::max(longest / scale, 1.0));
    durations->applyNiceNumbers();
    durations->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(durations, Qt::AlignLeft);
    series->attachAxis(durations);
}

void InsightsView::drawActionItems()
{
    QChart *chart = chartView(Chart::ActionItems)->chart();
    clear(chart, tr("Action items opened and closed per month"));
    auto *opened = new QLineSeries;
    opened->setName(tr("Opened"));
    opened->setColor(OpenedColor);
    auto *closed = new QLineSeries;
    closed->setName(tr("Closed"));
    closed->setColor(ClosedColor);
    int most = 0;
    for (qsizetype i = 0; i < m_insights.actionItemsPerMonth.size(); ++i) {
        const ActionItemMonth &month = m_insights.actionItemsPerMonth.at(i);
        opened->append(double(i), month.opened);
        closed->append(double(i), month.closed);
        most = std::max({most, month.opened, month.closed});
    }
    QValueAxis *counts = countAxis(most);
    QBarCategoryAxis *months = monthAxis();
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QLineSeries *series : {opened, closed}) {
        series->setPointsVisible(true);
        QPen pen = series->pen();
        pen.setWidth(3);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(months);
        series->attachAxis(counts);
    }
}

void InsightsView::drawApprovals()
{
    QChart *chart = chartView(Chart::Approvals)->chart();
    const ApprovalMonth &total = m_insights.approvals;
    const int decided = total.inTime + total.late + total.missed;
    const QString share = total.share()
                              ? tr("%1 (%2 of %3)").arg(percent(*total.share())).arg(total.inTime).arg(decided)
                              : tr("none due yet");
    clear(chart,
          tr("Postmortems approved within %1 days of resolution: %2").arg(ApprovalMonth::ApprovalDays).arg(share));
    auto *series = new QPercentBarSeries;
    QBarSet *inTime = barSet(tr("In time"), InTimeColor);
    QBarSet *late = barSet(tr("Late"), LateColor);
    QBarSet *missed = barSet(tr("Not approved"), MissedColor);
    for (const ApprovalMonth &month : m_insights.approvalsPerMonth) {
        inTime->append(month.inTime);
        late->append(month.late);
        missed->append(month.missed);
    }
    series->append(inTime);
    series->append(late);
    series->append(missed);
    chart->addSeries(series);
    QBarCategoryAxis *months = monthAxis();
    months->setTitleText(tr("month of resolution"));
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setTickCount(5);
    shares->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(shares, Qt::AlignLeft);
    series->attachAxis(shares);
    m_note->setText(total.pending > 0 ? tr("Exercises are left out. %n postmortem(s) still within the two weeks.",
                                           nullptr, total.pending)
                                      : tr("Exercises are left out."));
}

QString InsightsView::csv(Chart chart) const
{
    switch (chart) {
    case Chart::Incidents:
        return m_insights.incidentsCsv();
    case Chart::RecoveryTimes:
        return m_insights.recoveryTimesCsv();
    case Chart::ActionItems:
        return m_insights.actionItemsCsv();
    case Chart::Approvals:
        return m_insights.approvalsCsv();
    }
    return {};
}

bool InsightsView::savePng(Chart chart, const QString &path)
{
    const QPixmap image = chartView(chart)->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        messagebox::warning(
            this, tr("Hindsight"),
            tr("Could not save the chart to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace hindsight
