#pragma once

#include "model/data/column_roles.h"
#include "model/learners/task.h"
#include "model/registry/model_spec.h"
#include "model/store/learning_store.h"

#include <Eigen/Dense>
#include <QJsonObject>
#include <vector>

namespace streamml::model::pipeline {

/// Meta-learning over the stream: describes each batch by meta-features, recommends the family and
/// hyper-parameters that won on the most similar earlier batches (nearest neighbours on
/// standardised meta-features), measures how often that recommendation hits the search's winner,
/// and estimates how much each hyper-parameter moves the metric.
class MetaLearner
{
public:
    explicit MetaLearner(int neighbours);

    /// rows, features, missing share, class balance (minority share) or target spread, mean absolute
    /// skewness of numeric features, drift share and quality score.
    static QJsonObject features(const data::Table &batch, const data::ColumnRoles &roles, learners::Task task,
                                const Eigen::VectorXd &targets, double driftShare, double qualityScore);
    /// Winners of the nearest earlier batches that ran a search, nearest first, without repeats.
    std::vector<registry::ModelSpec> recommend(const QJsonObject &features, const std::vector<store::LearningStore::MetaRow> &history) const;
    /// 1 when the first recommendation has the winner's family and hyper-parameters, else 0.
    static int hit(const QJsonObject &recommendation, const QJsonObject &winner);
    /// Per family and hyper-parameter: Spearman correlation of the value with the score (numbers),
    /// or the spread of mean scores across values (categories), over every stored search.
    static QJsonObject influence(const std::vector<store::LearningStore::SearchRow> &rows);

    static QJsonObject specJson(const registry::ModelSpec &spec);
    static registry::ModelSpec specFrom(const QJsonObject &json);

private:
    int m_neighbours;
};

} // namespace streamml::model::pipeline
