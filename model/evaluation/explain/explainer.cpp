#include "model/evaluation/explain/explainer.h"

#include "model/core/error.h"

namespace streamml::model::evaluation::explain {

Explainer::Explainer(QStringList features, QStringList outputs)
    : m_features(std::move(features))
    , m_outputs(std::move(outputs))
{
}

LocalExplanation Explainer::blank(const QString &scale, LocalExplanation::Space space) const
{
    LocalExplanation e;
    e.method = method();
    e.scale = scale;
    e.space = space;
    e.features = m_features;
    e.outputs = m_outputs;
    e.base = Eigen::RowVectorXd::Zero(m_outputs.size());
    e.contributions = Eigen::MatrixXd::Zero(m_features.size(), m_outputs.size());
    e.prediction = Eigen::RowVectorXd::Zero(m_outputs.size());
    return e;
}

void Explainer::checkWidth(const Eigen::RowVectorXd &row, Eigen::Index width) const
{
    if (row.size() != width)
        throw core::Error::input(QStringLiteral("%1: the row has %2 values but the model takes %3 design columns")
                                     .arg(method())
                                     .arg(row.size())
                                     .arg(width));
}

} // namespace streamml::model::evaluation::explain
