#include "model/quality/cleaning_actions.h"

namespace streamml::model::quality {

QString CleaningActions::describe() const
{
    QStringList parts;
    if (duplicateRowsDropped > 0)
        parts.append(QStringLiteral("%1 duplicate rows dropped").arg(duplicateRowsDropped));
    QStringList clipped = valuesClipped.keys();
    clipped.sort();
    for (const QString &column : clipped)
        parts.append(QStringLiteral("%1 values of %2 clipped to the valid range").arg(valuesClipped.value(column)).arg(column));
    for (const QString &column : columnsDropped)
        parts.append(QStringLiteral("column %1 dropped (almost all missing)").arg(column));
    return parts.join(QStringLiteral("; "));
}

} // namespace streamml::model::quality
