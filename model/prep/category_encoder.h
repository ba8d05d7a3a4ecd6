#pragma once

#include "model/prep/registry.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <QHash>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace streamml::model::prep {

/// Turns the labels of one categorical column into numbers. Every training level has a fixed row of
/// outputs, and so do labels unseen in training and kept missing values: transforming never fails.
class CategoryEncoder
{
public:
    virtual ~CategoryEncoder() = default;

    /// Registered name, as a variant spells it ("onehot", "ordinal", "frequency").
    virtual QString name() const = 0;

    /// Learns from the distinct training levels in sorted order, the rows holding each, and the
    /// number of training rows.
    void fit(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows);
    qsizetype width() const { return m_suffixes.size(); }
    /// The column name followed by each output's suffix ("Phase=Climb"; the name alone for one output).
    QStringList outputNames(const QString &column) const;
    const QStringList &levels() const { return m_levels; }

    /// Encodes dictionary codes (-1 = missing) into `out` (rows × width()). Missing values are encoded
    /// as `fillLabel`, or as NaN outputs without one.
    void transform(const std::vector<std::int32_t> &codes, const QStringList &dictionary,
                   const std::optional<QString> &fillLabel, Eigen::Ref<Eigen::MatrixXd> out) const;

    void save(QDataStream &out) const;
    void load(QDataStream &in);

    /// onehot, ordinal, frequency.
    static const Registry<CategoryEncoder> &registry();

protected:
    /// The outputs of each training level (one row each, in the order given to fit), of unseen labels,
    /// and the suffixes naming the outputs.
    struct Encoding
    {
        Eigen::MatrixXd levels;
        Eigen::RowVectorXd unseen;
        QStringList suffixes;
    };

    virtual Encoding encode(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows) const = 0;

private:
    /// Rows of m_table: kept missing values, then unseen labels, then the training levels.
    enum : int { MissingRow = 0, UnseenRow = 1, FirstLevelRow = 2 };

    int rowOf(const QString &label) const;
    void index();

    QStringList m_levels;
    QHash<QString, int> m_rowOf;
    Eigen::MatrixXd m_table;
    QStringList m_suffixes;
};

} // namespace streamml::model::prep
