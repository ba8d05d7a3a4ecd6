#pragma once

#include "model/settings/settings.h"
#include "model/settings/source_settings.h"

#include <QJsonObject>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

/// Builds the machine-readable monitoring summary (summary.json) from the store: every batch's
/// quality, drift, prequential metrics, champion and its hyper-parameters, training and serving
/// costs; every model version; every audit event; and the meta-learning figures.
class SummaryBuilder
{
public:
    SummaryBuilder(const settings::Settings &settings, store::Database &database);

    QJsonObject build() const;

private:
    QJsonArray batches() const;
    QJsonArray versions() const;
    QJsonArray events() const;
    QJsonObject metaLearning() const;
    QString task(const settings::SourceSettings &source) const;

    settings::Settings m_settings;
    store::Database &m_db;
};

} // namespace streamml::model::pipeline
