#pragma once

#include "model/registry/trained_model.h"
#include "model/settings/serving_settings.h"

#include <memory>

namespace streamml::model::serving {

/// Answers rows with the champion, routing rows it should not answer to the fallback: too many
/// missing features, too many unseen categories, or values far outside the training range. Every
/// row's answer says which model gave it and why.
class Predictor
{
public:
    struct Row
    {
        QString prediction;     ///< label or number; empty when no model could answer
        double probability = std::nan(""); ///< of the predicted class (classification)
        int version = -1;
        QString model;          ///< champion or fallback
        QString note;           ///< why the fallback answered, or why nothing did
    };

    Predictor(std::shared_ptr<const registry::TrainedModel> champion, int championVersion,
              std::shared_ptr<const registry::TrainedModel> fallback, int fallbackVersion, settings::ServingSettings settings);

    std::vector<Row> predict(const data::Table &rows) const;
    /// Why a row should go to the fallback, or empty when the champion may answer it.
    QString fallbackReason(const data::Table &rows, qsizetype row) const;

private:
    void answer(const registry::TrainedModel &model, int version, const QString &name, const data::Table &rows,
                const std::vector<qsizetype> &which, std::vector<Row> &out) const;

    std::shared_ptr<const registry::TrainedModel> m_champion;
    int m_championVersion;
    std::shared_ptr<const registry::TrainedModel> m_fallback;
    int m_fallbackVersion;
    settings::ServingSettings m_settings;
};

} // namespace streamml::model::serving
