#include "model/quality/column_quality.h"

namespace streamml::model::quality {

QList<QPair<QString, double>> ColumnQuality::metrics() const
{
    return {{QStringLiteral("missing_share"), missingShare},
            {QStringLiteral("out_of_range_share"), outOfRangeShare},
            {QStringLiteral("type_violation_share"), typeViolationShare},
            {QStringLiteral("unseen_category_share"), unseenCategoryShare},
            {QStringLiteral("dominant_share"), dominantShare},
            {QStringLiteral("outlier_iqr_share"), outlierIqrShare},
            {QStringLiteral("outlier_z_share"), outlierZShare}};
}

} // namespace streamml::model::quality
