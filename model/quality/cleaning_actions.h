#pragma once

#include <QHash>
#include <QStringList>

namespace streamml::model::quality {

/// What cleaning did to a batch, counted.
struct CleaningActions
{
    qint64 rowsIn = 0;
    qint64 rowsOut = 0;
    qint64 duplicateRowsDropped = 0;
    QHash<QString, qint64> valuesClipped; ///< per column
    QStringList columnsDropped;           ///< feature columns blanked for this batch

    bool changedAnything() const { return duplicateRowsDropped > 0 || !valuesClipped.isEmpty() || !columnsDropped.isEmpty(); }
    QString describe() const;
};

} // namespace streamml::model::quality
