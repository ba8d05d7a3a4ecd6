#include "model/registry/model_spec.h"

#include <QJsonDocument>

namespace streamml::model::registry {

QString ModelSpec::describe() const
{
    return QStringLiteral("%1 %2 [%3]").arg(family, QString::fromUtf8(QJsonDocument(hyperparameters).toJson(QJsonDocument::Compact)),
                                            variant.name);
}

} // namespace streamml::model::registry
