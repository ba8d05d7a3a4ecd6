#pragma once

#include "model/store/event_log.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// The registry's audit trail, newest first: when, what (promote, refuse, rollback, ...), which
/// version and batch, who, and why; the events of one chosen version in bold.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const std::vector<model::store::EventLog::Event> &events);
    /// Shows the events naming `version` in bold; -1 for none.
    void setHighlightedVersion(int version);
    /// The version an event names; -1 for none or out of range.
    int versionAt(int row) const;
    /// The row of the newest event naming `version`; -1 when none does.
    int newestRowOf(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const model::store::EventLog::Event &e, int column) const;

    std::vector<model::store::EventLog::Event> m_events; ///< newest first
    int m_highlighted = -1;
};

} // namespace streamml::view
