#pragma once

#include <Eigen/Dense>
#include <QStringList>
#include <vector>

namespace streamml::model::prep {
class Preprocessor;
}

namespace streamml::model::evaluation::explain {

/// Where each design column comes from (its input feature, encoding and scaling), so explanations
/// speak in input units and sum back to input features.
class DesignMap
{
public:
    /// How a design column encodes its input.
    enum class Encoding { Numeric, Indicator, OneHot, Ordinal, Frequency };

    /// One design column.
    struct Column
    {
        QString name;  ///< as TrainedModel::designNames() spells it
        QString input; ///< "Phase" for "Phase=Climb" and "Phase.frequency", "Speed" for "Speed_missing" and "log1p(Speed)"
        Encoding encoding = Encoding::Numeric;
        double center = 0; ///< design value = (input value - center) / scale
        double scale = 1;
        QString scaler = QStringLiteral("none");
        bool logged = false;  ///< the input entered as log1p(input)
        bool derived = false; ///< engineered from the input ("Phase.frequency", "Flight Date.month"), not its value
        QString level;       ///< one-hot: the level this column marks
        QStringList levels;  ///< ordinal: the level of each code
    };

    DesignMap() = default;
    /// Numeric, unscaled columns, each its own input.
    static DesignMap plain(const QStringList &names);
    /// The columns of a fitted preprocessor, in its output order. `rawInputs` (the model's feature
    /// columns and time column) lets engineered columns "X.frequency" and "T.month" fold into X and T
    /// and orders inputs() as listed; "log1p(X)" always folds into X.
    static DesignMap of(const prep::Preprocessor &preprocessor, const QStringList &rawInputs = {});

    qsizetype size() const { return qsizetype(m_columns.size()); }
    const Column &column(qsizetype index) const { return m_columns[size_t(index)]; }
    QStringList names() const;
    /// Input features in the order their first column appears.
    const QStringList &inputs() const { return m_inputs; }
    /// The design columns of each input, in inputs() order.
    const std::vector<std::vector<int>> &groups() const { return m_groups; }

    /// Sums the rows of a matrix with one row per design column into one row per input.
    Eigen::MatrixXd sumByInput(const Eigen::MatrixXd &perColumn) const;
    /// A design value in input units: unscaled, and undone from log1p.
    double inputValue(int column, double designValue) const;
    /// One design cell as a reader reads it: "120", "Climb", "missing".
    QString valueText(const Eigen::RowVectorXd &row, int column) const;
    /// An input's value read from its design columns: the number, the level, or "missing".
    QString inputText(const Eigen::RowVectorXd &row, int input) const;
    /// The test "design value <= threshold" in input terms: "Speed <= 145.5", "Phase ≠ Climb",
    /// "Phase in {Approach, Climb}", "Speed is present".
    QString conditionText(int column, double threshold) const;

    /// Six significant digits, as every explanation text shows numbers.
    static QString number(double value);

private:
    void add(Column column);
    /// Groups the columns by input, the inputs in `preferred` order first.
    void group(const QStringList &preferred);
    QString ordinalText(const Column &column, double code) const;
    QString derivedText(const Eigen::RowVectorXd &row, const std::vector<int> &group) const;

    std::vector<Column> m_columns;
    std::vector<int> m_inputOf;
    QStringList m_inputs;
    std::vector<std::vector<int>> m_groups;
};

} // namespace streamml::model::evaluation::explain
