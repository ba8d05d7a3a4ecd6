#include "model/registry/model_version.h"

namespace streamml::model::registry {

QString ModelVersion::trainedRange() const
{
    if (trainedOn.empty())
        return {};
    if (trainedOn.size() == 1)
        return QString::number(trainedOn.front());
    return QStringLiteral("%1-%2").arg(trainedOn.front()).arg(trainedOn.back());
}

} // namespace streamml::model::registry
