#include "model/learners/design_matrix.h"

#include "model/learners/linear_scores.h"

#include <algorithm>
#include <vector>

namespace streamml::model::learners {

namespace {
/// Below this share of non-zero entries sparse products beat dense ones.
constexpr double kSparseShare = 0.25;
/// Rows scaled at a time for the Gram matrix: a block of a few hundred kilobytes.
constexpr Eigen::Index kGramRows = 2048;
} // namespace

DesignMatrix::DesignMatrix(const Eigen::MatrixXd &x, bool interceptColumn)
    : m_rows(x.rows())
    , m_cols(x.cols() + (interceptColumn ? 1 : 0))
    , m_sparse(prefersSparse(x))
{
    if (!m_sparse) {
        m_dense.resize(m_rows, m_cols);
        m_dense.leftCols(x.cols()) = x;
        if (interceptColumn)
            m_dense.col(x.cols()).setOnes();
        return;
    }
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(size_t((x.array() != 0.0).count() + (interceptColumn ? m_rows : 0)));
    for (Eigen::Index c = 0; c < x.cols(); ++c)
        for (Eigen::Index r = 0; r < m_rows; ++r)
            if (x(r, c) != 0.0)
                entries.emplace_back(r, c, x(r, c));
    if (interceptColumn)
        for (Eigen::Index r = 0; r < m_rows; ++r)
            entries.emplace_back(r, m_cols - 1, 1.0);
    m_sparseX.resize(m_rows, m_cols);
    m_sparseX.setFromTriplets(entries.begin(), entries.end());
    m_sparseX.makeCompressed();
    m_sparseRows = m_sparseX;
    m_sparseRows.makeCompressed();
}

bool DesignMatrix::prefersSparse(const Eigen::MatrixXd &x)
{
    return double((x.array() != 0.0).count()) < kSparseShare * double(x.size());
}

Eigen::MatrixXd DesignMatrix::times(const Eigen::Ref<const Eigen::MatrixXd> &m) const
{
    if (m_sparse)
        return m_sparseX * m;
    return LinearScores::product(m_dense, m);
}

Eigen::MatrixXd DesignMatrix::transposeTimes(const Eigen::Ref<const Eigen::MatrixXd> &m) const
{
    if (m_sparse)
        return m_sparseX.transpose() * m;
    return m_dense.transpose() * m;
}

Eigen::MatrixXd DesignMatrix::gram(const Eigen::Ref<const Eigen::VectorXd> &weights) const
{
    if (m_sparse)
        return sparseGram(weights);
    Eigen::MatrixXd g(m_cols, m_cols);
    if ((weights.array() >= 0).all()) {
        // Non-negative weights: a symmetric rank update costs half a general product. Block by block of
        // rows, so the scaled rows stay in the cache instead of making a second copy of X in memory.
        g.setZero();
        const Eigen::VectorXd roots = weights.array().sqrt();
        Eigen::MatrixXd scaled;
        for (Eigen::Index first = 0; first < m_rows; first += kGramRows) {
            const Eigen::Index count = std::min(kGramRows, m_rows - first);
            scaled = m_dense.middleRows(first, count).array().colwise() * roots.segment(first, count).array();
            g.selfadjointView<Eigen::Lower>().rankUpdate(scaled.transpose());
        }
        g.triangularView<Eigen::StrictlyUpper>() = g.transpose();
        return g;
    }
    g.noalias() = m_dense.transpose() * (weights.asDiagonal() * m_dense);
    return g;
}

Eigen::MatrixXd DesignMatrix::sparseGram(const Eigen::Ref<const Eigen::VectorXd> &weights) const
{
    // Row by row over pairs of non-zero entries: the cost is Σ (non-zeros per row)², a few per one-hot
    // row, where a sparse-sparse product would build and merge sparse intermediates.
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(m_cols, m_cols);
    const int *columns = m_sparseRows.innerIndexPtr();
    const double *values = m_sparseRows.valuePtr();
    const auto *starts = m_sparseRows.outerIndexPtr();
    for (Eigen::Index r = 0; r < m_rows; ++r) {
        const double w = weights[r];
        if (w == 0)
            continue;
        for (auto a = starts[r]; a < starts[r + 1]; ++a) {
            const double wa = w * values[a];
            for (auto b = a; b < starts[r + 1]; ++b)
                g(columns[b], columns[a]) += wa * values[b];
        }
    }
    g.triangularView<Eigen::StrictlyUpper>() = g.transpose();
    return g;
}

} // namespace streamml::model::learners
