#pragma once

#include <QString>

namespace streamml::model::store {

/// One stored batch as the `batches` table holds it.
struct BatchRecord
{
    qint64 id = 0;
    QString source;
    QString segment;
    qint64 timeFrom = 0; ///< epoch ms of the first row
    qint64 timeTo = 0;   ///< epoch ms of the last row
    qint64 rows = 0;
    QString sha256;
    QString status = QStringLiteral("accepted"); ///< accepted, cleaned or quarantined
    QString reasons;
    qint64 ingestedAt = 0;
};

} // namespace streamml::model::store
