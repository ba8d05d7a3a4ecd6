#include "model/prep/preprocessor.h"

#include "model/core/error.h"
#include "model/prep/stream_format.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <limits>

namespace streamml::model::prep {

using core::Error;
using data::Column;

namespace {

const QString kTag = QStringLiteral("preprocessor");
constexpr quint32 kVersion = 1;
const QString kNone = QStringLiteral("none");

/// A batch whose values are all missing may have been typed numeric whatever the column holds.
bool entirelyMissing(const Column &column)
{
    return column.missingCount() == column.size();
}

Error kindChanged(const Column &column, Column::Kind expected)
{
    return Error::input(QStringLiteral("column \"%1\" is %2 but the preparation was fitted with it %3")
                            .arg(column.name(), Column::kindName(column.kind()), Column::kindName(expected)));
}

/// Distinct present levels in sorted order and the rows holding each.
struct LevelCounts
{
    QStringList levels;
    std::vector<qint64> counts;
    qint64 missing = 0;
};

LevelCounts countLevels(const Column &column)
{
    std::vector<qint64> perCode(size_t(column.dictionary().size()), 0);
    LevelCounts result;
    for (std::int32_t code : column.codes()) {
        if (code < 0)
            ++result.missing;
        else
            ++perCode[size_t(code)];
    }
    std::vector<std::int32_t> present;
    for (size_t i = 0; i < perCode.size(); ++i)
        if (perCode[i] > 0)
            present.push_back(std::int32_t(i));
    std::sort(present.begin(), present.end(), [&](std::int32_t a, std::int32_t b) {
        return column.dictionary().at(a) < column.dictionary().at(b);
    });
    for (std::int32_t code : present) {
        result.levels.append(column.dictionary().at(code));
        result.counts.push_back(perCode[size_t(code)]);
    }
    return result;
}

/// Counts the imputed rows under the fill label, keeping the levels sorted.
void addImputed(LevelCounts &c, const QString &fill)
{
    if (c.missing == 0)
        return;
    const auto at = std::lower_bound(c.levels.begin(), c.levels.end(), fill);
    const auto index = size_t(at - c.levels.begin());
    if (at == c.levels.end() || *at != fill) {
        c.levels.insert(qsizetype(index), fill);
        c.counts.insert(c.counts.begin() + std::ptrdiff_t(index), 0);
    }
    c.counts[index] += c.missing;
}

} // namespace

Preprocessor::Preprocessor(PrepVariant variant)
    : m_variant(std::move(variant))
{
    m_variant.validate();
}

void Preprocessor::fit(const data::Table &table, const QStringList &features)
{
    if (features.isEmpty())
        throw Error::input(QStringLiteral("no feature columns to prepare"));
    if (QSet<QString>(features.begin(), features.end()).size() != features.size())
        throw Error::input(QStringLiteral("a feature column is listed twice: %1").arg(features.join(QStringLiteral(", "))));
    std::vector<NumericStep> numeric;
    std::vector<CategoricalStep> categorical;
    for (const QString &name : features) {
        const Column &column = featureColumn(table, name);
        if (column.isTime())
            throw Error::input(QStringLiteral("column \"%1\" holds times; time columns are not features "
                                              "(derive numeric features from them)").arg(name));
        if (column.isNumeric())
            numeric.push_back(fitNumeric(column));
        else
            categorical.push_back(fitCategorical(column));
    }
    m_features = features;
    m_numeric = std::move(numeric);
    m_categorical = std::move(categorical);
    m_fitted = true;
}

Preprocessor::NumericStep Preprocessor::fitNumeric(const Column &column) const
{
    NumericStep step;
    step.column = column.name();
    Eigen::VectorXd values = Eigen::Map<const Eigen::VectorXd>(column.numbers().data(), column.size());
    if (m_variant.numericImputer != kNone) {
        auto imputer = NumericImputer::registry().create(m_variant.numericImputer, m_variant);
        imputer->fit(column.numbers());
        values = values.array().isNaN().select(imputer->fillValue(), values.array());
        step.imputer = std::move(imputer);
    }
    auto scaler = Scaler::registry().create(m_variant.scaler, m_variant);
    scaler->fit(values);
    step.scaler = std::move(scaler);
    step.indicator = m_variant.indicators && column.missingCount() > 0;
    return step;
}

Preprocessor::CategoricalStep Preprocessor::fitCategorical(const Column &column) const
{
    CategoricalStep step;
    step.column = column.name();
    LevelCounts counts = countLevels(column);
    if (m_variant.categoricalImputer != kNone) {
        auto imputer = CategoryImputer::registry().create(m_variant.categoricalImputer, m_variant);
        imputer->fit(counts.levels, counts.counts);
        addImputed(counts, imputer->fillLabel());
        step.imputer = std::move(imputer);
    }
    auto encoder = CategoryEncoder::registry().create(m_variant.encoder, m_variant);
    encoder->fit(counts.levels, counts.counts, column.size());
    step.encoder = std::move(encoder);
    return step;
}

Eigen::MatrixXd Preprocessor::transform(const data::Table &table) const
{
    checkFitted();
    Eigen::MatrixXd out(table.rowCount(), outputCount());
    Eigen::Index at = 0;
    for (const NumericStep &step : m_numeric)
        transformNumeric(step, featureColumn(table, step.column), out.col(at++));
    for (const CategoricalStep &step : m_categorical) {
        const Eigen::Index width = step.encoder->width();
        transformCategorical(step, featureColumn(table, step.column), out.middleCols(at, width));
        at += width;
    }
    for (const NumericStep &step : m_numeric) {
        if (!step.indicator)
            continue;
        const Column &column = featureColumn(table, step.column);
        for (qsizetype r = 0; r < column.size(); ++r)
            out(r, at) = column.isMissing(r) ? 1.0 : 0.0;
        ++at;
    }
    return out;
}

void Preprocessor::transformNumeric(const NumericStep &step, const Column &column, Eigen::Ref<Eigen::VectorXd> out) const
{
    if (column.isNumeric())
        out = Eigen::Map<const Eigen::VectorXd>(column.numbers().data(), column.size());
    else if (entirelyMissing(column))
        out.setConstant(std::numeric_limits<double>::quiet_NaN());
    else
        throw kindChanged(column, Column::Kind::Numeric);
    if (step.imputer)
        out = out.array().isNaN().select(step.imputer->fillValue(), out.array());
    step.scaler->transform(out);
}

void Preprocessor::transformCategorical(const CategoricalStep &step, const Column &column,
                                        Eigen::Ref<Eigen::MatrixXd> out) const
{
    const std::optional<QString> fill =
        step.imputer ? std::optional<QString>(step.imputer->fillLabel()) : std::nullopt;
    if (column.isCategorical())
        step.encoder->transform(column.codes(), column.dictionary(), fill, out);
    else if (entirelyMissing(column))
        step.encoder->transform(std::vector<std::int32_t>(size_t(column.size()), -1), {}, fill, out);
    else
        throw kindChanged(column, Column::Kind::Categorical);
}

Eigen::MatrixXd Preprocessor::fitTransform(const data::Table &table, const QStringList &features)
{
    fit(table, features);
    return transform(table);
}

const Column &Preprocessor::featureColumn(const data::Table &table, const QString &name) const
{
    const qsizetype index = table.indexOf(name);
    if (index < 0)
        throw Error::input(QStringLiteral("the table has no column \"%1\", a feature of the preparation; "
                                          "its columns are: %2")
                               .arg(name, table.columnNames().join(QStringLiteral(", "))));
    return table.column(index);
}

qsizetype Preprocessor::indicatorCount() const
{
    return std::count_if(m_numeric.begin(), m_numeric.end(), [](const NumericStep &s) { return s.indicator; });
}

qsizetype Preprocessor::outputCount() const
{
    qsizetype count = qsizetype(m_numeric.size()) + indicatorCount();
    for (const CategoricalStep &step : m_categorical)
        count += step.encoder->width();
    return count;
}

QStringList Preprocessor::outputNames() const
{
    QStringList names;
    for (const NumericStep &step : m_numeric)
        names.append(step.column);
    for (const CategoricalStep &step : m_categorical)
        names.append(step.encoder->outputNames(step.column));
    for (const NumericStep &step : m_numeric)
        if (step.indicator)
            names.append(step.column + QStringLiteral("_missing"));
    return names;
}

void Preprocessor::checkFitted() const
{
    if (!m_fitted)
        throw Error::internal(QStringLiteral("the preparation is used before it was fitted"));
}

QJsonObject Preprocessor::describe() const
{
    QJsonArray numeric;
    for (const NumericStep &step : m_numeric) {
        QJsonObject o{{QStringLiteral("column"), step.column},
                      {QStringLiteral("scaler"), step.scaler->name()},
                      {QStringLiteral("center"), step.scaler->center()},
                      {QStringLiteral("scale"), step.scaler->scale()},
                      {QStringLiteral("indicator"), step.indicator}};
        if (step.imputer) {
            o.insert(QStringLiteral("imputer"), step.imputer->name());
            o.insert(QStringLiteral("fill_value"), step.imputer->fillValue());
        }
        numeric.append(o);
    }
    QJsonArray categorical;
    for (const CategoricalStep &step : m_categorical) {
        QJsonObject o{{QStringLiteral("column"), step.column},
                      {QStringLiteral("encoder"), step.encoder->name()},
                      {QStringLiteral("levels"), QJsonArray::fromStringList(step.encoder->levels())},
                      {QStringLiteral("outputs"), QJsonArray::fromStringList(step.encoder->outputNames(step.column))}};
        if (step.imputer) {
            o.insert(QStringLiteral("imputer"), step.imputer->name());
            o.insert(QStringLiteral("fill_label"), step.imputer->fillLabel());
        }
        categorical.append(o);
    }
    return {{QStringLiteral("variant"), m_variant.toText()},
            {QStringLiteral("features"), QJsonArray::fromStringList(m_features)},
            {QStringLiteral("outputs"), QJsonArray::fromStringList(outputNames())},
            {QStringLiteral("numeric"), numeric},
            {QStringLiteral("categorical"), categorical}};
}

void Preprocessor::save(QDataStream &out) const
{
    checkFitted();
    writeHeader(out, kTag, kVersion);
    out << m_variant.toText() << m_features << quint32(m_numeric.size()) << quint32(m_categorical.size());
    for (const NumericStep &step : m_numeric)
        saveNumeric(out, step);
    for (const CategoricalStep &step : m_categorical)
        saveCategorical(out, step);
}

void Preprocessor::saveNumeric(QDataStream &out, const NumericStep &step) const
{
    out << step.column << step.indicator;
    if (step.imputer)
        step.imputer->save(out);
    step.scaler->save(out);
}

void Preprocessor::saveCategorical(QDataStream &out, const CategoricalStep &step) const
{
    out << step.column;
    if (step.imputer)
        step.imputer->save(out);
    step.encoder->save(out);
}

void Preprocessor::load(QDataStream &in)
{
    readHeader(in, kTag, kVersion);
    QString variantText;
    QStringList features;
    quint32 numericCount = 0;
    quint32 categoricalCount = 0;
    in >> variantText >> features >> numericCount >> categoricalCount;
    checkStream(in, kTag);
    if (qsizetype(numericCount) + qsizetype(categoricalCount) != features.size())
        throw Error::model(QStringLiteral("cannot read the saved preprocessor: its feature counts do not match"));
    Preprocessor loaded;
    try {
        loaded.m_variant = PrepVariant::parse(variantText);
    } catch (const Error &e) {
        throw Error::model(QStringLiteral("cannot read the saved preprocessor: %1").arg(e.message()));
    }
    loaded.m_features = features;
    for (quint32 i = 0; i < numericCount; ++i)
        loaded.m_numeric.push_back(loaded.loadNumeric(in));
    for (quint32 i = 0; i < categoricalCount; ++i)
        loaded.m_categorical.push_back(loaded.loadCategorical(in));
    loaded.m_fitted = true;
    *this = std::move(loaded);
}

Preprocessor::NumericStep Preprocessor::loadNumeric(QDataStream &in) const
{
    NumericStep step;
    in >> step.column >> step.indicator;
    checkStream(in, kTag);
    if (m_variant.numericImputer != kNone) {
        auto imputer = NumericImputer::registry().create(m_variant.numericImputer, m_variant);
        imputer->load(in);
        step.imputer = std::move(imputer);
    }
    auto scaler = Scaler::registry().create(m_variant.scaler, m_variant);
    scaler->load(in);
    step.scaler = std::move(scaler);
    return step;
}

Preprocessor::CategoricalStep Preprocessor::loadCategorical(QDataStream &in) const
{
    CategoricalStep step;
    in >> step.column;
    checkStream(in, kTag);
    if (m_variant.categoricalImputer != kNone) {
        auto imputer = CategoryImputer::registry().create(m_variant.categoricalImputer, m_variant);
        imputer->load(in);
        step.imputer = std::move(imputer);
    }
    auto encoder = CategoryEncoder::registry().create(m_variant.encoder, m_variant);
    encoder->load(in);
    step.encoder = std::move(encoder);
    return step;
}

} // namespace streamml::model::prep
