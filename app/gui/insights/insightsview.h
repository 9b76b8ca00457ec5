#pragma once

#include "insights/statistics.h"
#include "store/storechange.h"

#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QChartView;
class QDateEdit;
class QLabel;

namespace hindsight {

class Store;

/// Trends at a glance, in a window of its own: incidents per month by severity, mean times to mitigate and to
/// resolve, action items opened and closed, and postmortems approved within two weeks, over a range of months.
/// Exercises are left out. Each chart can be saved as PNG, and its numbers copied as CSV (the same text as
/// `hindsight stats --csv`).
class InsightsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Incidents,
        RecoveryTimes,
        ActionItems,
        Approvals
    };

    /// Asks where to save a chart, given a suggested file name; an empty answer cancels. Tests replace the dialog.
    using FileNameChooser = std::function<QString(const QString &suggested)>;

    explicit InsightsView(Store &store, QWidget *parent = nullptr);

    /// The range of months shown (both included); also moves the month pickers.
    void setPeriod(const QDate &firstMonth, const QDate &lastMonth);
    /// Computes the figures again from the store and redraws the charts.
    void reload();
    const Insights &insights() const { return m_insights; }
    /// The chart's numbers as CSV, as "Copy data as CSV" puts them on the clipboard.
    QString csv(Chart chart) const;
    /// Writes the chart as a PNG image to `path`; false (with the reason shown) when it cannot.
    bool savePng(Chart chart, const QString &path);
    void setFileNameChooser(FileNameChooser chooser) { m_chooseFileName = std::move(chooser); }

protected:
    bool event(QEvent *event) override;

private:
    QWidget *addChartPanel(Chart chart, const QString &name);
    QChartView *chartView(Chart chart) const;
    void periodEdited();
    void drawIncidents();
    void drawRecoveryTimes();
    void drawActionItems();
    void drawApprovals();
    QStringList monthLabels() const;
    /// The months of the period as a chart's horizontal axis, one label each.
    QBarCategoryAxis *monthAxis() const;

    Store &m_store;
    Insights m_insights;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_note;
    QList<QChartView *> m_views;
    FileNameChooser m_chooseFileName;
    /// Disconnected with the members, before the children are deleted (StoreSubscription).
    StoreSubscription m_storeSubscription;
};

} // namespace hindsight
