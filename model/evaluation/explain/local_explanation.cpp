#include "model/evaluation/explain/local_explanation.h"

namespace streamml::model::evaluation::explain {

int LocalExplanation::primaryOutput() const
{
    if (prediction.size() <= 1)
        return 0;
    if (prediction.size() == 2)
        return 1;
    Eigen::Index largest = 0;
    prediction.maxCoeff(&largest);
    return int(largest);
}

QStringList LocalExplanation::classNames(int count, const QStringList &labels)
{
    QStringList names;
    for (int c = 0; c < count; ++c)
        names.append(c < labels.size() ? labels.at(c) : QStringLiteral("class %1").arg(c));
    return names;
}

} // namespace streamml::model::evaluation::explain
