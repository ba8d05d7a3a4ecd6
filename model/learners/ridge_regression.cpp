#include "model/learners/ridge_regression.h"

#include "model/core/error.h"
#include "model/learners/input_checks.h"
#include "model/learners/linear_scores.h"
#include "model/learners/json_matrix.h"
#include "model/learners/state_stream.h"

#include <cmath>

namespace streamml::model::learners {

using core::Error;

namespace {
const QString kFamily = QStringLiteral("ridge_regression");
constexpr quint32 kVersion = 1;
} // namespace

RidgeRegression::RidgeRegression(RidgeRegressionParams params)
    : m_params(RidgeRegressionParams::fromJson(params.toJson()))
{
}

RidgeRegression::Moments RidgeRegression::moments(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    Moments m;
    m.rows = double(x.rows());
    m.meanX = x.colwise().mean().transpose();
    m.meanY = y.mean();
    const Eigen::MatrixXd centred = x.rowwise() - m.meanX.transpose();
    m.xx = Eigen::MatrixXd::Zero(x.cols(), x.cols());
    m.xx.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    m.xx.triangularView<Eigen::StrictlyUpper>() = m.xx.transpose();
    m.xy.noalias() = centred.transpose() * (y.array() - m.meanY).matrix();
    return m;
}

RidgeRegression::Moments RidgeRegression::merge(const Moments &a, const Moments &b)
{
    Moments m;
    m.rows = a.rows + b.rows;
    const Eigen::VectorXd dx = b.meanX - a.meanX;
    const double dy = b.meanY - a.meanY;
    const double weight = a.rows * b.rows / m.rows;
    m.meanX = a.meanX + dx * (b.rows / m.rows);
    m.meanY = a.meanY + dy * (b.rows / m.rows);
    m.xx = a.xx + b.xx + weight * dx * dx.transpose();
    m.xy = a.xy + b.xy + weight * dy * dx;
    return m;
}

void RidgeRegression::solve()
{
    const Moments &m = m_moments;
    // Centring removes the intercept from the penalised system, as scikit-learn does; without an
    // intercept the raw cross-products are rebuilt from the centred ones.
    Eigen::MatrixXd system = m.xx;
    Eigen::VectorXd rhs = m.xy;
    if (!m_params.fitIntercept) {
        system += m.rows * m.meanX * m.meanX.transpose();
        rhs += m.rows * m.meanY * m.meanX;
    }
    system.diagonal().array() += m_params.alpha;
    Eigen::LLT<Eigen::MatrixXd> llt(system);
    // A singular system (alpha = 0 with collinear columns) gets the minimum-norm solution, as
    // scikit-learn's fallback from Cholesky to least squares.
    const Eigen::VectorXd w = llt.info() == Eigen::Success ? Eigen::VectorXd(llt.solve(rhs))
                                                           : Eigen::VectorXd(system.completeOrthogonalDecomposition().solve(rhs));
    m_coefficients = w.transpose();
    m_intercepts = Eigen::VectorXd::Constant(1, m_params.fitIntercept ? m.meanY - m.meanX.dot(w) : 0.0);
}

void RidgeRegression::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkTrainingData(kFamily, x, y);
    m_moments = moments(x, y);
    solve();
}

void RidgeRegression::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (!isFitted()) {
        fit(x, y);
        return;
    }
    checkTrainingData(kFamily, x, y);
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    m_moments = merge(m_moments, moments(x, y));
    solve();
}

Eigen::VectorXd RidgeRegression::predict(const Eigen::MatrixXd &x) const
{
    if (!isFitted())
        throw Error::model(QStringLiteral("%1: the model is used before it was trained").arg(kFamily));
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    return LinearScores::of(x, m_coefficients.topRows(1), m_intercepts.head(1)).col(0);
}

Eigen::MatrixXd RidgeRegression::predictProbabilities(const Eigen::MatrixXd &) const
{
    throw Error::model(QStringLiteral("%1 is a regression: it has no class probabilities").arg(kFamily));
}

QJsonObject RidgeRegression::describe() const
{
    QJsonObject o{{QStringLiteral("family"), kFamily},
                  {QStringLiteral("task"), taskName(task())},
                  {QStringLiteral("features"), int(m_coefficients.cols())},
                  {QStringLiteral("samples_seen"), m_moments.rows}};
    if (isFitted()) {
        o.insert(QStringLiteral("coefficients"), rowsToJson(m_coefficients));
        o.insert(QStringLiteral("intercepts"), valuesToJson(m_intercepts));
    }
    return o;
}

void RidgeRegression::save(QDataStream &out) const
{
    StateStream state(out, kFamily);
    state.writeHeader(kVersion);
    state.writeJson(m_params.toJson());
    out << m_moments.rows << m_moments.meanY;
    state.writeMatrix(m_moments.meanX);
    state.writeMatrix(m_moments.xx);
    state.writeMatrix(m_moments.xy);
}

void RidgeRegression::load(QDataStream &in)
{
    StateStream state(in, kFamily);
    state.readHeader(kVersion);
    RidgeRegression loaded;
    try {
        loaded.m_params = RidgeRegressionParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    } catch (const Error &e) {
        state.fail(e.message());
    }
    Moments &m = loaded.m_moments;
    in >> m.rows >> m.meanY;
    state.check(QStringLiteral("sizes"));
    m.meanX = state.readVector(QStringLiteral("feature means"));
    m.xx = state.readMatrix(QStringLiteral("cross-products"));
    m.xy = state.readVector(QStringLiteral("feature-target products"));
    const Eigen::Index p = m.meanX.size();
    const bool consistent = m.rows >= 1 && std::isfinite(m.meanY) && m.xx.rows() == p && m.xx.cols() == p
                            && m.xy.size() == p && m.meanX.allFinite() && m.xx.allFinite() && m.xy.allFinite();
    if (!consistent)
        state.fail(QStringLiteral("its content is inconsistent"));
    loaded.solve();
    *this = std::move(loaded);
}

} // namespace streamml::model::learners
