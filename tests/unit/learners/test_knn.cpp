#include "model/core/error.h"
#include "model/learners/k_nearest_neighbours.h"
#include "tests/unit/learners/tree_knn_fixtures.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>
#include <random>

using streamml::model::core::Error;
using streamml::model::learners::KNearestNeighbours;
using streamml::model::learners::KnnParams;
using streamml::model::learners::Task;
using streamml::tests::TreeKnnFixtures;

namespace {

bool close(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

KnnParams paramsFor(const QJsonObject &fixtureParams, const QString &task)
{
    QJsonObject json = fixtureParams;
    json.insert(QStringLiteral("task"), task);
    return KnnParams::fromJson(json);
}

Eigen::MatrixXd randomRows(int rows, int columns, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd x(rows, columns);
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            x(r, c) = normal(random);
    return x;
}

Eigen::VectorXd labels(const Eigen::MatrixXd &x)
{
    Eigen::VectorXd y(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        y[r] = x(r, 0) + 0.5 * x(r, 1) > 0 ? 1.0 : 0.0;
    return y;
}

/// The k nearest rows of `points` to `query` by exact squared distance summed in column order, ties at
/// the k-th distance decided by row order: the set a plain scan through scikit-learn's heap keeps (in
/// row order; the heap orders equal distances its own way).
std::vector<qint64> plainScan(const Eigen::MatrixXd &points, const Eigen::RowVectorXd &query, int k)
{
    std::vector<std::pair<double, qint64>> candidates;
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        double sum = 0;
        for (Eigen::Index c = 0; c < points.cols(); ++c)
            sum += (query[c] - points(r, c)) * (query[c] - points(r, c));
        candidates.emplace_back(sum, qint64(r));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<qint64> rows;
    for (int i = 0; i < k; ++i)
        rows.push_back(candidates[size_t(i)].second);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QByteArray saved(const KNearestNeighbours &model)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    model.save(out);
    return bytes;
}

} // namespace

/// Checks kNN against scikit-learn 1.2 (ties included), its sliding window, neighbour explanations and storage.
class TestKnn : public QObject
{
    Q_OBJECT

private slots:
    void samePredictionsAsScikitLearn_data();
    void samePredictionsAsScikitLearn();
    void kdTreeAndScanAgree();
    void blockedScanEqualsPlainScan_data();
    void blockedScanEqualsPlainScan();
    void searchRuleFollowsDimensionAndSize();
    void partialFitSlidesTheWindow();
    void neighboursCarryRowsAndTags();
    void saveAndLoadGiveIdenticalPredictions();
    void truncatedStateIsRefused();
    void parametersRoundTripAndNameBadKeys();
    void badInputIsRefused();
};

void TestKnn::samePredictionsAsScikitLearn_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray entries = TreeKnnFixtures::load(QStringLiteral("knn")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QByteArray name = entry.value(QStringLiteral("dataset")).toString().toUtf8() + ' '
            + QJsonDocument(entry.value(QStringLiteral("params")).toObject()).toJson(QJsonDocument::Compact);
        QTest::newRow(name.constData()) << i;
    }
}

void TestKnn::samePredictionsAsScikitLearn()
{
    QFETCH(int, index);
    const QJsonObject entry = TreeKnnFixtures::load(QStringLiteral("knn")).toArray().at(index).toObject();
    const QJsonObject data = TreeKnnFixtures::dataset(entry.value(QStringLiteral("dataset")).toString());
    const QString task = data.value(QStringLiteral("task")).toString();
    KNearestNeighbours model(paramsFor(entry.value(QStringLiteral("params")).toObject(), task));
    model.fit(TreeKnnFixtures::matrix(data.value(QStringLiteral("x_train")).toArray()),
              TreeKnnFixtures::vector(data.value(QStringLiteral("y_train")).toArray()));
    const Eigen::MatrixXd test = TreeKnnFixtures::matrix(data.value(QStringLiteral("x_test")).toArray());

    const Eigen::VectorXd predicted = model.predict(test);
    const QJsonArray expected = entry.value(QStringLiteral("predict")).toArray();
    QCOMPARE(predicted.size(), Eigen::Index(expected.size()));
    for (int r = 0; r < expected.size(); ++r) {
        if (task == QStringLiteral("classification"))
            QVERIFY2(predicted[r] == expected.at(r).toDouble(), qPrintable(QStringLiteral("row %1").arg(r)));
        else
            QVERIFY2(close(predicted[r], expected.at(r).toDouble()), qPrintable(QStringLiteral("row %1").arg(r)));
    }
    if (task == QStringLiteral("classification")) {
        const Eigen::MatrixXd probabilities = model.predictProbabilities(test);
        const QJsonArray expectedProbabilities = entry.value(QStringLiteral("proba")).toArray();
        for (int r = 0; r < expectedProbabilities.size(); ++r)
            for (int c = 0; c < probabilities.cols(); ++c)
                QVERIFY(close(probabilities(r, c), expectedProbabilities.at(r).toArray().at(c).toDouble()));
    }
    // Equal distances: the same rows, in the same order, as scikit-learn's kneighbors.
    const QJsonArray neighbours = entry.value(QStringLiteral("neighbours")).toArray();
    for (int r = 0; r < neighbours.size(); ++r) {
        const auto found = model.neighbours(test, r);
        const QJsonArray rows = neighbours.at(r).toArray();
        QCOMPARE(int(found.size()), int(rows.size()));
        for (int i = 0; i < rows.size(); ++i)
            QVERIFY2(found[size_t(i)].row == rows.at(i).toInteger(), qPrintable(QStringLiteral("query %1").arg(r)));
    }
}

void TestKnn::kdTreeAndScanAgree()
{
    const Eigen::MatrixXd x = randomRows(3000, 4, 11);
    const Eigen::VectorXd y = labels(x);
    const Eigen::MatrixXd queries = randomRows(300, 4, 12);
    for (const char *metric : {"euclidean", "manhattan"}) {
        QJsonObject json{{QStringLiteral("n_neighbors"), 7},
                         {QStringLiteral("weights"), QStringLiteral("distance")},
                         {QStringLiteral("metric"), QLatin1String(metric)}};
        json.insert(QStringLiteral("algorithm"), QStringLiteral("kd_tree"));
        KNearestNeighbours tree(KnnParams::fromJson(json));
        json.insert(QStringLiteral("algorithm"), QStringLiteral("brute"));
        KNearestNeighbours scan(KnnParams::fromJson(json));
        tree.fit(x, y);
        scan.fit(x, y);
        QVERIFY(tree.usesKdTree());
        QVERIFY(!scan.usesKdTree());
        QCOMPARE(tree.predictProbabilities(queries), scan.predictProbabilities(queries));
        for (Eigen::Index r = 0; r < queries.rows(); r += 29) {
            const auto a = tree.neighbours(queries, r);
            const auto b = scan.neighbours(queries, r);
            for (size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].row, b[i].row);
                QCOMPARE(a[i].distance, b[i].distance);
            }
        }
    }
}

void TestKnn::blockedScanEqualsPlainScan_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("one-hot rows with many exact ties") << 1.0;
    // Squared norms overflow (the bound says nothing), distances between near rows do not.
    QTest::newRow("values whose squares overflow") << 1e155;
}

void TestKnn::blockedScanEqualsPlainScan()
{
    QFETCH(double, scale);
    // More points than one block of the scan and more queries than one chunk; about a hundred
    // distinct rows, so most neighbours tie with others.
    std::mt19937 random(71);
    Eigen::MatrixXd points = Eigen::MatrixXd::Zero(2600, 24);
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        points(r, Eigen::Index(random() % 6)) = 1;
        points(r, 6 + Eigen::Index(random() % 6)) = 1;
        points(r, 0) += double(random() % 3) * 0.1;
    }
    points *= scale;
    const Eigen::MatrixXd queries = points.topRows(300) + 0.01 * scale * randomRows(300, 24, 72).cwiseAbs().cwiseMin(1.0);
    KnnParams params;
    params.neighbours = 7;
    params.algorithm = KnnParams::Algorithm::Brute;
    KNearestNeighbours model(params);
    model.fit(points, labels(points));
    for (Eigen::Index q = 0; q < queries.rows(); q += 13) {
        std::vector<qint64> found;
        double previous = 0;
        for (const auto &neighbour : model.neighbours(queries, q)) {
            QVERIFY(neighbour.distance >= previous);
            previous = neighbour.distance;
            found.push_back(neighbour.row);
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, plainScan(points, queries.row(q), params.neighbours));
    }
    // Whole predictions go through the blocked search in parallel chunks.
    const Eigen::VectorXd predicted = model.predict(queries);
    for (Eigen::Index q = 0; q < queries.rows(); q += 29) {
        double positive = 0;
        for (qint64 row : plainScan(points, queries.row(q), params.neighbours))
            positive += labels(points)[row];
        QCOMPARE(predicted[q], positive > params.neighbours / 2.0 ? 1.0 : 0.0);
    }
}

void TestKnn::searchRuleFollowsDimensionAndSize()
{
    QVERIFY(KNearestNeighbours::kdTreeFor(1000, 15, 5));
    QVERIFY(!KNearestNeighbours::kdTreeFor(1000, 16, 5));
    QVERIFY(!KNearestNeighbours::kdTreeFor(80, 3, 5));
    QVERIFY(!KNearestNeighbours::kdTreeFor(1000, 3, 500));
    KNearestNeighbours model;
    model.fit(randomRows(500, 20, 1), labels(randomRows(500, 20, 1)));
    QVERIFY(!model.usesKdTree());
    QCOMPARE(model.describe().value(QStringLiteral("search")).toString(), QStringLiteral("brute"));
}

void TestKnn::partialFitSlidesTheWindow()
{
    const Eigen::MatrixXd x = randomRows(90, 3, 21);
    const Eigen::VectorXd y = labels(x);
    KNearestNeighbours model(KnnParams::fromJson({{QStringLiteral("window"), 50}, {QStringLiteral("n_neighbors"), 3}}));
    model.fit(x.topRows(30), y.head(30));
    QCOMPARE(model.storedRowCount(), qint64(30));
    model.partialFit(x.middleRows(30, 40), y.segment(30, 40));
    QCOMPARE(model.storedRowCount(), qint64(50));
    model.partialFit(x.bottomRows(20), y.tail(20));
    QCOMPARE(model.storedRowCount(), qint64(50));

    // The window holds exactly the newest 50 rows: same predictions as a model fitted on them alone.
    KNearestNeighbours fresh(model.params());
    fresh.fit(x.bottomRows(50), y.tail(50));
    const Eigen::MatrixXd queries = randomRows(100, 3, 22);
    QCOMPARE(model.predictProbabilities(queries), fresh.predictProbabilities(queries));
    for (const auto &n : model.neighbours(queries, 0))
        QVERIFY(n.row >= 40 && n.row < 90);
    // A training row is its own nearest neighbour, reported with its stream position.
    const auto self = model.neighbours(x, 75);
    QCOMPARE(self.front().row, qint64(75));
    QCOMPARE(self.front().distance, 0.0);
    QCOMPARE(self.front().target, y[75]);
}

void TestKnn::neighboursCarryRowsAndTags()
{
    const Eigen::MatrixXd x = randomRows(40, 2, 31);
    const Eigen::VectorXd y = labels(x);
    KNearestNeighbours model(KnnParams::fromJson({{QStringLiteral("n_neighbors"), 1}}));
    model.setRowTags({7});
    model.fit(x.topRows(20), y.head(20));
    std::vector<qint64> tags(20);
    for (int i = 0; i < 20; ++i)
        tags[size_t(i)] = 100 + i;
    model.setRowTags(tags);
    model.partialFit(x.bottomRows(20), y.tail(20));
    QCOMPARE(model.neighbours(x, 3).front().tag, qint64(7));
    QCOMPARE(model.neighbours(x, 25).front().tag, qint64(105));
    model.partialFit(x.topRows(1), y.head(1));
    QCOMPARE(model.neighbours(x, 0).front().tag, qint64(7)); // row 0 itself comes first (lower position)
    model.setRowTags({1, 2});
    QVERIFY_THROWS_EXCEPTION(Error, model.partialFit(x.topRows(3), y.head(3)));
}

void TestKnn::saveAndLoadGiveIdenticalPredictions()
{
    const Eigen::MatrixXd x = randomRows(400, 3, 41);
    Eigen::VectorXd y = x.col(0) * 2.0 + x.col(2);
    KNearestNeighbours model(KnnParams::fromJson({{QStringLiteral("task"), QStringLiteral("regression")},
                                                  {QStringLiteral("weights"), QStringLiteral("distance")},
                                                  {QStringLiteral("window"), 300}}));
    model.setRowTags({5});
    model.fit(x, y);
    KNearestNeighbours loaded;
    QDataStream in(saved(model));
    loaded.load(in);
    const Eigen::MatrixXd queries = randomRows(50, 3, 42);
    QCOMPARE(loaded.predict(queries), model.predict(queries));
    QCOMPARE(loaded.hyperparameters(), model.hyperparameters());
    QCOMPARE(loaded.neighbours(queries, 4).front().tag, qint64(5));
    QCOMPARE(loaded.neighbours(queries, 4).front().row, model.neighbours(queries, 4).front().row);
    QCOMPARE(loaded.usesKdTree(), model.usesKdTree());
    const auto copy = model.clone();
    QCOMPARE(copy->predict(queries), model.predict(queries));
}

void TestKnn::truncatedStateIsRefused()
{
    const Eigen::MatrixXd x = randomRows(100, 3, 51);
    KNearestNeighbours model;
    model.fit(x, labels(x));
    const QByteArray bytes = saved(model);
    for (qsizetype length : {qsizetype(0), qsizetype(5), bytes.size() / 2, bytes.size() - 1}) {
        QDataStream in(bytes.left(length));
        KNearestNeighbours loaded;
        QVERIFY_THROWS_EXCEPTION(Error, loaded.load(in));
        QCOMPARE(loaded.storedRowCount(), qint64(0));
    }
}

void TestKnn::parametersRoundTripAndNameBadKeys()
{
    KnnParams params;
    params.task = Task::Regression;
    params.neighbours = 9;
    params.weights = KnnParams::Weights::Distance;
    params.metric = streamml::model::learners::DistanceMetric::Manhattan;
    params.window = 1234;
    QCOMPARE(KnnParams::fromJson(params.toJson()).toJson(), params.toJson());
    try {
        KnnParams::fromJson({{QStringLiteral("n_neighbors"), 0}});
        QFAIL("n_neighbors = 0 accepted");
    } catch (const Error &error) {
        QVERIFY(error.message().contains(QStringLiteral("n_neighbors")));
        QVERIFY(error.message().contains(QStringLiteral("1..10000")));
    }
    try {
        KnnParams::fromJson({{QStringLiteral("metric"), QStringLiteral("cosine")}});
        QFAIL("metric = cosine accepted");
    } catch (const Error &error) {
        QVERIFY(error.message().contains(QStringLiteral("euclidean, manhattan")));
    }
}

void TestKnn::badInputIsRefused()
{
    Eigen::MatrixXd x = randomRows(20, 2, 61);
    const Eigen::VectorXd y = labels(x);
    KNearestNeighbours model;
    QVERIFY_THROWS_EXCEPTION(Error, model.predict(x));
    x(4, 1) = std::nan("");
    QVERIFY_THROWS_EXCEPTION(Error, model.fit(x, y));
    KNearestNeighbours large(KnnParams::fromJson({{QStringLiteral("n_neighbors"), 30}}));
    large.fit(randomRows(20, 2, 62), y);
    QVERIFY_THROWS_EXCEPTION(Error, large.predict(randomRows(2, 2, 63)));
    KNearestNeighbours refit(KnnParams::fromJson({{QStringLiteral("n_neighbors"), 3}}));
    refit.fit(randomRows(20, 2, 64), y);
    QVERIFY_THROWS_EXCEPTION(Error, refit.partialFit(randomRows(20, 3, 65), y));
    refit.fit(randomRows(20, 3, 65), y); // training from scratch may change the features
    QCOMPARE(refit.predict(randomRows(4, 3, 66)).size(), Eigen::Index(4));
}

QTEST_GUILESS_MAIN(TestKnn)
#include "test_knn.moc"
