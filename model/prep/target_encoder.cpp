#include "model/prep/target_encoder.h"

#include "model/core/error.h"
#include "model/prep/stream_format.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

namespace streamml::model::prep {

using core::Error;
using data::Column;
using learners::Task;

namespace {
const QString kTag = QStringLiteral("target encoder");
constexpr quint32 kVersion = 1;
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
} // namespace

TargetEncoder TargetEncoder::classification()
{
    return TargetEncoder();
}

TargetEncoder TargetEncoder::binary(const QStringList &negativeLabels, const QString &positiveName)
{
    if (negativeLabels.isEmpty() || positiveName.isEmpty())
        throw Error::settings(QStringLiteral("a binary target needs at least one negative label and a name for the "
                                             "positive class"));
    TargetEncoder e;
    e.m_binary = true;
    e.m_negativeLabels = negativeLabels;
    e.m_labels = {negativeLabels.join(QLatin1Char('|')), positiveName};
    e.m_fitted = true;
    return e;
}

TargetEncoder TargetEncoder::regression()
{
    TargetEncoder e;
    e.m_task = Task::Regression;
    e.m_fitted = true;
    return e;
}

QString TargetEncoder::numberLabel(double value)
{
    return QString::number(value, 'g', 15);
}

void TargetEncoder::checkKind(const Column &target) const
{
    if (target.isTime())
        throw Error::input(QStringLiteral("target column \"%1\" holds times; a target must be a category or a number")
                               .arg(target.name()));
    if (m_task == Task::Regression && target.isCategorical())
        throw Error::input(QStringLiteral("target column \"%1\" is categorical; regression needs a numeric target")
                               .arg(target.name()));
}

void TargetEncoder::fit(const Column &target)
{
    checkKind(target);
    m_fitted = true;
    if (m_task == Task::Regression || m_binary)
        return;
    QStringList labels;
    if (target.isCategorical()) {
        std::vector<bool> used(size_t(target.dictionary().size()), false);
        for (std::int32_t code : target.codes())
            if (code >= 0)
                used[size_t(code)] = true;
        for (size_t i = 0; i < used.size(); ++i)
            if (used[i])
                labels.append(target.dictionary().at(qsizetype(i)));
        std::sort(labels.begin(), labels.end());
    } else {
        std::set<double> values;
        for (double v : target.numbers())
            if (!std::isnan(v))
                values.insert(v);
        for (double v : values)
            labels.append(numberLabel(v));
    }
    if (labels.size() < 2)
        throw Error::input(QStringLiteral("target column \"%1\" has %2 distinct labels; classification needs at least two")
                               .arg(target.name())
                               .arg(labels.size()));
    m_labels = labels;
}

double TargetEncoder::code(const QString &label, const QString &column) const
{
    if (m_binary)
        return m_negativeLabels.contains(label) ? 0.0 : 1.0;
    const qsizetype index = m_labels.indexOf(label);
    if (index < 0)
        throw Error::input(QStringLiteral("target column \"%1\" holds the label \"%2\", which is not one of the classes "
                                          "learnt: %3")
                               .arg(column, label, m_labels.join(QStringLiteral(", "))));
    return double(index);
}

std::vector<double> TargetEncoder::codesOfDictionary(const Column &target) const
{
    std::vector<double> codes;
    if (m_task == Task::Regression || !target.isCategorical())
        return codes;
    // Only labels that occur are looked up: a dictionary may hold labels of other batches.
    std::vector<bool> used(size_t(target.dictionary().size()), false);
    for (std::int32_t c : target.codes())
        if (c >= 0)
            used[size_t(c)] = true;
    codes.assign(used.size(), kMissing);
    for (size_t i = 0; i < used.size(); ++i)
        if (used[i])
            codes[i] = code(target.dictionary().at(qsizetype(i)), target.name());
    return codes;
}

double TargetEncoder::encodeRow(const Column &target, qsizetype row, const std::vector<double> &dictionaryCodes) const
{
    if (target.isMissing(row))
        return kMissing;
    if (m_task == Task::Regression)
        return target.numbers()[size_t(row)];
    if (target.isCategorical())
        return dictionaryCodes[size_t(target.codes()[size_t(row)])];
    return code(numberLabel(target.numbers()[size_t(row)]), target.name());
}

Eigen::VectorXd TargetEncoder::encode(const Column &target) const
{
    std::vector<qsizetype> rows(size_t(target.size()));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    return encode(target, rows);
}

Eigen::VectorXd TargetEncoder::encode(const Column &target, const std::vector<qsizetype> &rows) const
{
    if (!m_fitted)
        throw Error::internal(QStringLiteral("the target encoder is used before it was fitted"));
    checkKind(target);
    const std::vector<double> dictionaryCodes = codesOfDictionary(target);
    Eigen::VectorXd values(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        values[Eigen::Index(i)] = encodeRow(target, rows[i], dictionaryCodes);
    return values;
}

std::vector<qsizetype> TargetEncoder::rowsWithTarget(const Column &target)
{
    std::vector<qsizetype> rows;
    rows.reserve(size_t(target.size()));
    for (qsizetype r = 0; r < target.size(); ++r)
        if (!target.isMissing(r))
            rows.push_back(r);
    return rows;
}

QString TargetEncoder::label(int classIndex) const
{
    if (classIndex < 0 || classIndex >= m_labels.size())
        throw Error::model(QStringLiteral("class index %1 is out of range; the target has %2 classes")
                               .arg(classIndex)
                               .arg(m_labels.size()));
    return m_labels.at(classIndex);
}

QStringList TargetEncoder::decode(const Eigen::VectorXd &predictions) const
{
    QStringList result;
    result.reserve(predictions.size());
    for (double p : predictions)
        result.append(m_task == Task::Regression ? numberLabel(p) : label(int(std::lround(p))));
    return result;
}

void TargetEncoder::save(QDataStream &out) const
{
    writeHeader(out, kTag, kVersion);
    out << qint32(m_task == Task::Regression ? 1 : 0) << m_binary << m_negativeLabels << m_labels << m_fitted;
}

void TargetEncoder::load(QDataStream &in)
{
    readHeader(in, kTag, kVersion);
    qint32 task = -1;
    TargetEncoder loaded;
    in >> task >> loaded.m_binary >> loaded.m_negativeLabels >> loaded.m_labels >> loaded.m_fitted;
    checkStream(in, kTag);
    const bool consistent = (task == 0 && (!loaded.m_binary || loaded.m_labels.size() == 2))
                            || (task == 1 && loaded.m_labels.isEmpty() && !loaded.m_binary);
    if (!consistent)
        throw Error::model(QStringLiteral("cannot read the saved target encoder: its content is inconsistent"));
    loaded.m_task = task == 1 ? Task::Regression : Task::Classification;
    *this = std::move(loaded);
}

} // namespace streamml::model::prep
