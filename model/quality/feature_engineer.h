#pragma once

#include "model/data/table.h"
#include "model/settings/feature_settings.h"

#include <QDataStream>
#include <QHash>

namespace streamml::model::quality {

/// Adds engineered features from [features]: parts of the time column, ratios and differences of
/// named columns, frequency columns for high-cardinality categoricals, and log1p of skewed positive
/// columns. What fitting decides (frequencies, which columns get the log) is kept and saved with the
/// model, so the same input row gives the same engineered row at inference time.
class FeatureEngineer
{
public:
    FeatureEngineer() = default;
    FeatureEngineer(settings::FeatureSettings settings, QString timeColumn);

    /// Learns frequencies and log decisions from the training rows of the given feature columns.
    void fit(const data::Table &training, const QStringList &features);
    /// The table with the engineered columns added (and logged columns replaced); throws
    /// Error::input naming a feature column the table lacks.
    data::Table transform(const data::Table &table) const;
    /// Feature names after engineering, in the order transform() produces them.
    const QStringList &outputFeatures() const { return m_outputs; }
    bool isFitted() const { return m_fitted; }

    void save(QDataStream &out) const;
    void load(QDataStream &in);

    static double skewness(const std::vector<double> &values);

private:
    void addTimeParts(const data::Table &source, data::Table &target) const;
    void addArithmetic(const data::Table &source, data::Table &target) const;
    void addFrequencies(const data::Table &source, data::Table &target) const;
    void applyLogs(data::Table &target) const;
    QStringList plannedOutputs() const;

    settings::FeatureSettings m_settings;
    QString m_timeColumn;
    QStringList m_inputs;
    QHash<QString, QHash<QString, double>> m_frequencies; ///< column -> category -> training share
    QStringList m_logged;
    QStringList m_outputs;
    bool m_fitted = false;
};

} // namespace streamml::model::quality
