#include "model/core/error.h"
#include "tests/support/shipped_data.h"
#include "model/prep/target_encoder.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QtTest>
#include <cmath>

using namespace streamml;
using model::core::Error;
using model::data::Column;
using model::learners::Task;
using model::prep::TargetEncoder;
using tests::PrepLinearFixtures;

namespace {

Column damage()
{
    return Column::categorical(QStringLiteral("Damage"), {0, 1, -1, 2, 0, 1},
                               {QStringLiteral("None"), QStringLiteral("Minor"), QStringLiteral("Substantial")});
}

TargetEncoder roundTrip(const TargetEncoder &e)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        e.save(out);
    }
    QDataStream in(bytes);
    TargetEncoder loaded;
    loaded.load(in);
    return loaded;
}

} // namespace

/// Targets to class indices or values and back; rows without a target; save and load.
class TestTargetEncoder : public QObject
{
    Q_OBJECT

private slots:
    void classesAreSortedLabels()
    {
        TargetEncoder e = TargetEncoder::classification();
        e.fit(damage());
        QCOMPARE(e.classLabels(), (QStringList{QStringLiteral("Minor"), QStringLiteral("None"), QStringLiteral("Substantial")}));
        const Eigen::VectorXd y = e.encode(damage());
        QCOMPARE(y[0], 1.0);
        QCOMPARE(y[1], 0.0);
        QVERIFY(std::isnan(y[2]));
        QCOMPARE(y[3], 2.0);
        QCOMPARE(e.decode(Eigen::Vector2d(2, 0)), (QStringList{QStringLiteral("Substantial"), QStringLiteral("Minor")}));
    }

    void numericLabelsSortByValue()
    {
        TargetEncoder e = TargetEncoder::classification();
        e.fit(Column::numeric(QStringLiteral("Grade"), {10, 2, 2, std::nan("")}));
        QCOMPARE(e.classLabels(), (QStringList{QStringLiteral("2"), QStringLiteral("10")}));
        QCOMPARE(e.encode(Column::numeric(QStringLiteral("Grade"), {10, 2}))[0], 1.0);
    }

    void binaryMappingOfTheShippedTask()
    {
        const TargetEncoder e = TargetEncoder::binary({QStringLiteral("None")}, QStringLiteral("damaged"));
        const Column &target = streamml::tests::ShippedData::table().column(QStringLiteral("Effect Amount of damage"));
        const Eigen::VectorXd y = e.encode(target);
        QCOMPARE(e.classLabels(), (QStringList{QStringLiteral("None"), QStringLiteral("damaged")}));
        QCOMPARE(qsizetype(y.sum()), 10000 - 8939);
        QCOMPARE(e.label(1), QStringLiteral("damaged"));
    }

    void rowsWithoutTargetAreReported()
    {
        QCOMPARE(TargetEncoder::missingCount(damage()), 1);
        QCOMPARE(TargetEncoder::rowsWithTarget(damage()), (std::vector<qsizetype>{0, 1, 3, 4, 5}));
        TargetEncoder e = TargetEncoder::regression();
        const Column &speed = streamml::tests::ShippedData::table().column(QStringLiteral("Speed IAS in knots"));
        e.fit(speed);
        const std::vector<qsizetype> rows = TargetEncoder::rowsWithTarget(speed);
        QCOMPARE(qsizetype(rows.size()), 10000 - 2836);
        QVERIFY(e.encode(speed, rows).allFinite());
    }

    void unseenLabelIsNamed()
    {
        TargetEncoder e = TargetEncoder::classification();
        e.fit(damage());
        const Column later = Column::categorical(QStringLiteral("Damage"), {0}, {QStringLiteral("Destroyed")});
        try {
            e.encode(later);
            QFAIL("accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("\"Destroyed\"")));
        }
    }

    void wrongKindsAreRefused()
    {
        TargetEncoder e = TargetEncoder::regression();
        QVERIFY_THROWS_EXCEPTION(Error, e.fit(damage()));
        TargetEncoder c = TargetEncoder::classification();
        QVERIFY_THROWS_EXCEPTION(Error, c.fit(Column::categorical(QStringLiteral("One"), {0, 0}, {QStringLiteral("x")})));
    }

    void saveAndLoad()
    {
        TargetEncoder e = TargetEncoder::classification();
        e.fit(damage());
        const TargetEncoder copy = roundTrip(e);
        QCOMPARE(copy.classLabels(), e.classLabels());
        QCOMPARE(copy.encode(damage()).head(2), e.encode(damage()).head(2));
        const TargetEncoder binary = roundTrip(TargetEncoder::binary({QStringLiteral("None")}, QStringLiteral("damaged")));
        QVERIFY(binary.isBinaryMapping());
        QCOMPARE(binary.encode(damage())[3], 1.0);
        QCOMPARE(roundTrip(TargetEncoder::regression()).task(), Task::Regression);
    }

    void truncatedStreamIsRefused()
    {
        TargetEncoder e = TargetEncoder::classification();
        e.fit(damage());
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            e.save(out);
        }
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            QDataStream in(bytes.left(length));
            TargetEncoder loaded;
            QVERIFY_THROWS_EXCEPTION(Error, loaded.load(in));
        }
    }
};

QTEST_GUILESS_MAIN(TestTargetEncoder)
#include "test_target_encoder.moc"
