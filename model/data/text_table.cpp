#include "model/data/text_table.h"

namespace streamml::model::data {

QString TextTable::where(qsizetype row, qsizetype column) const
{
    QString text = sourceName;
    if (row >= 0 && row < rowCount())
        text += QStringLiteral(", %1 %2").arg(lineWord).arg(rowLines[size_t(row)]);
    if (column >= 0 && column < header.size())
        text += QStringLiteral(", column %1 \"%2\"").arg(column + 1).arg(header.at(column));
    return text;
}

} // namespace streamml::model::data
