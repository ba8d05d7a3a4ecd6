#pragma once

#include <QString>
#include <QStringList>

namespace streamml::model::prep {

/// A named recipe of preparation steps, parsed from settings text such as
/// "name=tree, scaler=robust"; "linear" and "tree" are the two standard variants.
struct PrepVariant
{
    QString name = QStringLiteral("linear");
    QString numericImputer = QStringLiteral("median");       ///< key imputer; "none" keeps NaN
    QString categoricalImputer = QStringLiteral("constant"); ///< key categorical_imputer; "none" keeps NaN
    bool indicators = true;                                  ///< one 0/1 column per numeric column missing in training
    QString encoder = QStringLiteral("onehot");
    int maxLevels = 20;       ///< one-hot: most frequent levels kept per column
    double minFrequency = 0.01; ///< one-hot: levels with a smaller share of the training rows are pooled as rare
    QString scaler = QStringLiteral("standard");
    bool keepNan = false;     ///< lets missing values reach the learner as NaN (needed by the "none" imputers)
    double fillValue = 0;     ///< number used by imputer=constant
    QString fillLabel = QStringLiteral("missing"); ///< label used by categorical_imputer=constant

    /// Median imputation with missing indicators, one-hot encoding, standard scaling: for linear models.
    static PrepVariant linear();
    /// Missing values kept as NaN, ordinal encoding, no scaling: for trees that split on missing values.
    static PrepVariant tree();
    /// The standard variant called `name`; throws Error::settings naming the known ones.
    static PrepVariant named(const QString &name);

    /// Parses comma-separated key=value pairs. The standard variant named by "name" (linear when the
    /// name is absent or another) gives the defaults the other keys override. Throws Error::settings
    /// naming the bad key or value and what is accepted.
    static PrepVariant parse(const QString &text);
    /// The key=value text that parse() reads back to an equal variant.
    QString toText() const;
    /// Throws Error::settings naming the first bad value and what is accepted.
    void validate() const;

    static QStringList keys();
    static QStringList standardNames();

    bool operator==(const PrepVariant &) const = default;
};

} // namespace streamml::model::prep
