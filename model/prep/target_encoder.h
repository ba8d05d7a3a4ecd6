#pragma once

#include "model/data/column.h"
#include "model/learners/task.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <QStringList>
#include <vector>

namespace streamml::model::prep {

/// Turns a target column into what learners take — class indices 0..k-1, or values for regression —
/// and predictions back into labels. A binary mapping sends a list of negative labels to class 0 and
/// every other label to class 1. Missing targets encode as NaN; callers keep rowsWithTarget() only.
class TargetEncoder
{
public:
    TargetEncoder() = default;

    /// Classes are the distinct labels in sorted order (by value for a numeric column).
    static TargetEncoder classification();
    /// Class 0 holds the negative labels (named after them), class 1 every other label.
    static TargetEncoder binary(const QStringList &negativeLabels, const QString &positiveName);
    static TargetEncoder regression();

    learners::Task task() const { return m_task; }
    bool isBinaryMapping() const { return m_binary; }

    /// Learns the classes (classification) and checks the column suits the task; throws Error::input.
    void fit(const data::Column &target);
    /// One value per row: class index or number, NaN where the target is missing. Throws Error::input
    /// naming a label the classes were not learnt with.
    Eigen::VectorXd encode(const data::Column &target) const;
    /// encode() restricted to the given rows.
    Eigen::VectorXd encode(const data::Column &target, const std::vector<qsizetype> &rows) const;

    /// Rows whose target is present, in order: the only rows to train or score on.
    static std::vector<qsizetype> rowsWithTarget(const data::Column &target);
    static qsizetype missingCount(const data::Column &target) { return target.missingCount(); }

    /// Number of classes (0 for regression).
    int classCount() const { return int(m_labels.size()); }
    const QStringList &classLabels() const { return m_labels; }
    /// The label of a class index; throws Error::model when out of range.
    QString label(int classIndex) const;
    /// Predictions as text: class labels, or numbers for regression.
    QStringList decode(const Eigen::VectorXd &predictions) const;

    void save(QDataStream &out) const;
    /// Restores a saved encoder; throws Error::model on truncated, altered or newer data.
    void load(QDataStream &in);

private:
    double code(const QString &label, const QString &column) const;
    std::vector<double> codesOfDictionary(const data::Column &target) const;
    double encodeRow(const data::Column &target, qsizetype row, const std::vector<double> &dictionaryCodes) const;
    void checkKind(const data::Column &target) const;
    static QString numberLabel(double value);

    learners::Task m_task = learners::Task::Classification;
    bool m_binary = false;
    QStringList m_negativeLabels;
    QStringList m_labels;
    bool m_fitted = false;
};

} // namespace streamml::model::prep
