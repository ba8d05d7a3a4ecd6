#include "model/core/error.h"
#include "tests/support/shipped_data.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/linear_shap.h"
#include "model/evaluation/explain/linear_terms.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/evaluation/explain/neighbour_explainer.h"
#include "model/evaluation/explain/sampling_shapley.h"
#include "model/learners/k_nearest_neighbours.h"
#include "model/learners/learner_factory.h"
#include "tests/unit/evaluation/explain_fixtures.h"

#include <QElapsedTimer>
#include <QtTest>
#include <cmath>

using streamml::model::core::Error;
using streamml::model::data::Table;
using streamml::model::evaluation::explain::DesignMap;
using streamml::model::evaluation::explain::ExplainOptions;
using streamml::model::evaluation::explain::LinearShap;
using streamml::model::evaluation::explain::LinearTerms;
using streamml::model::evaluation::explain::LocalExplanation;
using streamml::model::evaluation::explain::ModelExplainer;
using streamml::model::evaluation::explain::NeighbourExplainer;
using streamml::model::evaluation::explain::SamplingOptions;
using streamml::model::evaluation::explain::SamplingShapley;
using streamml::model::learners::KNearestNeighbours;
using streamml::model::learners::KnnParams;
using streamml::model::learners::Learner;
using streamml::model::learners::LearnerFactory;
using streamml::model::learners::Task;
using streamml::model::prep::PrepVariant;
using streamml::tests::ExplainFixtures;

namespace {

const QStringList kColumns{QStringLiteral("x0"), QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3"), QStringLiteral("x4")};

/// A regression whose columns 1..3 are one-hot levels of one input: refuses any row where that block
/// is not exactly one level, so it proves sampling moves the levels together.
class OneHotGuard final : public Learner
{
public:
    QString family() const override { return QStringLiteral("one_hot_guard"); }
    Task task() const override { return Task::Regression; }
    int classCount() const override { return 0; }
    void fit(const Eigen::MatrixXd &, const Eigen::VectorXd &) override {}
    void partialFit(const Eigen::MatrixXd &, const Eigen::VectorXd &) override {}
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override
    {
        if (((x.middleCols(1, 3).rowwise().sum().array() - 1.0).abs() > 0).any())
            throw Error::internal(QStringLiteral("a sample mixed the levels of one input"));
        // An interaction of the numeric column with the level, so the value is not additive.
        return x.col(0).cwiseProduct(x.col(2)) + 2.0 * x.col(3) + x.col(4).cwiseAbs2();
    }
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &) const override { return {}; }
    QJsonObject hyperparameters() const override { return {}; }
    QJsonObject describe() const override { return {}; }
    std::unique_ptr<Learner> clone() const override { return std::make_unique<OneHotGuard>(*this); }
    void save(QDataStream &) const override {}
    void load(QDataStream &) override {}
};

Eigen::MatrixXd oneHotRows(int rows, unsigned seed)
{
    Eigen::MatrixXd x = ExplainFixtures::gaussian(rows, 5, seed);
    for (int r = 0; r < rows; ++r) {
        x.row(r).segment(1, 3).setZero();
        x(r, 1 + r % 3) = 1.0;
    }
    return x;
}

std::shared_ptr<Learner> logisticOn(const Eigen::MatrixXd &x)
{
    Eigen::VectorXd y(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        y[r] = 1.2 * x(r, 0) - x(r, 1) + 0.8 * x(r, 2) * x(r, 3) + 0.3 * x(r, 4) > 0 ? 1 : 0;
    std::shared_ptr<Learner> learner = LearnerFactory::create(QStringLiteral("logistic_regression"), Task::Classification, 2, {});
    learner->fit(x, y);
    return learner;
}

SamplingShapley sampler(std::shared_ptr<const Learner> learner, const Eigen::MatrixXd &background, int rounds, quint32 seed,
                        QStringList outputs)
{
    SamplingOptions options;
    options.backgroundRows = int(background.rows());
    options.rounds = rounds;
    options.seed = seed;
    return SamplingShapley(std::move(learner), background, ExplainFixtures::singletons(5), kColumns, std::move(outputs), options);
}

double localAccuracyGap(const LocalExplanation &e)
{
    return ((e.base + e.contributions.colwise().sum()) - e.prediction).cwiseAbs().maxCoeff();
}

} // namespace

/// Permutation-sampling Shapley values: exact where the model is additive, converging to brute force
/// elsewhere with honest standard errors; grouped players; kNN on the shipped data; kNN neighbours.
class TestSamplingShapley : public QObject
{
    Q_OBJECT

private slots:
    void additiveModelIsExact()
    {
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(200, 5, 131);
        const std::shared_ptr<Learner> ridge = LearnerFactory::create(QStringLiteral("ridge_regression"), Task::Regression, 0, {});
        ridge->fit(x, 2.0 * x.col(0) - x.col(3) + 0.5 * x.col(4));
        const Eigen::MatrixXd background = x.topRows(8);
        const SamplingShapley sampled = sampler(ridge, background, 1, 5, {QStringLiteral("value")});
        const LinearShap exact(*LinearTerms::of(*ridge), background, kColumns, {QStringLiteral("value")});
        for (Eigen::Index r = 100; r < 110; ++r) {
            const LocalExplanation e = sampled.localContributions(x.row(r));
            // Every order credits w_i (x_i − z_i), and every background row starts one walk.
            QVERIFY(ExplainFixtures::maxAbs(e.contributions, exact.localContributions(x.row(r)).contributions) <= 1e-12);
            QVERIFY(localAccuracyGap(e) <= 1e-12);
            QCOMPARE(e.space, LocalExplanation::Space::Design);
        }
    }

    void convergesToBruteForceOnALogisticProbability()
    {
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(400, 5, 141);
        const std::shared_ptr<Learner> logistic = logisticOn(x);
        const Eigen::MatrixXd background = x.topRows(10);
        const Eigen::RowVectorXd row = x.row(200);
        const Eigen::MatrixXd exact = ExplainFixtures::bruteForceShapley(5, [&](const std::vector<bool> &known) {
            return ExplainFixtures::interventional([&](const Eigen::MatrixXd &rows) { return logistic->predictProbabilities(rows); },
                                                   row, background, ExplainFixtures::singletons(5), known);
        });
        double firstError = 0;
        double lastError = 0;
        for (int rounds : {1, 4, 16, 64, 256}) {
            const LocalExplanation e = sampler(logistic, background, rounds, 7, {"no", "yes"}).localContributions(row);
            const double error = ExplainFixtures::maxAbs(e.contributions, exact);
            const double standardError = e.standardErrors.maxCoeff();
            qInfo("sampling Shapley, %4d walks: max |error| = %.5f, max standard error = %.5f, local accuracy gap %.2g",
                  rounds * 10, error, standardError, localAccuracyGap(e));
            QVERIFY(localAccuracyGap(e) <= 1e-12);
            // The true error stays within a few standard errors of the estimate.
            QVERIFY(error <= 4.0 * standardError + 1e-12);
            firstError = rounds == 1 ? error : firstError;
            lastError = error;
        }
        QVERIFY(lastError < firstError / 4.0);
        QVERIFY(lastError < 0.005);
    }

    void seedMakesItReproducible()
    {
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(300, 5, 151);
        const std::shared_ptr<Learner> logistic = logisticOn(x);
        const Eigen::MatrixXd background = x.topRows(6);
        const LocalExplanation a = sampler(logistic, background, 2, 3, {"no", "yes"}).localContributions(x.row(100));
        const LocalExplanation b = sampler(logistic, background, 2, 3, {"no", "yes"}).localContributions(x.row(100));
        const LocalExplanation c = sampler(logistic, background, 2, 4, {"no", "yes"}).localContributions(x.row(100));
        QCOMPARE(a.contributions, b.contributions);
        QVERIFY(a.contributions != c.contributions);
    }

    void groupedPlayersMoveTogether()
    {
        const Eigen::MatrixXd x = oneHotRows(200, 161);
        const auto guard = std::make_shared<const OneHotGuard>();
        const std::vector<std::vector<int>> players{{0}, {1, 2, 3}, {4}};
        SamplingOptions options;
        options.backgroundRows = 12;
        options.rounds = 400;
        const SamplingShapley sampled(guard, x, players, {"speed", "phase", "size"}, {"value"}, options);
        const Eigen::RowVectorXd row = x.row(150);
        const LocalExplanation e = sampled.localContributions(row);
        QCOMPARE(e.space, LocalExplanation::Space::Input);
        QCOMPARE(e.features, (QStringList{"speed", "phase", "size"}));
        const Eigen::MatrixXd exact = ExplainFixtures::bruteForceShapley(3, [&](const std::vector<bool> &known) {
            return ExplainFixtures::interventional([&](const Eigen::MatrixXd &rows) { return Eigen::MatrixXd(guard->predict(rows)); }, row,
                                                   sampled.background(), players, known);
        });
        const double error = ExplainFixtures::maxAbs(e.contributions, exact);
        qInfo("grouped players, 4800 walks: max |error| = %.5f, max standard error = %.5f", error, e.standardErrors.maxCoeff());
        QVERIFY(error <= 4.0 * e.standardErrors.maxCoeff() + 1e-12);
        QVERIFY(localAccuracyGap(e) <= 1e-12);
    }

    void refusesPlayersThatDoNotCoverTheColumns()
    {
        const auto guard = std::make_shared<const OneHotGuard>();
        const Eigen::MatrixXd x = oneHotRows(10, 171);
        QVERIFY_THROWS_EXCEPTION(Error, SamplingShapley(guard, x, {{0}, {1, 2}, {4}}, {"a", "b", "c"}, {"value"}));
        QVERIFY_THROWS_EXCEPTION(Error, SamplingShapley(guard, x, {{0}, {1, 2, 3, 0}, {4}}, {"a", "b", "c"}, {"value"}));
        SamplingOptions bad;
        bad.rounds = 0;
        QVERIFY_THROWS_EXCEPTION(Error, SamplingShapley(guard, x, {{0}, {1, 2, 3}, {4}}, {"a", "b", "c"}, {"value"}, bad));
    }

    void knnOnTheShippedData()
    {
        const Table &birds = streamml::tests::ShippedData::table();
        streamml::model::registry::ModelSpec spec{QStringLiteral("knn"), {{"n_neighbors", 15}}, PrepVariant::linear()};
        streamml::model::registry::TrainingSchema schema;
        schema.features = QStringList{"Airport Name",        "Aircraft Make Model", "Aircraft Airline Operator", "Origin State",
                                      "Phase of flight",     "Wildlife Size",       "Wildlife Species",          "Time of day",
                                      "Speed IAS in knots"};
        schema.target = QStringLiteral("Effect Amount of damage");
        schema.negativeLabels = QStringList{QStringLiteral("None")};
        schema.positiveName = QStringLiteral("damaged");
        schema.featureSettings.logAuto = false;
        const Table training = birds.slice(0, 9000);
        const auto model = std::make_shared<const streamml::model::registry::TrainedModel>(
            streamml::model::registry::TrainedModel::train(spec, schema, training));
        const ModelExplainer explainer(model, training);
        QCOMPARE(explainer.explainer().method(), QStringLiteral("sampling_shapley"));
        const Table rows = birds.slice(9000, 1000);
        QElapsedTimer timer;
        qint64 slowest = 0;
        double worstGap = 0;
        const int explained = 20;
        timer.start();
        for (int r = 0; r < explained; ++r) {
            QElapsedTimer one;
            one.start();
            const auto result = explainer.explain(rows, r * 37);
            slowest = std::max(slowest, one.elapsed());
            worstGap = std::max(worstGap, localAccuracyGap(result.design));
            QCOMPARE(result.design.features, schema.features);
            QCOMPARE(int(result.neighbours.size()), 15);
            QCOMPARE(result.waterfall.output, QStringLiteral("damaged"));
        }
        qInfo("kNN (k = 15, %lld stored rows, %lld design columns, 9 inputs), default sampling: %.1f ms per row on average, "
              "slowest %lld ms; local accuracy gap %.2g",
              qint64(training.rowCount()), qint64(model->designNames().size()), double(timer.elapsed()) / explained, slowest, worstGap);
        QVERIFY(worstGap <= 1e-12);
    }

    void neighboursCarryTheirBatchTags()
    {
        KnnParams params;
        params.neighbours = 3;
        auto knn = std::make_shared<KNearestNeighbours>(params);
        const Eigen::MatrixXd first = ExplainFixtures::gaussian(20, 2, 181);
        const Eigen::MatrixXd second = ExplainFixtures::gaussian(20, 2, 182).array() + 10.0;
        knn->setRowTags({7});
        knn->fit(first, Eigen::VectorXd::Zero(20));
        knn->setRowTags({8});
        knn->partialFit(second, Eigen::VectorXd::Ones(20));
        const NeighbourExplainer explainer(knn, {QStringLiteral("no"), QStringLiteral("yes")});
        const auto near = explainer.neighbours(Eigen::RowVector2d(10.0, 10.0));
        QCOMPARE(int(near.size()), 3);
        for (size_t i = 0; i < near.size(); ++i) {
            QCOMPARE(near[i].tag, qint64(8));
            QCOMPARE(near[i].label, QStringLiteral("yes"));
            QVERIFY(near[i].row >= 20);
            QVERIFY(i == 0 || near[i - 1].distance <= near[i].distance);
            QVERIFY(std::abs(near[i].distance - (second.row(near[i].row - 20) - Eigen::RowVector2d(10.0, 10.0)).norm()) <= 1e-12);
        }
        const auto far = explainer.neighbours(Eigen::RowVector2d(0.0, 0.0));
        QCOMPARE(far.front().tag, qint64(7));
        QCOMPARE(far.front().label, QStringLiteral("no"));
        QVERIFY_THROWS_EXCEPTION(Error, explainer.neighbours(Eigen::RowVector3d(0.0, 0.0, 0.0)));
    }
};

QTEST_GUILESS_MAIN(TestSamplingShapley)
#include "test_sampling_shapley.moc"
