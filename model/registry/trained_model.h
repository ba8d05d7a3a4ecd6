#pragma once

#include "model/data/table.h"
#include "model/learners/learner.h"
#include "model/prep/preprocessor.h"
#include "model/prep/target_encoder.h"
#include "model/quality/feature_engineer.h"
#include "model/registry/input_profile.h"
#include "model/registry/model_spec.h"
#include "model/registry/predictions.h"

#include <memory>

namespace streamml::model::registry {

/// Everything one model version needs from a raw row to a prediction: feature engineering, the
/// fitted preprocessing, the target encoding and the learner, saved and loaded as one.
class TrainedModel
{
public:
    TrainedModel() = default;
    TrainedModel(const TrainedModel &other);
    TrainedModel &operator=(const TrainedModel &other);
    TrainedModel(TrainedModel &&) = default;
    TrainedModel &operator=(TrainedModel &&) = default;

    /// Trains every part from scratch on the rows that have a target; throws Error::input when
    /// there are none or the target does not suit the task.
    static TrainedModel train(const ModelSpec &spec, const TrainingSchema &schema, const data::Table &rows);
    /// A numeric column, never a feature, that tells which batch each training row came from; a
    /// model that keeps its rows (kNN) keeps these too, so a neighbour can name its batch.
    static QString batchColumn() { return QStringLiteral("streamml:batch"); }

    /// Updates the learner with new rows without retraining from scratch (preparation stays as
    /// fitted). Rows without a target, or with a class the model does not know, are skipped; the
    /// number of rows used is returned.
    qsizetype update(const data::Table &rows);
    Predictions predict(const data::Table &rows) const;
    /// The engineered and prepared design matrix the learner sees.
    Eigen::MatrixXd design(const data::Table &rows) const;
    /// Target values (class index or number, NaN when missing) of the rows, as the learner sees them.
    Eigen::VectorXd targets(const data::Table &rows) const;

    const ModelSpec &spec() const { return m_spec; }
    const TrainingSchema &schema() const { return m_schema; }
    const learners::Learner &learner() const { return *m_learner; }
    const prep::Preprocessor &preprocessor() const { return m_preprocessor; }
    const prep::TargetEncoder &targetEncoder() const { return m_target; }
    const quality::FeatureEngineer &featureEngineer() const { return m_engineer; }
    QStringList designNames() const { return m_preprocessor.outputNames(); }
    /// Raw columns the model reads, with the kind each had in training.
    const QHash<QString, data::Column::Kind> &inputKinds() const { return m_inputKinds; }
    /// Ranges and categories of the inputs seen in training and updates.
    const InputProfile &inputProfile() const { return m_profile; }
    bool isTrained() const { return m_learner != nullptr; }

    void save(QDataStream &out) const;
    /// Throws Error::model when the data is damaged, truncated or of an unknown format.
    void load(QDataStream &in);

    /// Rows with a target the model knows (a class it was trained with, or any number).
    std::vector<qsizetype> labelledRows(const data::Table &rows) const;

private:

    ModelSpec m_spec;
    TrainingSchema m_schema;
    quality::FeatureEngineer m_engineer;
    prep::Preprocessor m_preprocessor;
    prep::TargetEncoder m_target;
    std::unique_ptr<learners::Learner> m_learner;
    QHash<QString, data::Column::Kind> m_inputKinds;
    InputProfile m_profile;
};

} // namespace streamml::model::registry
