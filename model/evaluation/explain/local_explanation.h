#pragma once

#include <Eigen/Dense>
#include <QStringList>

namespace streamml::model::evaluation::explain {

/// Additive feature contributions to one row's prediction: prediction = base + the sum of each
/// output's contributions (exact for TreeSHAP and LinearSHAP, by construction for sampling).
struct LocalExplanation
{
    /// Design: one contribution per design column. Input: one per input feature (its columns together).
    enum class Space { Design, Input };

    QString method;                 ///< "tree_shap", "linear_shap" or "sampling_shapley"
    QString scale;                  ///< what is explained: "probability", "log_odds", "margin" or "value"
    Space space = Space::Design;
    QStringList features;           ///< one per contribution row
    QStringList outputs;            ///< one per column: class labels, or "value"
    Eigen::RowVectorXd base;        ///< expected output, per output
    Eigen::MatrixXd contributions;  ///< features × outputs
    Eigen::RowVectorXd prediction;  ///< the model's output for the row, per output
    Eigen::MatrixXd standardErrors; ///< features × outputs for sampled values; empty for exact ones

    /// The output one chart shows: the only one, class 1 of two, else the largest prediction.
    int primaryOutput() const;

    /// The first `count` class labels; a missing label reads "class <index>".
    static QStringList classNames(int count, const QStringList &labels);
};

} // namespace streamml::model::evaluation::explain
