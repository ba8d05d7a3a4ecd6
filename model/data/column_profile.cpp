#include "model/data/column_profile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace streamml::model::data {

QString ColumnProfile::topCategoriesJson() const
{
    QJsonArray array;
    for (const auto &[value, count] : topCategories)
        array.append(QJsonArray{value, double(count)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, qint64>> ColumnProfile::topCategoriesFromJson(const QString &json)
{
    QList<QPair<QString, qint64>> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        result.append({pair.at(0).toString(), qint64(pair.at(1).toDouble())});
    }
    return result;
}

} // namespace streamml::model::data
