#include "model/learners/sgd_linear.h"

#include "model/core/error.h"
#include "model/learners/design_matrix.h"
#include "model/learners/input_checks.h"
#include "model/learners/linear_scores.h"
#include "model/learners/json_matrix.h"
#include "model/learners/sgd_loss.h"
#include "model/learners/state_stream.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace streamml::model::learners {

using core::Error;

namespace {

const QString kFamily = QStringLiteral("sgd_linear");
constexpr quint32 kVersion = 1;
/// scikit-learn's MAX_DLOSS: one wild row cannot blow the weights up.
constexpr double kMaxDerivative = 1e12;
/// Below this the weight scale is folded into the weights, before it underflows.
constexpr double kMinScale = 1e-9;

/// Rows ahead of the current one whose samples are fetched into the cache while it is processed.
constexpr size_t kPrefetchAhead = 8;

/// Asks the cache for a sample: rows come in shuffled order, and waiting for memory dominated updates.
void prefetch(const Eigen::MatrixXd &samples, Eigen::Index column)
{
    const char *begin = reinterpret_cast<const char *>(samples.col(column).data());
    const char *end = begin + samples.rows() * Eigen::Index(sizeof(double));
    for (const char *line = begin; line < end; line += 64)
        __builtin_prefetch(line);
}

/// Sparse samples are a few entries each: nothing worth fetching ahead.
void prefetch(const Eigen::SparseMatrix<double> &, Eigen::Index)
{
}

/// Fisher–Yates with the generator's raw output: the same order on every platform for a seed.
void shuffle(std::vector<Eigen::Index> &order, std::mt19937_64 &generator)
{
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(generator() % i)]);
}

} // namespace

SgdLinear::SgdLinear(SgdLinearParams params)
    : m_params(SgdLinearParams::fromJson(params.toJson()))
    , m_loss(SgdLoss::create(m_params.loss))
    , m_schedule(schedule(m_params.learningRate))
    , m_optimalOffset(optimalOffset())
{
}

bool SgdLinear::isClassifier() const
{
    return m_loss->isClassification();
}

Task SgdLinear::task() const
{
    return isClassifier() ? Task::Classification : Task::Regression;
}

int SgdLinear::outputs() const
{
    return isClassifier() && m_classCount > 2 ? m_classCount : 1;
}

Eigen::VectorXd SgdLinear::targets(const Eigen::VectorXd &y, int output) const
{
    if (!isClassifier())
        return y;
    const double positive = m_classCount == 2 ? 1.0 : double(output);
    return (y.array() == positive).select(Eigen::VectorXd::Ones(y.size()), -Eigen::VectorXd::Ones(y.size()));
}

double SgdLinear::optimalOffset() const
{
    if (m_schedule != Schedule::Optimal)
        return 0;
    // scikit-learn's t0 from Bottou's heuristic: the first step suits a typical weight.
    const double typicalWeight = std::sqrt(1.0 / std::sqrt(m_params.alpha));
    const double firstStep = typicalWeight / std::max(1.0, m_loss->derivative(-typicalWeight, 1.0));
    return 1.0 / (firstStep * m_params.alpha);
}

SgdLinear::Schedule SgdLinear::schedule(const QString &name)
{
    if (name == QLatin1String("invscaling"))
        return Schedule::InvScaling;
    return name == QLatin1String("constant") ? Schedule::Constant : Schedule::Optimal;
}

double SgdLinear::stepSize(double step) const
{
    switch (m_schedule) {
    case Schedule::InvScaling: return m_params.eta0 / std::pow(step, m_params.powerT);
    case Schedule::Constant: return m_params.eta0;
    case Schedule::Optimal: break;
    }
    return 1.0 / (m_params.alpha * (m_optimalOffset + step - 1));
}

template<typename Samples>
int SgdLinear::descend(int output, const Samples &samples, const Eigen::VectorXd &targets, int maxEpochs)
{
    const Eigen::Index n = samples.cols();
    // The weights are scale · v, so the penalty's shrinking costs one multiplication per row instead of
    // one per weight, and a sparse row updates only its non-zero entries (scikit-learn's wscale).
    Eigen::VectorXd v = m_coefficients.row(output).transpose();
    double scale = 1;
    double b = m_intercepts[output];
    double t = m_steps[output];
    std::mt19937_64 generator(std::uint64_t(m_params.seed) * 0x9E3779B97F4A7C15ull + std::uint64_t(m_updates));
    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    double bestLoss = std::numeric_limits<double>::infinity();
    int stalled = 0;
    int epoch = 0;
    while (epoch < maxEpochs) {
        shuffle(order, generator);
        double sumLoss = 0;
        for (size_t at = 0; at < order.size(); ++at) {
            const Eigen::Index i = order[at];
            if (at + kPrefetchAhead < order.size())
                prefetch(samples, order[at + kPrefetchAhead]);
            const double prediction = scale * samples.col(i).dot(v) + b;
            const double eta = stepSize(t);
            sumLoss += m_loss->loss(prediction, targets[i]);
            const double d = std::clamp(m_loss->derivative(prediction, targets[i]), -kMaxDerivative, kMaxDerivative);
            // The penalty shrinks the weights before the loss step, as in scikit-learn's plain SGD.
            scale *= std::max(0.0, 1.0 - eta * m_params.alpha);
            if (scale < kMinScale) {
                v *= scale;
                scale = 1;
            }
            if (d != 0) {
                v += (-eta * d / scale) * samples.col(i);
                if (m_params.fitIntercept)
                    b -= eta * d;
            }
            t += 1;
        }
        ++epoch;
        if (!v.allFinite() || !std::isfinite(b) || !std::isfinite(sumLoss))
            throw Error::model(QStringLiteral("%1 diverged; scale the features (a variant with a scaler) or lower eta0")
                                   .arg(kFamily));
        stalled = sumLoss > bestLoss - m_params.tol * double(n) ? stalled + 1 : 0;
        bestLoss = std::min(bestLoss, sumLoss);
        if (stalled >= m_params.nIterNoChange)
            break;
    }
    m_coefficients.row(output) = scale * v.transpose();
    m_intercepts[output] = b;
    m_steps[output] = t;
    return epoch;
}

template<typename Samples>
int SgdLinear::descendAll(const Samples &samples, const Eigen::VectorXd &y, int maxEpochs)
{
    int epochs = 0;
    for (int output = 0; output < outputs(); ++output)
        epochs = std::max(epochs, descend(output, samples, targets(y, output), maxEpochs));
    return epochs;
}

void SgdLinear::train(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int maxEpochs)
{
    // Samples as columns: each update reads one contiguous (or sparse) column.
    if (DesignMatrix::prefersSparse(x))
        m_epochs = descendAll(Eigen::SparseMatrix<double>(x.transpose().sparseView()), y, maxEpochs);
    else
        m_epochs = descendAll(Eigen::MatrixXd(x.transpose()), y, maxEpochs);
    m_samplesSeen += x.rows();
    ++m_updates;
}

void SgdLinear::trainFromScratch(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int maxEpochs)
{
    checkTrainingData(kFamily, x, y);
    SgdLinear trained(m_params);
    trained.m_classCount = isClassifier() ? classCountOf(kFamily, y, m_params.classCount) : 0;
    trained.m_coefficients = Eigen::MatrixXd::Zero(trained.outputs(), x.cols());
    trained.m_intercepts = Eigen::VectorXd::Zero(trained.outputs());
    trained.m_steps = Eigen::VectorXd::Ones(trained.outputs());
    trained.train(x, y, maxEpochs);
    *this = std::move(trained);
}

void SgdLinear::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    trainFromScratch(x, y, m_params.maxIter);
}

void SgdLinear::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (!isFitted()) {
        trainFromScratch(x, y, 1);
        return;
    }
    checkTrainingData(kFamily, x, y);
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    if (isClassifier())
        checkClassIndices(kFamily, y, m_classCount);
    SgdLinear updated(*this);
    updated.train(x, y, 1);
    *this = std::move(updated);
}

Eigen::MatrixXd SgdLinear::decisionFunction(const Eigen::MatrixXd &x) const
{
    if (!isFitted())
        throw Error::model(QStringLiteral("%1: the model is used before it was trained").arg(kFamily));
    checkFeatureCount(kFamily, x, m_coefficients.cols());
    return LinearScores::of(x, m_coefficients, m_intercepts);
}

Eigen::VectorXd SgdLinear::predict(const Eigen::MatrixXd &x) const
{
    const Eigen::MatrixXd scores = decisionFunction(x);
    if (!isClassifier())
        return scores.col(0);
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

Eigen::MatrixXd SgdLinear::predictProbabilities(const Eigen::MatrixXd &x) const
{
    if (!isClassifier())
        throw Error::model(QStringLiteral("%1 with squared_error is a regression: it has no class probabilities").arg(kFamily));
    const Eigen::MatrixXd scores = decisionFunction(x);
    // log_loss: the sigmoid of each score; modified_huber: its clipped linear map, as scikit-learn.
    const bool logistic = m_params.loss == QLatin1String("log_loss");
    const Eigen::ArrayXXd positive = logistic ? Eigen::ArrayXXd((1.0 + (-scores.array()).exp()).inverse())
                                              : Eigen::ArrayXXd((scores.array().min(1.0).max(-1.0) + 1.0) / 2.0);
    if (m_classCount == 2) {
        Eigen::MatrixXd p(x.rows(), 2);
        p.col(1) = positive.col(0).matrix();
        p.col(0) = 1.0 - positive.col(0);
        return p;
    }
    // One-vs-rest scores normalised per row; a row where every class says no gets equal shares.
    Eigen::MatrixXd p = positive.matrix();
    for (Eigen::Index r = 0; r < p.rows(); ++r) {
        const double sum = p.row(r).sum();
        if (sum > 0)
            p.row(r) /= sum;
        else
            p.row(r).setConstant(1.0 / double(m_classCount));
    }
    return p;
}

QJsonObject SgdLinear::describe() const
{
    QJsonObject o{{QStringLiteral("family"), kFamily},
                  {QStringLiteral("task"), taskName(task())},
                  {QStringLiteral("classes"), m_classCount},
                  {QStringLiteral("features"), int(m_coefficients.cols())},
                  {QStringLiteral("epochs"), m_epochs},
                  {QStringLiteral("samples_seen"), m_samplesSeen}};
    if (isFitted()) {
        o.insert(QStringLiteral("coefficients"), rowsToJson(m_coefficients));
        o.insert(QStringLiteral("intercepts"), valuesToJson(m_intercepts));
    }
    return o;
}

void SgdLinear::save(QDataStream &out) const
{
    StateStream state(out, kFamily);
    state.writeHeader(kVersion);
    state.writeJson(m_params.toJson());
    out << qint32(m_classCount) << qint32(m_epochs) << m_samplesSeen << m_updates;
    state.writeMatrix(m_coefficients);
    state.writeMatrix(m_intercepts);
    state.writeMatrix(m_steps);
}

void SgdLinear::load(QDataStream &in)
{
    StateStream state(in, kFamily);
    state.readHeader(kVersion);
    SgdLinearParams params;
    try {
        params = SgdLinearParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    } catch (const Error &e) {
        state.fail(e.message());
    }
    SgdLinear loaded(params);
    qint32 classCount = 0;
    qint32 epochs = 0;
    in >> classCount >> epochs >> loaded.m_samplesSeen >> loaded.m_updates;
    state.check(QStringLiteral("sizes"));
    loaded.m_classCount = classCount;
    loaded.m_epochs = epochs;
    loaded.m_coefficients = state.readMatrix(QStringLiteral("coefficients"));
    loaded.m_intercepts = state.readVector(QStringLiteral("intercepts"));
    loaded.m_steps = state.readVector(QStringLiteral("step counts"));
    const bool classesFit = loaded.isClassifier() ? classCount >= 2 : classCount == 0;
    const bool consistent = classesFit && loaded.m_coefficients.rows() == loaded.outputs()
                            && loaded.m_intercepts.size() == loaded.outputs() && loaded.m_steps.size() == loaded.outputs()
                            && loaded.m_coefficients.allFinite() && loaded.m_intercepts.allFinite();
    if (!consistent)
        state.fail(QStringLiteral("its content is inconsistent"));
    *this = std::move(loaded);
}

} // namespace streamml::model::learners
