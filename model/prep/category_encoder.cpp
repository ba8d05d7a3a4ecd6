#include "model/prep/category_encoder.h"

#include "model/prep/frequency_encoder.h"
#include "model/prep/onehot_encoder.h"
#include "model/prep/ordinal_encoder.h"
#include "model/prep/prep_variant.h"
#include "model/prep/stream_format.h"

#include <limits>

namespace streamml::model::prep {

void CategoryEncoder::fit(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows)
{
    const Encoding e = encode(levels, counts, rows);
    const Eigen::Index width = e.unseen.size();
    m_levels = levels;
    m_suffixes = e.suffixes;
    m_table.resize(FirstLevelRow + e.levels.rows(), width);
    m_table.row(MissingRow).setConstant(std::numeric_limits<double>::quiet_NaN());
    m_table.row(UnseenRow) = e.unseen;
    m_table.bottomRows(e.levels.rows()) = e.levels;
    index();
}

QStringList CategoryEncoder::outputNames(const QString &column) const
{
    QStringList names;
    for (const QString &suffix : m_suffixes)
        names.append(column + suffix);
    return names;
}

int CategoryEncoder::rowOf(const QString &label) const
{
    return m_rowOf.value(label, UnseenRow);
}

void CategoryEncoder::index()
{
    m_rowOf.clear();
    for (qsizetype i = 0; i < m_levels.size(); ++i)
        m_rowOf.insert(m_levels.at(i), FirstLevelRow + int(i));
}

void CategoryEncoder::transform(const std::vector<std::int32_t> &codes, const QStringList &dictionary,
                                const std::optional<QString> &fillLabel, Eigen::Ref<Eigen::MatrixXd> out) const
{
    // Labels are looked up once per dictionary entry, not once per row; slot 0 holds missing values.
    std::vector<int> rowOfCode(size_t(dictionary.size()) + 1);
    rowOfCode[0] = fillLabel ? rowOf(*fillLabel) : MissingRow;
    for (qsizetype i = 0; i < dictionary.size(); ++i)
        rowOfCode[size_t(i) + 1] = rowOf(dictionary.at(i));
    std::vector<int> rows(codes.size());
    for (size_t r = 0; r < codes.size(); ++r)
        rows[r] = rowOfCode[size_t(codes[r] < 0 ? 0 : codes[r] + 1)];
    for (Eigen::Index c = 0; c < m_table.cols(); ++c) {
        const auto source = m_table.col(c);
        auto target = out.col(c);
        for (size_t r = 0; r < rows.size(); ++r)
            target[Eigen::Index(r)] = source[rows[r]];
    }
}

void CategoryEncoder::save(QDataStream &out) const
{
    out << m_levels << m_suffixes << qint64(m_table.rows()) << qint64(m_table.cols());
    for (Eigen::Index c = 0; c < m_table.cols(); ++c)
        for (Eigen::Index r = 0; r < m_table.rows(); ++r)
            out << m_table(r, c);
}

void CategoryEncoder::load(QDataStream &in)
{
    const QString what = QStringLiteral("%1 encoder").arg(name());
    qint64 rows = 0;
    qint64 cols = 0;
    in >> m_levels >> m_suffixes >> rows >> cols;
    checkStream(in, what);
    if (rows != FirstLevelRow + m_levels.size() || cols != m_suffixes.size())
        throw core::Error::model(QStringLiteral("cannot read the saved %1: its sizes do not match").arg(what));
    m_table.resize(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            in >> m_table(r, c);
    checkStream(in, what);
    index();
}

const Registry<CategoryEncoder> &CategoryEncoder::registry()
{
    static const Registry<CategoryEncoder> registry(
        QStringLiteral("categorical encoder"),
        {{QStringLiteral("onehot"),
          [](const PrepVariant &v) { return std::make_unique<OnehotEncoder>(v.maxLevels, v.minFrequency); }},
         {QStringLiteral("ordinal"), [](const PrepVariant &) { return std::make_unique<OrdinalEncoder>(); }},
         {QStringLiteral("frequency"), [](const PrepVariant &) { return std::make_unique<FrequencyEncoder>(); }}});
    return registry;
}

} // namespace streamml::model::prep
