#include "model/learners/huber_regression.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/learners/design_matrix.h"
#include "model/learners/huber_objective.h"
#include "model/learners/input_checks.h"
#include "model/learners/linear_scores.h"
#include "model/learners/json_matrix.h"
#include "model/learners/lbfgs.h"
#include "model/learners/newton_solver.h"
#include "model/learners/state_stream.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::learners {

using core::Error;

namespace {
const QString kFamily = QStringLiteral("huber_regression");
constexpr quint32 kVersion = 1;
constexpr int kSettlingIterations = 100;
} // namespace

HuberRegression::HuberRegression(HuberRegressionParams params)
    : m_params(HuberRegressionParams::fromJson(params.toJson()))
{
}

Eigen::VectorXd HuberRegression::ridgeDiagonal(Eigen::Index features) const
{
    // alpha·‖w‖² is ½·(2 alpha)·‖w‖²; intercept and scale are not penalised.
    Eigen::VectorXd diagonal = Eigen::VectorXd::Zero(features + (m_params.fitIntercept ? 1 : 0) + 1);
    diagonal.head(features).setConstant(2 * m_params.alpha);
    return diagonal;
}

Eigen::VectorXd HuberRegression::parameters() const
{
    const Eigen::Index features = m_coefficients.cols();
    Eigen::VectorXd theta(features + (m_params.fitIntercept ? 1 : 0) + 1);
    theta.head(features) = m_coefficients.row(0).transpose();
    if (m_params.fitIntercept)
        theta[features] = m_intercepts[0];
    theta[theta.size() - 1] = m_scale;
    return theta;
}

void HuberRegression::store(const Eigen::VectorXd &theta, Eigen::Index features)
{
    m_coefficients = theta.head(features).transpose();
    m_intercepts = Eigen::VectorXd::Constant(1, m_params.fitIntercept ? theta[features] : 0.0);
    m_scale = theta[theta.size() - 1];
}

void HuberRegression::minimize(const HuberObjective &objective, Eigen::VectorXd &theta, Eigen::Index rows)
{
    // The tolerance is per row, so it means the same for a batch of 100 rows and one of 100 000.
    const double tolerance = m_params.tol * double(rows);
    // L-BFGS settles which rows are outliers; it then crawls, as the Hessian jumps wherever a row crosses
    // epsilon·scale. Around the optimum the objective is smooth and Newton steps finish in a few iterations.
    SolverResult result = Lbfgs(std::min(m_params.maxIter, kSettlingIterations), tolerance).minimize(objective, theta);
    if (!result.converged) {
        const SolverResult polish = NewtonSolver(m_params.maxIter - result.iterations, tolerance).minimize(objective, theta);
        result.iterations += polish.iterations;
        result.converged = polish.converged;
    }
    m_iterations = result.iterations;
    m_converged = result.converged;
    m_outliers = objective.outliers(theta);
    if (!m_converged)
        core::Log::get("learners")->warn("{}: no convergence in {} iterations; raise max_iter or tol", kFamily,
                                         result.iterations);
}

void HuberRegression::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkTrainingData(kFamily, x, y);
    HuberRegression trained(m_params);
    const DesignMatrix a(x, m_params.fitIntercept);
    const QuadraticPenalty penalty = QuadraticPenalty::ridge(ridgeDiagonal(x.cols()));
    const HuberObjective objective(a, y, m_params.epsilon, penalty);
    // Coefficients 0 and scale 1, as scikit-learn starts.
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(a.cols() + 1);
    theta[a.cols()] = 1;
    trained.minimize(objective, theta, x.rows());
    trained.m_curvature = objective.hessian(theta);
    trained.store(theta, x.cols());
    trained.m_samplesSeen = x.rows();
    *this = std::move(trained);
}

void HuberRegression::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (!isFitted()) {
        fit(x, y);
        return;
    }
    checkTrainingData(kFamily, x, y);
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    HuberRegression updated(*this);
    const DesignMatrix a(x, m_params.fitIntercept);
    Eigen::VectorXd theta = parameters();
    const QuadraticPenalty penalty =
        QuadraticPenalty::update(m_curvature, theta, ridgeDiagonal(x.cols()), m_params.forgetting);
    const HuberObjective objective(a, y, m_params.epsilon, penalty);
    updated.minimize(objective, theta, x.rows());
    updated.m_curvature = objective.hessian(theta);
    updated.store(theta, x.cols());
    updated.m_samplesSeen += x.rows();
    *this = std::move(updated);
}

Eigen::VectorXd HuberRegression::predict(const Eigen::MatrixXd &x) const
{
    if (!isFitted())
        throw Error::model(QStringLiteral("%1: the model is used before it was trained").arg(kFamily));
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    return LinearScores::of(x, m_coefficients.topRows(1), m_intercepts.head(1)).col(0);
}

Eigen::MatrixXd HuberRegression::predictProbabilities(const Eigen::MatrixXd &) const
{
    throw Error::model(QStringLiteral("%1 is a regression: it has no class probabilities").arg(kFamily));
}

QJsonObject HuberRegression::describe() const
{
    QJsonObject o{{QStringLiteral("family"), kFamily},
                  {QStringLiteral("task"), taskName(task())},
                  {QStringLiteral("features"), int(m_coefficients.cols())},
                  {QStringLiteral("samples_seen"), m_samplesSeen},
                  {QStringLiteral("outliers"), m_outliers},
                  {QStringLiteral("iterations"), m_iterations},
                  {QStringLiteral("converged"), m_converged}};
    if (isFitted()) {
        o.insert(QStringLiteral("coefficients"), rowsToJson(m_coefficients));
        o.insert(QStringLiteral("intercepts"), valuesToJson(m_intercepts));
        o.insert(QStringLiteral("scale"), m_scale);
    }
    return o;
}

void HuberRegression::save(QDataStream &out) const
{
    StateStream state(out, kFamily);
    state.writeHeader(kVersion);
    state.writeJson(m_params.toJson());
    out << m_scale << m_samplesSeen << m_outliers << qint32(m_iterations) << m_converged;
    state.writeMatrix(m_coefficients);
    state.writeMatrix(m_intercepts);
    state.writeMatrix(m_curvature);
}

void HuberRegression::load(QDataStream &in)
{
    StateStream state(in, kFamily);
    state.readHeader(kVersion);
    HuberRegression loaded;
    try {
        loaded.m_params = HuberRegressionParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    } catch (const Error &e) {
        state.fail(e.message());
    }
    qint32 iterations = 0;
    in >> loaded.m_scale >> loaded.m_samplesSeen >> loaded.m_outliers >> iterations >> loaded.m_converged;
    state.check(QStringLiteral("sizes"));
    loaded.m_iterations = iterations;
    loaded.m_coefficients = state.readMatrix(QStringLiteral("coefficients"));
    loaded.m_intercepts = state.readVector(QStringLiteral("intercepts"));
    loaded.m_curvature = state.readMatrix(QStringLiteral("curvature"));
    const Eigen::Index parameters = loaded.m_coefficients.cols() + (loaded.m_params.fitIntercept ? 1 : 0) + 1;
    const bool consistent = loaded.m_scale > 0 && std::isfinite(loaded.m_scale) && loaded.m_coefficients.rows() == 1
                            && loaded.m_intercepts.size() == 1 && loaded.m_curvature.rows() == parameters
                            && loaded.m_curvature.cols() == parameters && loaded.m_coefficients.allFinite()
                            && loaded.m_intercepts.allFinite() && loaded.m_curvature.allFinite();
    if (!consistent)
        state.fail(QStringLiteral("its content is inconsistent"));
    *this = std::move(loaded);
}

} // namespace streamml::model::learners
