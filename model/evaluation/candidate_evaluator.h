#pragma once

#include "model/evaluation/splitter.h"
#include "model/registry/model_spec.h"
#include "model/data/table.h"

#include <memory>

namespace streamml::model::evaluation {

/// The validation score of one candidate: mean and spread of the metric over the folds.
struct CandidateScore
{
    double mean = std::nan("");
    double std = std::nan("");
    double seconds = 0;
    QString error; ///< why the candidate could not be scored, when it could not
};

/// Scores model candidates on identical folds of the same rows (time ordered, every row labelled):
/// each fold trains the whole model (engineering, preparation, learner) on its training rows only.
/// Const and thread-safe, so candidates are scored in parallel.
class CandidateEvaluator
{
public:
    CandidateEvaluator(registry::TrainingSchema schema, data::Table rows, const Splitter &splitter, QString metric);

    CandidateScore evaluate(const registry::ModelSpec &spec) const;
    const QString &metric() const { return m_metric; }
    qsizetype rows() const { return m_rows.rowCount(); }
    int foldCount() const { return int(m_folds.size()); }

private:
    double scoreFold(const registry::ModelSpec &spec, const Fold &fold) const;

    registry::TrainingSchema m_schema;
    data::Table m_rows;
    std::vector<Fold> m_folds;
    QString m_metric;
};

} // namespace streamml::model::evaluation
