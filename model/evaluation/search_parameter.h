#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace streamml::model::evaluation {

class RandomState;

/// One dimension of a search space: a list of values, an integer range, or a uniform or
/// log-uniform continuous range.
class SearchParameter
{
public:
    enum class Kind { Values, IntRange, Uniform, LogUniform };

    /// The forms parse() accepts, for error messages.
    static QString acceptedForms();
    /// Parses one "name=spec" fragment; throws Error::settings naming the fragment and the accepted forms.
    static SearchParameter parse(const QString &fragment);

    const QString &name() const { return m_name; }
    Kind kind() const { return m_kind; }
    /// A list or an integer range; continuous ranges have no grid.
    bool hasGrid() const { return m_kind == Kind::Values || m_kind == Kind::IntRange; }
    /// Number of grid values (lists and integer ranges only).
    qint64 gridSize() const;
    /// The index-th grid value: the list value, or low + index for an integer range.
    QJsonValue gridValue(qint64 index) const;
    /// One draw as scikit-learn's ParameterSampler makes it with scipy.stats: a list value at
    /// randint(len), randint(low, high + 1), uniform(low, high - low) or loguniform(low, high).
    QJsonValue draw(RandomState &random) const;

private:
    SearchParameter(QString name, Kind kind, QJsonArray values, double low, double high);

    static SearchParameter parseRange(const QString &fragment, const QString &name, const QString &spec);
    static SearchParameter parseList(const QString &fragment, const QString &name, const QString &spec);
    static QJsonValue parseValue(const QString &token);

    QString m_name;
    Kind m_kind;
    QJsonArray m_values;
    double m_low;
    double m_high;
};

} // namespace streamml::model::evaluation
