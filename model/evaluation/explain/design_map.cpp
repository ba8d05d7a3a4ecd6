#include "model/evaluation/explain/design_map.h"

#include "model/core/error.h"
#include "model/prep/preprocessor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>

namespace streamml::model::evaluation::explain {

using core::Error;

namespace {

const QString kLogPrefix = QStringLiteral("log1p(");

/// Feature engineering replaces a skewed column X by "log1p(X)"; its input is still X.
bool isLogged(const QString &name)
{
    return name.startsWith(kLogPrefix) && name.endsWith(QLatin1Char(')'));
}

/// The raw input an engineered name comes from: X for "log1p(X)", and for "X.part" the longest listed
/// raw input X; the name itself otherwise.
QString inputName(const QString &name, const QStringList &rawInputs, bool *derived = nullptr)
{
    if (rawInputs.contains(name))
        return name;
    if (isLogged(name))
        return name.mid(kLogPrefix.size(), name.size() - kLogPrefix.size() - 1);
    QString best = name;
    for (const QString &raw : rawInputs)
        if (name.startsWith(raw + QLatin1Char('.')) && (best == name || raw.size() > best.size()))
            best = raw;
    if (derived)
        *derived = best != name;
    return best;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

DesignMap::Column columnOf(const QString &name, const QString &input, DesignMap::Encoding encoding)
{
    DesignMap::Column c;
    c.name = name;
    c.input = input;
    c.encoding = encoding;
    return c;
}

DesignMap::Column numericColumn(const QJsonObject &step, const QStringList &rawInputs)
{
    const QString name = step[QLatin1String("column")].toString();
    bool derived = false;
    DesignMap::Column c = columnOf(name, inputName(name, rawInputs, &derived), DesignMap::Encoding::Numeric);
    c.derived = derived;
    c.logged = isLogged(c.name);
    c.center = step[QLatin1String("center")].toDouble();
    c.scale = step[QLatin1String("scale")].toDouble(1.0);
    c.scaler = step[QLatin1String("scaler")].toString();
    return c;
}

DesignMap::Encoding encodingOf(const QString &encoder)
{
    if (encoder == u"onehot")
        return DesignMap::Encoding::OneHot;
    if (encoder == u"ordinal")
        return DesignMap::Encoding::Ordinal;
    if (encoder == u"frequency")
        return DesignMap::Encoding::Frequency;
    throw Error::internal(QStringLiteral("explanations do not know the category encoder \"%1\"").arg(encoder));
}

} // namespace

DesignMap DesignMap::plain(const QStringList &names)
{
    DesignMap map;
    for (const QString &name : names)
        map.add(columnOf(name, name, Encoding::Numeric));
    map.group({});
    return map;
}

DesignMap DesignMap::of(const prep::Preprocessor &preprocessor, const QStringList &rawInputs)
{
    const QJsonObject state = preprocessor.describe();
    const QJsonArray numeric = state[QLatin1String("numeric")].toArray();
    DesignMap map;
    for (const QJsonValue &step : numeric)
        map.add(numericColumn(step.toObject(), rawInputs));
    for (const QJsonValue &value : state[QLatin1String("categorical")].toArray()) {
        const QJsonObject step = value.toObject();
        const QString input = step[QLatin1String("column")].toString();
        const Encoding encoding = encodingOf(step[QLatin1String("encoder")].toString());
        for (const QString &output : strings(step[QLatin1String("outputs")])) {
            Column c = columnOf(output, input, encoding);
            if (encoding == Encoding::OneHot)
                c.level = output.mid(input.size() + 1); // after "Phase="
            if (encoding == Encoding::Ordinal)
                c.levels = strings(step[QLatin1String("levels")]);
            map.add(c);
        }
    }
    for (const QJsonValue &value : numeric) {
        const QJsonObject step = value.toObject();
        if (!step[QLatin1String("indicator")].toBool())
            continue;
        const QString column = step[QLatin1String("column")].toString();
        map.add(columnOf(column + QStringLiteral("_missing"), inputName(column, rawInputs), Encoding::Indicator));
    }
    map.group(rawInputs);
    if (map.names() != preprocessor.outputNames())
        throw Error::internal(QStringLiteral("the design columns read from the preparation (%1) differ from its outputs (%2)")
                                  .arg(map.names().join(QStringLiteral(", ")), preprocessor.outputNames().join(QStringLiteral(", "))));
    return map;
}

void DesignMap::add(Column column)
{
    m_columns.push_back(std::move(column));
}

void DesignMap::group(const QStringList &preferred)
{
    m_inputs.clear();
    for (const QString &input : preferred)
        if (std::any_of(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.input == input; }))
            m_inputs.append(input);
    for (const Column &c : m_columns)
        if (!m_inputs.contains(c.input))
            m_inputs.append(c.input);
    m_groups.assign(size_t(m_inputs.size()), {});
    m_inputOf.clear();
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const qsizetype input = m_inputs.indexOf(m_columns[c].input);
        m_groups[size_t(input)].push_back(int(c));
        m_inputOf.push_back(int(input));
    }
}

QStringList DesignMap::names() const
{
    QStringList result;
    for (const Column &c : m_columns)
        result.append(c.name);
    return result;
}

Eigen::MatrixXd DesignMap::sumByInput(const Eigen::MatrixXd &perColumn) const
{
    if (perColumn.rows() != size())
        throw Error::input(QStringLiteral("%1 rows to sum per input, but the design has %2 columns").arg(perColumn.rows()).arg(size()));
    Eigen::MatrixXd result = Eigen::MatrixXd::Zero(m_inputs.size(), perColumn.cols());
    for (qsizetype c = 0; c < size(); ++c)
        result.row(m_inputOf[size_t(c)]) += perColumn.row(c);
    return result;
}

double DesignMap::inputValue(int column, double designValue) const
{
    const Column &c = m_columns[size_t(column)];
    const double scaled = designValue * c.scale;
    double value = scaled + c.center;
    // Undoing the centring cancels to round-off where the input was zero: show 0, not 1e-17.
    if (std::fabs(value) <= 8.0 * std::numeric_limits<double>::epsilon() * std::max(std::fabs(scaled), std::fabs(c.center)))
        value = 0.0;
    return c.logged ? std::expm1(value) : value;
}

QString DesignMap::number(double value)
{
    return QString::number(value, 'g', 6);
}

QString DesignMap::valueText(const Eigen::RowVectorXd &row, int column) const
{
    const double value = row[column];
    if (std::isnan(value))
        return QStringLiteral("missing");
    const Column &c = m_columns[size_t(column)];
    switch (c.encoding) {
    case Encoding::Indicator:
        return value > 0.5 ? QStringLiteral("missing") : QStringLiteral("present");
    case Encoding::OneHot:
        return inputText(row, m_inputOf[size_t(column)]);
    case Encoding::Ordinal:
        return ordinalText(c, value);
    case Encoding::Numeric:
    case Encoding::Frequency:
        break;
    }
    return number(inputValue(column, value));
}

QString DesignMap::ordinalText(const Column &column, double code) const
{
    if (code == std::floor(code) && code >= 0 && code < double(column.levels.size()))
        return column.levels.at(qsizetype(code));
    if (code == double(column.levels.size()))
        return QStringLiteral("an unseen level");
    return number(code);
}

QString DesignMap::inputText(const Eigen::RowVectorXd &row, int input) const
{
    const std::vector<int> &group = m_groups.at(size_t(input));
    for (int c : group)
        if (m_columns[size_t(c)].encoding == Encoding::Indicator && row[c] > 0.5)
            return QStringLiteral("missing");
    bool valued = false;
    for (int c : group) {
        const Column &column = m_columns[size_t(c)];
        if (column.encoding == Encoding::Indicator || column.derived)
            continue;
        valued = true;
        if (column.encoding != Encoding::OneHot || std::isnan(row[c]))
            return valueText(row, c);
        if (row[c] > 0.5)
            return column.level;
    }
    return valued ? QStringLiteral("missing") : derivedText(row, group);
}

QString DesignMap::derivedText(const Eigen::RowVectorXd &row, const std::vector<int> &group) const
{
    // Only engineered parts, as of a time column: "year 2001, month 3".
    QStringList parts;
    for (int c : group) {
        const Column &column = m_columns[size_t(c)];
        parts.append(column.name.mid(column.input.size() + 1) + QLatin1Char(' ') + valueText(row, c));
    }
    return parts.join(QStringLiteral(", "));
}

QString DesignMap::conditionText(int column, double threshold) const
{
    const Column &c = m_columns[size_t(column)];
    const bool betweenZeroAndOne = threshold >= 0 && threshold < 1;
    switch (c.encoding) {
    case Encoding::Numeric:
        return QStringLiteral("%1 <= %2").arg(c.logged ? c.input : c.name, number(inputValue(column, threshold)));
    case Encoding::Frequency:
        return QStringLiteral("frequency of %1 <= %2").arg(c.input, number(threshold));
    case Encoding::Indicator:
        if (betweenZeroAndOne)
            return QStringLiteral("%1 is present").arg(c.input);
        break;
    case Encoding::OneHot:
        if (betweenZeroAndOne)
            return QStringLiteral("%1 ≠ %2").arg(c.input, c.level);
        break;
    case Encoding::Ordinal:
        if (threshold >= 0 && !c.levels.isEmpty()) {
            // Codes 0..floor(threshold) go left: the first levels in sorted order.
            const qsizetype last = std::min(qsizetype(std::floor(threshold)), c.levels.size() - 1);
            return QStringLiteral("%1 in {%2}").arg(c.input, c.levels.mid(0, last + 1).join(QStringLiteral(", ")));
        }
        break;
    }
    return QStringLiteral("%1 <= %2").arg(c.name, number(threshold));
}

} // namespace streamml::model::evaluation::explain
