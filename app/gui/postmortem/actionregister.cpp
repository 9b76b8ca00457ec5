#include "actionregister.h"

#include "actionitemdelegate.h"
#include "gui/common/colors.h"
#include "gui/common/messagebox.h"
#include "gui/common/undocommands.h"
#include "itemmodel/actionitemmodel.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight {

namespace {

/// Open items past their due date stand out: the whole row in bold, the due date in the colour of a critical
/// incident (as in the postmortem's table). Closed items are greyed.
class RegisterProxyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        switch (role) {
        case Qt::ForegroundRole:
            if (index.data(ActionItemModel::OverdueRole).toBool() && index.column() == ActionItemModel::DueColumn)
                return QBrush(severityColor(Severity::Critical));
            if (index.data(ActionItemModel::ClosedRole).toBool())
                return QApplication::palette().brush(QPalette::PlaceholderText);
            break;
        case Qt::FontRole:
            if (index.data(ActionItemModel::OverdueRole).toBool()) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

/// Puts `values` into `combo` after its first ("any") choice, keeping the chosen value when it is still there.
void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &values)
{
    const QVariant chosen = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(combo->count() - 1);
    for (const auto &[text, value] : values)
        combo->addItem(text, value);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

QString actionItemCountsText(const ActionItemCounts &counts)
{
    return ActionRegister::tr("Action items: %1 open, %2 overdue").arg(counts.open).arg(counts.overdue);
}

ActionRegister::ActionRegister(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_model(new ActionItemModel(store, this))
    , m_proxy(new RegisterProxyModel(this))
    , m_owner(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_incident(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_table(new QTableView(this))
    , m_shown(new QLabel(this))
{
    setObjectName(QStringLiteral("actionRegister"));
    setFocusProxy(m_table);

    setUpFilters();

    m_model->setShowsIncident(true);
    m_model->setEditor([this](const ActionItem &before, const ActionItem &after) {
        const QScopedValueRollback editing(m_editing, true);
        try {
            undo::change(m_undoStack, changes::editActionItem(m_store, before, after));
        } catch (const StoreError &error) {
            messagebox::warning(this, tr("Hindsight"), error.message());
        }
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionItemModel::SortRole);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { m_shown->setText(tr("%n item(s) shown", nullptr, m_proxy->rowCount())); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this] { m_shown->setText(tr("%n item(s) shown", nullptr, m_proxy->rowCount())); });

    setUpTable();

    addTableActions();

    auto *openButton = new QPushButton(tr("Open incident"), this);
    openButton->setObjectName(QStringLiteral("openIncident"));
    connect(openButton, &QPushButton::clicked, this, &ActionRegister::openCurrentIncident);

    m_shown->setObjectName(QStringLiteral("shownCount"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_priority);
    filters->addWidget(m_type);
    filters->addWidget(m_incident);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_shown);
    filters->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    // Nothing is read until the register is shown or asked to reload (the main window does once it has painted).
}

void ActionRegister::setUpFilters()
{
    m_owner->setObjectName(QStringLiteral("registerOwnerFilter"));
    m_owner->addItem(tr("Any owner"), QString());
    m_status->setObjectName(QStringLiteral("registerStatusFilter"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Any status"), QString());
    for (const ActionItemStatus status : allValues<ActionItemStatus>())
        m_status->addItem(displayName(status), toKey(status));
    m_priority->setObjectName(QStringLiteral("registerPriorityFilter"));
    m_priority->addItem(tr("Any priority"), QString());
    for (const ActionItemPriority priority : allValues<ActionItemPriority>())
        m_priority->addItem(displayName(priority), toKey(priority));
    m_type->setObjectName(QStringLiteral("registerTypeFilter"));
    m_type->addItem(tr("Any type"), QString());
    for (const ActionItemType type : allValues<ActionItemType>())
        m_type->addItem(displayName(type), toKey(type));
    m_incident->setObjectName(QStringLiteral("registerIncidentFilter"));
    m_incident->addItem(tr("Any incident"), 0);
    m_incident->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_incident->setMinimumContentsLength(16);
    m_overdue->setObjectName(QStringLiteral("registerOverdueFilter"));
    const auto filter = [this] {
        if (!m_filling)
            m_model->setQuery(query());
    };
    for (QComboBox *combo : {m_owner, m_status, m_priority, m_type, m_incident})
        connect(combo, &QComboBox::currentIndexChanged, this, filter);
    connect(m_overdue, &QCheckBox::toggled, this, filter);
}

void ActionRegister::setUpTable()
{
    m_table->setObjectName(QStringLiteral("actionRegisterTable"));
    m_table->setModel(m_proxy);
    m_problem = new QLabel(this);
    m_table->setItemDelegate(new ActionItemDelegate(
        m_problem, [this] { return ActionItemStore(m_store).owners(); }, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A double click opens the incident; F2 or a click on the selected row edits the cell.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionItemModel::DueColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(ActionItemModel::ShortIdColumn, 0);
    header->moveSection(ActionItemModel::IncidentColumn, 1);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionItemModel::IncidentColumn, QHeaderView::Interactive);
    header->resizeSection(ActionItemModel::IncidentColumn, 220);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCurrentIncident(); });
}

// Enter and the context menu open the row's incident; the menu also sets the status.
void ActionRegister::addTableActions()
{
    auto *openAction = new QAction(tr("&Open incident"), this);
    openAction->setObjectName(QStringLiteral("openIncidentAction"));
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(openAction, &QAction::triggered, this, &ActionRegister::openCurrentIncident);
    m_table->addAction(openAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, openAction](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(openAction);
        QMenu *statusMenu = menu.addMenu(tr("Set &status"));
        for (const ActionItemStatus status : allValues<ActionItemStatus>()) {
            statusMenu->addAction(displayName(status), this, [this, index, status] {
                m_proxy->setData(index.siblingAtColumn(ActionItemModel::StatusColumn), toKey(status));
            });
        }
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
}

void ActionRegister::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QDate ActionRegister::today() const
{
    return m_today.value_or(QDate::currentDate());
}

ActionItemQuery ActionRegister::query() const
{
    ActionItemQuery query;
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open"))
        query.openOnly = true;
    else if (!status.isEmpty())
        query.status = fromKey<ActionItemStatus>(status);
    query.owner = m_owner->currentData().toString();
    query.priority = fromKey<ActionItemPriority>(m_priority->currentData().toString());
    query.type = fromKey<ActionItemType>(m_type->currentData().toString());
    if (const QUuid incident = m_incident->currentData().toUuid(); !incident.isNull())
        query.incidentId = incident;
    if (m_overdue->isChecked())
        query.overdueOn = today();
    return query;
}

void ActionRegister::reload()
{
    if (m_editing) {
        // Once the table has finished committing the edit (a reset now would pull its rows from under it): an item
        // that no longer matches the filters goes then.
        QTimer::singleShot(0, this, &ActionRegister::reload);
        return;
    }
    if (!isVisible()) {
        m_stale = true;
        updateCounts();
        return;
    }
    m_stale = false;
    const QModelIndex current = m_table->currentIndex();
    const QUuid currentId = current.isValid() ? current.data(ActionItemModel::IdRole).toUuid() : QUuid();
    fillFilterChoices();
    m_model->setToday(today());
    m_model->setQuery(query());
    if (!currentId.isNull() && !m_table->currentIndex().isValid()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(currentId));
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }
    updateCounts();
}

void ActionRegister::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActionRegister::fillFilterChoices()
{
    m_filling = true;
    QList<std::pair<QString, QVariant>> owners;
    for (const QString &owner : ActionItemStore(m_store).owners())
        owners.append({owner, owner});
    refill(m_owner, owners);

    const QHash<QUuid, ActionItemIncident> incidents = ActionItemStore(m_store).incidents();
    QList<QUuid> ids = incidents.keys();
    // Newest incident first.
    std::sort(ids.begin(), ids.end(),
              [&](const QUuid &a, const QUuid &b) { return incidents.value(a).number > incidents.value(b).number; });
    QList<std::pair<QString, QVariant>> choices;
    for (const QUuid &id : ids) {
        const ActionItemIncident &incident = incidents[id];
        choices.append({tr("#%1 %2").arg(incident.number).arg(incident.title), id});
    }
    refill(m_incident, choices);
    m_filling = false;
}

void ActionRegister::updateCounts()
{
    const ActionItemCounts counts = ActionItemStore(m_store).counts(today());
    m_shown->setText(tr("%n item(s) shown", nullptr, m_proxy->rowCount()));
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged(counts);
}

void ActionRegister::openCurrentIncident()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const int number = index.data(ActionItemModel::IncidentNumberRole).toInt();
    if (number > 0)
        emit openIncidentRequested(number);
}

} // namespace hindsight
