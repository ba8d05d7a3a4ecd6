#include "model/learners/logistic_regression.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/learners/design_matrix.h"
#include "model/learners/input_checks.h"
#include "model/learners/linear_scores.h"
#include "model/learners/json_matrix.h"
#include "model/learners/lbfgs.h"
#include "model/learners/logistic_objective.h"
#include "model/learners/newton_solver.h"
#include "model/learners/state_stream.h"

#include <algorithm>

namespace streamml::model::learners {

using core::Error;

namespace {

const QString kFamily = QStringLiteral("logistic_regression");
constexpr quint32 kVersion = 1;
/// Above this many parameters a Newton step (cubic in them) costs more than L-BFGS iterations.
constexpr Eigen::Index kNewtonLimit = 500;

std::vector<bool> presentClasses(const Eigen::VectorXd &y, int classCount)
{
    std::vector<bool> present(size_t(classCount), false);
    for (double v : y)
        present[size_t(v)] = true;
    return present;
}

} // namespace

LogisticRegression::LogisticRegression(LogisticRegressionParams params)
    : m_params(LogisticRegressionParams::fromJson(params.toJson()))
{
}

Eigen::VectorXd LogisticRegression::ridgeDiagonal(const std::vector<bool> &present) const
{
    // Coefficients carry the L2 penalty 1/C, intercepts none, as in scikit-learn. The intercept of a
    // class without any row would run off to minus infinity, so it is penalised like a coefficient.
    const int outputCount = m_classCount == 2 ? 1 : m_classCount;
    const Eigen::Index features = m_coefficients.cols();
    const Eigen::Index columns = features + (m_params.fitIntercept ? 1 : 0);
    const bool binaryOneSided = m_classCount == 2 && !(present[0] && present[1]);
    Eigen::VectorXd diagonal = Eigen::VectorXd::Constant(columns * outputCount, 1.0 / m_params.c);
    if (!m_params.fitIntercept)
        return diagonal;
    for (int j = 0; j < outputCount; ++j) {
        const bool absent = m_classCount == 2 ? binaryOneSided : !present[size_t(j)];
        diagonal[j * columns + features] = absent ? 1.0 / m_params.c : 0.0;
    }
    return diagonal;
}

Eigen::VectorXd LogisticRegression::parameters() const
{
    const Eigen::Index features = m_coefficients.cols();
    const Eigen::Index columns = features + (m_params.fitIntercept ? 1 : 0);
    Eigen::VectorXd theta(columns * outputs());
    Eigen::Map<Eigen::MatrixXd> w(theta.data(), columns, outputs());
    w.topRows(features) = m_coefficients.transpose();
    if (m_params.fitIntercept)
        w.row(features) = m_intercepts.transpose();
    return theta;
}

void LogisticRegression::store(const Eigen::VectorXd &theta)
{
    const Eigen::Index features = m_coefficients.cols();
    const Eigen::Map<const Eigen::MatrixXd> w(theta.data(), theta.size() / outputs(), outputs());
    m_coefficients = w.topRows(features).transpose();
    m_intercepts = m_params.fitIntercept ? Eigen::VectorXd(w.row(features).transpose()) : Eigen::VectorXd::Zero(outputs());
}

void LogisticRegression::minimize(const LogisticObjective &objective, Eigen::VectorXd &theta, Eigen::Index rows)
{
    // The tolerance is per row, so it means the same for a batch of 100 rows and one of 100 000.
    const double tolerance = m_params.tol * double(rows);
    const bool newton = m_params.solver == QLatin1String("newton")
                        || (m_params.solver == QLatin1String("auto") && theta.size() <= kNewtonLimit);
    const SolverResult result = newton ? NewtonSolver(m_params.maxIter, tolerance).minimize(objective, theta)
                                       : Lbfgs(m_params.maxIter, tolerance).minimize(objective, theta);
    m_iterations = result.iterations;
    m_converged = result.converged;
    if (!m_converged)
        core::Log::get("learners")->warn("{}: no convergence in {} iterations; raise max_iter or tol", kFamily,
                                            result.iterations);
}

void LogisticRegression::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkTrainingData(kFamily, x, y);
    const int classCount = classCountOf(kFamily, y, m_params.classCount);
    LogisticRegression trained(m_params);
    trained.m_classCount = classCount;
    trained.m_coefficients = Eigen::MatrixXd::Zero(trained.outputs(), x.cols());
    const DesignMatrix a(x, m_params.fitIntercept);
    const std::vector<bool> present = presentClasses(y, classCount);
    const QuadraticPenalty penalty = QuadraticPenalty::ridge(trained.ridgeDiagonal(present));
    const bool freeShift = classCount > 2 && m_params.fitIntercept
                           && std::find(present.begin(), present.end(), false) == present.end();
    const LogisticObjective objective(a, y, classCount, penalty, freeShift);
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(a.cols() * trained.outputs());
    trained.minimize(objective, theta, x.rows());
    trained.m_curvature = objective.hessian(theta);
    trained.store(theta);
    // The value is invariant to a common shift of free intercepts; report the centred solution.
    if (freeShift)
        trained.m_intercepts.array() -= trained.m_intercepts.mean();
    trained.m_samplesSeen = x.rows();
    *this = std::move(trained);
}

void LogisticRegression::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (!isFitted()) {
        fit(x, y);
        return;
    }
    checkTrainingData(kFamily, x, y);
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    checkClassIndices(kFamily, y, m_classCount);
    const DesignMatrix a(x, m_params.fitIntercept);
    Eigen::VectorXd theta = parameters();
    const QuadraticPenalty penalty = QuadraticPenalty::update(
        m_curvature, theta, ridgeDiagonal(std::vector<bool>(size_t(m_classCount), true)), m_params.forgetting);
    // The earlier curvature already pins the intercept shift, so no direction is free here.
    const LogisticObjective objective(a, y, m_classCount, penalty, false);
    minimize(objective, theta, x.rows());
    m_curvature = objective.hessian(theta);
    store(theta);
    m_samplesSeen += x.rows();
}

void LogisticRegression::checkFitted() const
{
    if (!isFitted())
        throw Error::model(QStringLiteral("%1: the model is used before it was trained").arg(kFamily));
}

Eigen::MatrixXd LogisticRegression::decisionFunction(const Eigen::MatrixXd &x) const
{
    checkFitted();
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    return LinearScores::of(x, m_coefficients, m_intercepts);
}

Eigen::VectorXd LogisticRegression::predict(const Eigen::MatrixXd &x) const
{
    const Eigen::MatrixXd scores = decisionFunction(x);
    Eigen::VectorXd classes(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        Eigen::Index best = 0;
        if (scores.cols() == 1)
            best = scores(r, 0) > 0 ? 1 : 0;
        else
            scores.row(r).maxCoeff(&best);
        classes[r] = double(best);
    }
    return classes;
}

Eigen::MatrixXd LogisticRegression::predictProbabilities(const Eigen::MatrixXd &x) const
{
    return LogisticObjective::probabilities(decisionFunction(x));
}

QJsonObject LogisticRegression::describe() const
{
    QJsonObject o{{QStringLiteral("family"), kFamily},
                  {QStringLiteral("task"), taskName(task())},
                  {QStringLiteral("classes"), m_classCount},
                  {QStringLiteral("features"), int(m_coefficients.cols())},
                  {QStringLiteral("formulation"), m_classCount > 2 ? QStringLiteral("multinomial") : QStringLiteral("binary")},
                  {QStringLiteral("samples_seen"), m_samplesSeen},
                  {QStringLiteral("iterations"), m_iterations},
                  {QStringLiteral("converged"), m_converged}};
    if (isFitted()) {
        o.insert(QStringLiteral("coefficients"), rowsToJson(m_coefficients));
        o.insert(QStringLiteral("intercepts"), valuesToJson(m_intercepts));
        o.insert(QStringLiteral("odds_ratios"), rowsToJson(m_coefficients.array().exp().matrix()));
    }
    return o;
}

void LogisticRegression::save(QDataStream &out) const
{
    StateStream state(out, kFamily);
    state.writeHeader(kVersion);
    state.writeJson(m_params.toJson());
    out << qint32(m_classCount) << m_samplesSeen << qint32(m_iterations) << m_converged;
    state.writeMatrix(m_coefficients);
    state.writeMatrix(m_intercepts);
    state.writeMatrix(m_curvature);
}

void LogisticRegression::load(QDataStream &in)
{
    StateStream state(in, kFamily);
    state.readHeader(kVersion);
    LogisticRegression loaded;
    try {
        loaded.m_params = LogisticRegressionParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    } catch (const Error &e) {
        state.fail(e.message());
    }
    qint32 classCount = 0;
    qint32 iterations = 0;
    in >> classCount >> loaded.m_samplesSeen >> iterations >> loaded.m_converged;
    state.check(QStringLiteral("sizes"));
    loaded.m_classCount = classCount;
    loaded.m_iterations = iterations;
    loaded.m_coefficients = state.readMatrix(QStringLiteral("coefficients"));
    loaded.m_intercepts = state.readVector(QStringLiteral("intercepts"));
    loaded.m_curvature = state.readMatrix(QStringLiteral("curvature"));
    const Eigen::Index parameters = (loaded.m_coefficients.cols() + (loaded.m_params.fitIntercept ? 1 : 0)) * loaded.outputs();
    const bool consistent = classCount >= 2 && loaded.m_coefficients.rows() == loaded.outputs()
                            && loaded.m_intercepts.size() == loaded.outputs() && loaded.m_curvature.rows() == parameters
                            && loaded.m_curvature.cols() == parameters && loaded.m_coefficients.allFinite()
                            && loaded.m_intercepts.allFinite() && loaded.m_curvature.allFinite();
    if (!consistent)
        state.fail(QStringLiteral("its content is inconsistent"));
    *this = std::move(loaded);
}

} // namespace streamml::model::learners
