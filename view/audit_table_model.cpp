#include "view/audit_table_model.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace streamml::view {

namespace {
enum Col { Time, Kind, Version, Batch, Actor, Reason, Count };

QColor kindColour(const QString &kind)
{
    if (kind == u"promote")
        return {20, 110, 20};
    if (kind == u"refuse")
        return {170, 80, 0};
    if (kind == u"rollback")
        return {110, 50, 160};
    return {60, 60, 60};
}
} // namespace

void AuditTableModel::setEvents(const std::vector<model::store::EventLog::Event> &events)
{
    beginResetModel();
    m_events.assign(events.rbegin(), events.rend());
    endResetModel();
}

void AuditTableModel::setHighlightedVersion(int version)
{
    m_highlighted = version;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1), {Qt::FontRole});
}

int AuditTableModel::versionAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_events[size_t(row)].version : -1;
}

int AuditTableModel::newestRowOf(int version) const
{
    for (size_t i = 0; i < m_events.size(); ++i)
        if (m_events[i].version == version)
            return int(i);
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant AuditTableModel::display(const model::store::EventLog::Event &e, int column) const
{
    switch (column) {
    case Time: return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind: return e.kind;
    case Version: return e.version < 0 ? QStringLiteral("–") : QStringLiteral("v%1").arg(e.version);
    case Batch: return e.batchId < 0 ? QStringLiteral("–") : QString::number(e.batchId);
    case Actor: return e.actor;
    case Reason: return e.reason;
    default: return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const model::store::EventLog::Event &e = m_events[size_t(index.row())];
    if (role == Qt::DisplayRole)
        return display(e, index.column());
    // Reasons run long; the tooltip shows one whole.
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return e.reason;
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODateWithMs);
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return QBrush(kindColour(e.kind));
    if (role == Qt::FontRole && m_highlighted >= 0 && e.version == m_highlighted) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Version || index.column() == Batch))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *names[] = {"Time", "Event", "Version", "Batch", "By", "Reason"};
    static const char *tips[] = {"When it happened", "promote, refuse (the gate or a budget kept the champion), rollback",
                                 "The version it concerns", "The batch whose learning decided it (none for a person's action)",
                                 "pipeline, or the person or interface that acted", "Why, as recorded"};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

} // namespace streamml::view
