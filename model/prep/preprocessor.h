#pragma once

#include "model/data/table.h"
#include "model/prep/category_encoder.h"
#include "model/prep/category_imputer.h"
#include "model/prep/numeric_imputer.h"
#include "model/prep/prep_variant.h"
#include "model/prep/scaler.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <QJsonObject>
#include <memory>
#include <vector>

namespace streamml::model::prep {

/// The fitted preparation of tables for learners: imputer and scaler per numeric feature, imputer and
/// encoder per categorical feature, and missing-value indicators. Fitted once on training rows, it
/// transforms any table holding the feature columns the same way, also after save and load.
/// Outputs: numeric features, then the encoded categorical features, then the indicators.
class Preprocessor
{
public:
    explicit Preprocessor(PrepVariant variant = PrepVariant::linear());

    /// Learns every step from the training rows. `features` names numeric and categorical columns
    /// (time columns are not features); throws Error::input naming a bad or absent column.
    void fit(const data::Table &table, const QStringList &features);
    /// The design matrix, rows × outputCount(). Columns other than the features are ignored; an
    /// absent feature column throws Error::input naming it.
    Eigen::MatrixXd transform(const data::Table &table) const;
    Eigen::MatrixXd fitTransform(const data::Table &table, const QStringList &features);

    bool isFitted() const { return m_fitted; }
    const PrepVariant &variant() const { return m_variant; }
    const QStringList &features() const { return m_features; }
    /// "Speed", "Phase=Climb", "Phase=other", "Speed_missing", ... in output order.
    QStringList outputNames() const;
    qsizetype outputCount() const;
    /// The learnt state per feature (fill values, centers and scales, levels) for reports.
    QJsonObject describe() const;

    void save(QDataStream &out) const;
    /// Restores a saved preprocessor; throws Error::model on truncated, altered or newer data.
    void load(QDataStream &in);

private:
    struct NumericStep
    {
        QString column;
        std::shared_ptr<const NumericImputer> imputer; ///< null when missing values are kept
        std::shared_ptr<const Scaler> scaler;
        bool indicator = false;
    };

    struct CategoricalStep
    {
        QString column;
        std::shared_ptr<const CategoryImputer> imputer; ///< null when missing values are kept
        std::shared_ptr<const CategoryEncoder> encoder;
    };

    NumericStep fitNumeric(const data::Column &column) const;
    CategoricalStep fitCategorical(const data::Column &column) const;
    void transformNumeric(const NumericStep &step, const data::Column &column, Eigen::Ref<Eigen::VectorXd> out) const;
    void transformCategorical(const CategoricalStep &step, const data::Column &column,
                              Eigen::Ref<Eigen::MatrixXd> out) const;
    const data::Column &featureColumn(const data::Table &table, const QString &name) const;
    qsizetype indicatorCount() const;
    void checkFitted() const;

    void saveNumeric(QDataStream &out, const NumericStep &step) const;
    void saveCategorical(QDataStream &out, const CategoricalStep &step) const;
    NumericStep loadNumeric(QDataStream &in) const;
    CategoricalStep loadCategorical(QDataStream &in) const;

    PrepVariant m_variant;
    QStringList m_features;
    std::vector<NumericStep> m_numeric;
    std::vector<CategoricalStep> m_categorical;
    bool m_fitted = false;
};

} // namespace streamml::model::prep
