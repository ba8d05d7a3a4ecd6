#include "model/core/error.h"
#include "model/prep/category_encoder.h"
#include "model/prep/category_imputer.h"
#include "model/prep/numeric_imputer.h"
#include "model/prep/prep_variant.h"
#include "model/prep/scaler.h"

#include <QtTest>
#include <cmath>

using namespace streamml;
using model::core::Error;
using model::prep::CategoryEncoder;
using model::prep::CategoryImputer;
using model::prep::NumericImputer;
using model::prep::PrepVariant;
using model::prep::Scaler;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double fill(const QString &imputer, const std::vector<double> &values, double constant = 0)
{
    PrepVariant v;
    v.fillValue = constant;
    auto step = NumericImputer::registry().create(imputer, v);
    step->fit(values);
    return step->fillValue();
}

Scaler *fitted(std::unique_ptr<Scaler> &holder, const QString &name, const Eigen::VectorXd &values)
{
    holder = Scaler::registry().create(name, PrepVariant());
    holder->fit(values);
    return holder.get();
}

} // namespace

/// The single steps: imputers, scalers and encoders, and their registries.
class TestPrepSteps : public QObject
{
    Q_OBJECT

private slots:
    void numericImputers_data()
    {
        QTest::addColumn<QString>("imputer");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("expected");
        const std::vector<double> values{4, kNaN, 1, 3, 3, 1, 10};
        QTest::newRow("mean") << QStringLiteral("mean") << values << 22.0 / 6;
        QTest::newRow("median even") << QStringLiteral("median") << values << 3.0;
        QTest::newRow("median odd") << QStringLiteral("median") << std::vector<double>{5, 1, kNaN, 2} << 2.0;
        QTest::newRow("median of two middles") << QStringLiteral("median") << std::vector<double>{4, 1, 2, 10} << 3.0;
        QTest::newRow("most frequent, smallest on ties") << QStringLiteral("most_frequent") << values << 1.0;
        QTest::newRow("constant") << QStringLiteral("constant") << values << -7.0;
        QTest::newRow("no value at all") << QStringLiteral("median") << std::vector<double>{kNaN, kNaN} << 0.0;
    }

    void numericImputers()
    {
        QFETCH(QString, imputer);
        QFETCH(std::vector<double>, values);
        QFETCH(double, expected);
        QCOMPARE(fill(imputer, values, -7), expected);
    }

    void categoryImputers()
    {
        const QStringList levels{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        auto mode = CategoryImputer::registry().create(QStringLiteral("most_frequent"), PrepVariant());
        mode->fit(levels, {2, 5, 5});
        QCOMPARE(mode->fillLabel(), QStringLiteral("b"));
        mode->fit({}, {});
        QCOMPARE(mode->fillLabel(), QStringLiteral("missing"));
        auto constant = CategoryImputer::registry().create(QStringLiteral("constant"), PrepVariant());
        constant->fit(levels, {2, 5, 5});
        QCOMPARE(constant->fillLabel(), QStringLiteral("missing"));
    }

    void scalers()
    {
        std::unique_ptr<Scaler> s;
        const Eigen::VectorXd values = (Eigen::VectorXd(6) << 1, 2, kNaN, 4, 8, 16).finished();
        QCOMPARE(fitted(s, QStringLiteral("standard"), values)->center(), 6.2);
        QCOMPARE(fitted(s, QStringLiteral("minmax"), values)->scale(), 15.0);
        // numpy: percentiles 25 and 75 of [1, 2, 4, 8, 16] are 2 and 8.
        QCOMPARE(fitted(s, QStringLiteral("robust"), values)->center(), 4.0);
        QCOMPARE(s->scale(), 6.0);
        Eigen::VectorXd transformed = values;
        s->transform(transformed);
        QVERIFY(std::isnan(transformed[2]));
        QCOMPARE(transformed[5], 2.0);
        QCOMPARE(fitted(s, QStringLiteral("none"), values)->scale(), 1.0);
    }

    void constantColumnsKeepScaleOne_data()
    {
        QTest::addColumn<QString>("scaler");
        QTest::newRow("standard") << QStringLiteral("standard");
        QTest::newRow("minmax") << QStringLiteral("minmax");
        QTest::newRow("robust") << QStringLiteral("robust");
    }

    void constantColumnsKeepScaleOne()
    {
        QFETCH(QString, scaler);
        std::unique_ptr<Scaler> s;
        QCOMPARE(fitted(s, scaler, Eigen::VectorXd::Constant(5, 0.1))->scale(), 1.0);
        QCOMPARE(fitted(s, scaler, Eigen::VectorXd::Constant(3, kNaN))->scale(), 1.0);
    }

    void onehotPoolsRareLevels()
    {
        PrepVariant v;
        v.maxLevels = 2;
        v.minFrequency = 0.1;
        auto encoder = CategoryEncoder::registry().create(QStringLiteral("onehot"), v);
        // d is rarer than 10 % of 40 rows; among a, b and c (10 rows each) the cap keeps the later ones,
        // as scikit-learn's stable sort does.
        encoder->fit({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, {10, 10, 10, 3}, 40);
        QCOMPARE(encoder->outputNames(QStringLiteral("x")),
                 (QStringList{QStringLiteral("x=b"), QStringLiteral("x=c"), QStringLiteral("x=rare"), QStringLiteral("x=other")}));
        Eigen::MatrixXd out(4, 4);
        encoder->transform({0, 1, 2, -1}, {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("zzz")},
                           QStringLiteral("d"), out);
        Eigen::MatrixXd expected(4, 4);
        expected << 0, 0, 1, 0, //
            0, 1, 0, 0,         //
            0, 0, 0, 1,         //
            0, 0, 1, 0;
        QCOMPARE(out, expected);
    }

    void keptMissingValuesEncodeAsNaN()
    {
        auto encoder = CategoryEncoder::registry().create(QStringLiteral("ordinal"), PrepVariant());
        encoder->fit({QStringLiteral("a"), QStringLiteral("b")}, {1, 1}, 3);
        Eigen::MatrixXd out(3, 1);
        encoder->transform({1, -1, 0}, {QStringLiteral("a"), QStringLiteral("b")}, std::nullopt, out);
        QCOMPARE(out(0, 0), 1.0);
        QVERIFY(std::isnan(out(1, 0)));
        QCOMPARE(out(2, 0), 0.0);
    }

    void registriesNameTheAcceptedSteps()
    {
        try {
            Scaler::registry().create(QStringLiteral("zscore"), PrepVariant());
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("\"zscore\"")));
            QVERIFY(e.message().contains(QStringLiteral("standard, minmax, robust, none")));
        }
        QCOMPARE(NumericImputer::registry().names(),
                 (QStringList{QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("most_frequent"), QStringLiteral("constant")}));
        QCOMPARE(CategoryEncoder::registry().names(),
                 (QStringList{QStringLiteral("onehot"), QStringLiteral("ordinal"), QStringLiteral("frequency")}));
    }
};

QTEST_GUILESS_MAIN(TestPrepSteps)
#include "test_prep_steps.moc"
