#include "model/quality/feature_engineer.h"

#include "model/core/error.h"

#include <QDateTime>
#include <QTimeZone>

namespace streamml::model::quality {

using core::Error;

namespace {
constexpr quint32 stateTag = 0x53464531; // "SFE1"

double timePart(const QString &part, double epochMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(epochMs), QTimeZone::utc());
    const QDate d = t.date();
    if (part == u"hour") return t.time().hour();
    if (part == u"weekday") return d.dayOfWeek();
    if (part == u"month") return d.month();
    if (part == u"quarter") return (d.month() - 1) / 3 + 1;
    if (part == u"year") return d.year();
    if (part == u"dayofyear") return d.dayOfYear();
    return d.dayOfWeek() >= 6 ? 1.0 : 0.0; // is_weekend
}

const data::Column &requireNumeric(const data::Table &table, const QString &name, const char *use)
{
    const data::Column &column = table.column(name);
    if (!column.isNumeric())
        throw Error::settings(QStringLiteral("[features] %1: column \"%2\" is not numeric").arg(QLatin1String(use), name));
    return column;
}
} // namespace

FeatureEngineer::FeatureEngineer(settings::FeatureSettings settings, QString timeColumn)
    : m_settings(std::move(settings))
    , m_timeColumn(std::move(timeColumn))
{
}

double FeatureEngineer::skewness(const std::vector<double> &values)
{
    double n = 0, mean = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            ++n;
            mean += v;
        }
    if (n < 3)
        return 0;
    mean /= n;
    double m2 = 0, m3 = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            m2 += (v - mean) * (v - mean);
            m3 += (v - mean) * (v - mean) * (v - mean);
        }
    m2 /= n;
    m3 /= n;
    return m2 > 0 ? m3 / std::pow(m2, 1.5) : 0.0;
}

void FeatureEngineer::fit(const data::Table &training, const QStringList &features)
{
    m_inputs = features;
    m_frequencies.clear();
    m_logged.clear();
    for (const QString &name : features) {
        const data::Column &column = training.column(name);
        if (column.isCategorical() && m_settings.frequencyMinLevels > 0 && column.dictionary().size() >= m_settings.frequencyMinLevels) {
            QHash<QString, double> shares;
            const double present = double(column.size() - column.missingCount());
            for (std::int32_t code : column.codes())
                if (code >= 0)
                    shares[column.dictionary().at(code)] += 1.0 / present;
            m_frequencies.insert(name, shares);
        }
        if (!column.isNumeric())
            continue;
        const bool positive = std::all_of(column.numbers().begin(), column.numbers().end(), [](double v) { return std::isnan(v) || v > 0; });
        const bool listed = m_settings.logColumns.contains(name);
        if (listed || (m_settings.logAuto && positive && skewness(column.numbers()) > m_settings.logSkewness))
            m_logged.append(name);
    }
    m_fitted = true;
    m_outputs = plannedOutputs();
}

QStringList FeatureEngineer::plannedOutputs() const
{
    QStringList outputs;
    for (const QString &name : m_inputs)
        outputs.append(m_logged.contains(name) ? QStringLiteral("log1p(%1)").arg(name) : name);
    if (!m_timeColumn.isEmpty())
        for (const QString &part : m_settings.timeParts)
            outputs.append(m_timeColumn + QLatin1Char('.') + part);
    for (const auto &[a, b] : m_settings.ratios)
        outputs.append(a + QStringLiteral(" / ") + b);
    for (const auto &[a, b] : m_settings.differences)
        outputs.append(a + QStringLiteral(" - ") + b);
    QStringList frequencyColumns = m_frequencies.keys();
    frequencyColumns.sort();
    for (const QString &name : frequencyColumns)
        outputs.append(name + QStringLiteral(".frequency"));
    return outputs;
}

void FeatureEngineer::addTimeParts(const data::Table &source, data::Table &target) const
{
    if (m_timeColumn.isEmpty() || m_settings.timeParts.isEmpty())
        return;
    const std::vector<double> &times = source.column(m_timeColumn).numbers();
    for (const QString &part : m_settings.timeParts) {
        std::vector<double> values(times.size());
        for (size_t i = 0; i < times.size(); ++i)
            values[i] = std::isnan(times[i]) ? std::nan("") : timePart(part, times[i]);
        target.addColumn(data::Column::numeric(m_timeColumn + QLatin1Char('.') + part, std::move(values)));
    }
}

void FeatureEngineer::addArithmetic(const data::Table &source, data::Table &target) const
{
    auto combine = [&](const QList<QPair<QString, QString>> &pairs, const char *use, const QString &op, auto f) {
        for (const auto &[a, b] : pairs) {
            const std::vector<double> &x = requireNumeric(source, a, use).numbers();
            const std::vector<double> &y = requireNumeric(source, b, use).numbers();
            std::vector<double> values(x.size());
            for (size_t i = 0; i < x.size(); ++i)
                values[i] = f(x[i], y[i]);
            target.addColumn(data::Column::numeric(a + op + b, std::move(values)));
        }
    };
    combine(m_settings.ratios, "ratios", QStringLiteral(" / "), [](double x, double y) { return y == 0 ? std::nan("") : x / y; });
    combine(m_settings.differences, "differences", QStringLiteral(" - "), [](double x, double y) { return x - y; });
}

void FeatureEngineer::addFrequencies(const data::Table &source, data::Table &target) const
{
    QStringList names = m_frequencies.keys();
    names.sort();
    for (const QString &name : names) {
        const data::Column &column = source.column(name);
        const QHash<QString, double> &shares = m_frequencies.value(name);
        std::vector<double> byCode(size_t(column.dictionary().size()));
        for (qsizetype i = 0; i < column.dictionary().size(); ++i)
            byCode[size_t(i)] = shares.value(column.dictionary().at(i), 0.0);
        std::vector<double> values(size_t(column.size()));
        for (size_t r = 0; r < values.size(); ++r) {
            const std::int32_t code = column.codes()[r];
            values[r] = code < 0 ? std::nan("") : byCode[size_t(code)];
        }
        target.addColumn(data::Column::numeric(name + QStringLiteral(".frequency"), std::move(values)));
    }
}

void FeatureEngineer::applyLogs(data::Table &target) const
{
    for (const QString &name : m_logged) {
        const qsizetype index = target.indexOf(name);
        std::vector<double> values = target.column(index).numbers();
        for (double &v : values)
            v = v > -1 ? std::log1p(v) : std::nan("");
        target.replaceColumn(index, data::Column::numeric(QStringLiteral("log1p(%1)").arg(name), std::move(values)));
    }
}

data::Table FeatureEngineer::transform(const data::Table &table) const
{
    if (!m_fitted)
        throw Error::internal(QStringLiteral("feature engineering used before it was fitted"));
    data::Table result;
    for (const QString &name : m_inputs) {
        if (!table.hasColumn(name))
            throw Error::input(QStringLiteral("the feature column \"%1\" is missing").arg(name));
        result.addColumn(table.column(name));
    }
    addTimeParts(table, result);
    addArithmetic(table, result);
    addFrequencies(table, result);
    applyLogs(result);
    return result;
}

void FeatureEngineer::save(QDataStream &out) const
{
    out << stateTag << m_settings.timeParts << m_timeColumn << m_inputs << m_logged;
    out << qint32(m_settings.ratios.size());
    for (const auto &[a, b] : m_settings.ratios)
        out << a << b;
    out << qint32(m_settings.differences.size());
    for (const auto &[a, b] : m_settings.differences)
        out << a << b;
    out << m_frequencies;
}

void FeatureEngineer::load(QDataStream &in)
{
    quint32 tag = 0;
    FeatureEngineer loaded;
    in >> tag >> loaded.m_settings.timeParts >> loaded.m_timeColumn >> loaded.m_inputs >> loaded.m_logged;
    for (auto *pairs : {&loaded.m_settings.ratios, &loaded.m_settings.differences}) {
        qint32 count = 0;
        in >> count;
        for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString a, b;
            in >> a >> b;
            pairs->append({a, b});
        }
    }
    in >> loaded.m_frequencies;
    if (tag != stateTag || in.status() != QDataStream::Ok)
        throw Error::model(QStringLiteral("the feature-engineering state is damaged or truncated"));
    loaded.m_fitted = true;
    loaded.m_outputs = loaded.plannedOutputs();
    *this = std::move(loaded);
}

} // namespace streamml::model::quality
