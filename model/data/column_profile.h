#pragma once

#include "model/data/column.h"

#include <QList>
#include <QPair>
#include <QString>
#include <cmath>

namespace streamml::model::data {

/// Meta-parameters of one column in one batch: counts, moments, quartiles, distinct values, top categories.
struct ColumnProfile
{
    QString column;
    Column::Kind kind = Column::Kind::Numeric;
    qint64 rows = 0;
    qint64 missing = 0;
    double missingShare = 0;
    double mean = std::nan("");
    double std = std::nan(""); ///< sample standard deviation (n - 1)
    double min = std::nan("");
    double max = std::nan("");
    double q1 = std::nan("");
    double median = std::nan("");
    double q3 = std::nan("");
    qint64 distinct = 0;
    QList<QPair<QString, qint64>> topCategories; ///< most frequent first, ties by name
    qint64 typeViolations = 0;

    /// Top categories as JSON ([["value", count], ...]) for the store.
    QString topCategoriesJson() const;
    static QList<QPair<QString, qint64>> topCategoriesFromJson(const QString &json);
};

} // namespace streamml::model::data
