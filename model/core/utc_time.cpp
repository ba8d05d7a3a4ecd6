#include "model/core/utc_time.h"

#include <QDateTime>
#include <QTimeZone>

namespace streamml::model::core {

QString UtcTime::iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace streamml::model::core
