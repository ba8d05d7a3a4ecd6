#pragma once

#include "model/evaluation/metric_definition.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace streamml::model::evaluation {

/// Every metric by its scikit-learn name, and the standard set reported for each task.
class MetricRegistry
{
public:
    static const std::vector<MetricDefinition> &all();
    static bool contains(const QString &name);
    /// Throws Error::settings naming the unknown metric and the known ones.
    static const MetricDefinition &find(const QString &name);

    /// Binary: accuracy, balanced_accuracy, precision, recall, f1, roc_auc, log_loss, brier.
    /// Multi-class: the same with the macro averages (precision_macro, recall_macro, f1_macro).
    /// Regression: mae, rmse, r2, mape.
    static QStringList standardNames(learners::Task task, int classCount);

    /// Computes the named metrics into name -> value. Bad inputs (lengths, labels, a missing
    /// probability matrix) throw; a metric undefined on these particular rows (roc_auc with one class
    /// present, r2 of one row) is written as null and logged, so one batch never loses the others.
    static QJsonObject compute(const QStringList &names, const Eigen::VectorXd &truth,
                               const Eigen::VectorXd &predicted, const Eigen::MatrixXd &probabilities = {});
    /// compute() of standardNames(); for classification the class count is the probability columns.
    static QJsonObject computeStandard(learners::Task task, const Eigen::VectorXd &truth,
                                       const Eigen::VectorXd &predicted, const Eigen::MatrixXd &probabilities = {});

private:
    static void checkInputs(const QList<const MetricDefinition *> &metrics, const Eigen::VectorXd &truth,
                            const Eigen::VectorXd &predicted, const Eigen::MatrixXd &probabilities);
};

} // namespace streamml::model::evaluation
