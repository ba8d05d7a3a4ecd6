#include "model/registry/model_spec.h"

#include <QJsonDocument>

namespace streamml::model::registry {

prep::TargetEncoder TrainingSchema::targetEncoder() const
{
    if (task == learners::Task::Regression)
        return prep::TargetEncoder::regression();
    if (!negativeLabels.isEmpty())
        return prep::TargetEncoder::binary(negativeLabels, positiveName);
    return prep::TargetEncoder::classification();
}

QString ModelSpec::describe() const
{
    return QStringLiteral("%1 %2 [%3]").arg(family, QString::fromUtf8(QJsonDocument(hyperparameters).toJson(QJsonDocument::Compact)),
                                            variant.name);
}

} // namespace streamml::model::registry
