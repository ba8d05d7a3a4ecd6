#include "controller/gui/distribution_builder.h"
#include "controller/gui/main_controller.h"
#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/pipeline/pipeline.h"
#include "model/store/drift_store.h"
#include "model/store/quality_store.h"
#include "tests/gui/screenshot.h"
#include "tests/support/shipped_data.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"
#include "view/drift_view.h"
#include "view/main_window.h"
#include "view/quality_view.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>
#include <qcustomplot.h>

using namespace streamml;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
const QString speed = QStringLiteral("Speed IAS in knots");

QCustomPlot *plotOf(const QWidget &root, const char *name)
{
    auto *host = root.findChild<QWidget *>(QString::fromLatin1(name));
    if (!host)
        qFatal("no widget %s", name);
    return host->findChild<QCustomPlot *>();
}

template<typename Plottable>
QList<Plottable *> plottables(QCustomPlot *plot)
{
    QList<Plottable *> result;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *p = qobject_cast<Plottable *>(plot->plottable(i)))
            result.append(p);
    return result;
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (QCPGraph *graph : plottables<QCPGraph>(plot))
        if (graph->name() == name)
            return graph;
    qFatal("no graph %s", qPrintable(name));
}

QCPColorMap *colorMapOf(QCustomPlot *plot)
{
    const auto maps = plottables<QCPColorMap>(plot);
    if (maps.size() != 1)
        qFatal("expected one colour map");
    return maps.front();
}

double sumOf(const QCPBars *bars)
{
    double sum = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}

int rowsOf(const QWidget &root, const char *table)
{
    return root.findChild<QTableView *>(QString::fromLatin1(table))->model()->rowCount();
}

} // namespace

/// The Quality & EDA and Drift views offscreen, on the shipped stream and on a stream with a
/// quarantined batch: what they draw for a chosen batch, column and feature.
class TestAnalysisViews : public QObject
{
    Q_OBJECT

private:
    TempWorkspace m_shipped;
    model::settings::Settings m_settings = model::settings::Settings::defaults(QDir::tempPath());
    qsizetype m_findingsOf6 = 0;
    int m_driftedCells = 0;
    int m_datasetDrifts = 0;
    QString m_referenceOf6;

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = streamml::tests::ShippedData::settings(m_shipped.path(QStringLiteral("workspace")));
        model::pipeline::Pipeline pipeline(m_settings);
        const auto report = pipeline.update(-1, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));
        m_findingsOf6 = model::store::QualityStore(pipeline.database()).find(6)->findings.size();
        // The heatmap rows: the features and the target (not the predictions).
        for (const auto &r : model::store::DriftStore(pipeline.database()).results())
            m_driftedCells += r.drift.drifted && r.kind != u"prediction" ? 1 : 0;
        for (const auto &v : model::store::DriftStore(pipeline.database()).all())
            m_datasetDrifts += v.datasetDrift ? 1 : 0;
        QVERIFY(m_datasetDrifts > 0);
        m_referenceOf6 = controller::gui::DistributionBuilder::describeBatches(
            model::store::DriftStore(pipeline.database()).find(6)->referenceBatches);
    }

    void qualityViewComparesABatchWithItsReference()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.showPage(QStringLiteral("Quality & EDA"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::QualityView *quality = window.qualityView();
        QCOMPARE(quality->findChild<QComboBox *>(QStringLiteral("qualityBatchCombo"))->count(), 13);
        QCOMPARE(quality->findChild<QComboBox *>(QStringLiteral("qualityColumnCombo"))->count(), 14);

        QElapsedTimer timer;
        timer.start();
        quality->selectBatch(6);
        qInfo("batch 6 shown in %lld ms", timer.elapsed());
        quality->selectColumn(speed);
        QCustomPlot *distribution = plotOf(*quality, "qualityDistributionPlot");
        const auto histogram = plottables<QCPBars>(distribution);
        QCOMPARE(histogram.size(), 2);
        QCOMPARE(histogram[0]->dataCount(), 20);
        QCOMPARE(histogram[1]->dataCount(), 20);
        QCOMPARE(sumOf(histogram[1]), 1.0); // shares of the batch's present values
        QVERIFY(histogram[0]->name().startsWith(QStringLiteral("reference: batches 1–5")));
        QCOMPARE(distribution->legend->itemCount(), 2);
        QVERIFY(!quality->findChild<QWidget *>(QStringLiteral("targetRatePlot"))->isVisible());

        quality->selectColumn(QStringLiteral("Airport Name"));
        QCOMPARE(plottables<QCPBars>(distribution).front()->dataCount(), 15); // the top 15 categories

        quality->selectColumn(QStringLiteral("Wildlife Size"));
        const auto sizes = plottables<QCPBars>(distribution);
        QCOMPARE(sizes.size(), 2);
        QCOMPARE(sizes[0]->dataCount(), 3); // Small, Medium, Large
        QVERIFY(quality->findChild<QWidget *>(QStringLiteral("targetRatePlot"))->isVisible());
        const auto damage = plottables<QCPBars>(plotOf(*quality, "targetRatePlot"));
        QVERIFY(!damage.isEmpty()); // one stacked series per damage label other than "None"
        for (const QCPBars *bars : damage)
            QCOMPARE(bars->dataCount(), 3);

        const QCPColorMap *missing = colorMapOf(plotOf(*quality, "missingMap"));
        QCOMPARE(missing->data()->keySize(), 400);   // 713 rows sampled evenly
        QCOMPARE(missing->data()->valueSize(), 14);  // every stored column
        QTableView *patterns = quality->findChild<QTableView *>(QStringLiteral("missingPatternTable"));
        qint64 patternRows = 0;
        for (int r = 0; r < patterns->model()->rowCount(); ++r)
            patternRows += patterns->model()->index(r, 0).data().toLongLong();
        QCOMPARE(patternRows, 713);

        QCustomPlot *correlations = plotOf(*quality, "correlationHeatmap");
        const QCPColorMap *pearson = colorMapOf(correlations);
        QCOMPARE(pearson->data()->keySize(), 4); // the three costs and the speed
        QCOMPARE(pearson->dataRange(), QCPRange(-1, 1));
        const double pearsonCell = pearson->data()->cell(0, 0);
        quality->findChild<QRadioButton *>(QStringLiteral("spearmanButton"))->click();
        const QCPColorMap *spearman = colorMapOf(correlations);
        QVERIFY(spearman->colorScale()->axis()->label().contains(QStringLiteral("Spearman")));
        QVERIFY(spearman->data()->cell(0, 0) != pearsonCell);

        QCustomPlot *score = plotOf(*quality, "scoreTimeline");
        QCOMPARE(graphNamed(score, QStringLiteral("score"))->dataCount(), 13);
        QCOMPARE(graphNamed(score, QStringLiteral("quarantined"))->dataCount(), 0);
        QCOMPARE(graphNamed(score, QStringLiteral("min_quality_score (50)"))->data()->constBegin()->value, 50.0);
        QCOMPARE(graphNamed(plotOf(*quality, "missingShareTimeline"), QStringLiteral("missing share"))->dataCount(), 13);

        QCOMPARE(rowsOf(*quality, "findingTable"), int(m_findingsOf6));
        QVERIFY(!quality->findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());

        quality->findChild<QRadioButton *>(QStringLiteral("pearsonButton"))->click();
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("quality_view.png")));
    }

    void driftViewShowsEveryTestAndItsDistributions()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.showPage(QStringLiteral("Drift"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::DriftView *drift = window.driftView();

        QCustomPlot *heatmap = plotOf(*drift, "driftHeatmap");
        const QCPColorMap *effects = colorMapOf(heatmap);
        QCOMPARE(effects->data()->keySize(), 13);   // every stored batch
        QCOMPARE(effects->data()->valueSize(), 10); // nine features and the target
        QVERIFY(std::isnan(effects->data()->cell(0, 0))); // the first batch has no reference
        QCOMPARE(graphNamed(heatmap, QStringLiteral("drifted"))->dataCount(), m_driftedCells);

        QCustomPlot *share = plotOf(*drift, "driftShareTimeline");
        QCOMPARE(graphNamed(share, QStringLiteral("share"))->dataCount(), 12);
        QCOMPARE(graphNamed(share, QStringLiteral("threshold (0.5)"))->data()->constBegin()->value, 0.5);
        QCOMPARE(graphNamed(share, QStringLiteral("dataset drift"))->dataCount(), m_datasetDrifts);

        // Batch 6 is the sixth column; "Airport Name", third in name order, the third row from the top.
        const QPoint cell(int(heatmap->xAxis->coordToPixel(5)), int(heatmap->yAxis->coordToPixel(7)));
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
        QCOMPARE(drift->selectedBatch(), 6);
        QCOMPARE(drift->selectedFeature(), QStringLiteral("Airport Name"));
        QCOMPARE(rowsOf(*drift, "driftTestTable"), 10);
        QCustomPlot *distribution = plotOf(*drift, "driftDistributionPlot");
        const auto airports = plottables<QCPBars>(distribution);
        QCOMPARE(airports.size(), 2);
        QCOMPARE(airports[0]->dataCount(), 15);
        QVERIFY2(airports[0]->name().startsWith(QStringLiteral("reference: ") + m_referenceOf6), qPrintable(airports[0]->name()));

        auto *table = drift->findChild<QTableView *>(QStringLiteral("driftTestTable"));
        const QModelIndexList speedRow = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, speed);
        QCOMPARE(speedRow.size(), 1);
        table->selectRow(speedRow.first().row());
        QCOMPARE(drift->selectedFeature(), speed);
        QCOMPARE(plottables<QCPBars>(distribution).front()->dataCount(), 20);
        QCOMPARE(table->model()->index(speedRow.first().row(), 3).data().toString(), QStringLiteral("wasserstein"));

        drift->select(7, QStringLiteral("Aircraft Make Model"));
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("drift_view.png")));
    }

    void quarantinedBatchCanBeReleased()
    {
        TempWorkspace dir;
        dir.write(QStringLiteral("drop/01.csv"), streamml::tests::ShippedData::yearsCsv({QStringLiteral("1990"), QStringLiteral("1991")}));
        dir.write(QStringLiteral("drop/02.csv"), streamml::tests::ShippedData::yearsCsv({QStringLiteral("1992")}, true));
        dir.write(QStringLiteral("drop/03.csv"), streamml::tests::ShippedData::yearsCsv({QStringLiteral("1993")}));
        // No target: quarantine and release need no learning, so none runs.
        model::settings::Settings s = dir.settings(dir.path(QStringLiteral("drop")), QStringLiteral("Flight Date"));
        s.set(QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("folder"));
        s.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));

        view::MainWindow window;
        controller::gui::MainController controller(s, window);
        view::QualityView *quality = window.qualityView();
        auto *batches = quality->findChild<QComboBox *>(QStringLiteral("qualityBatchCombo"));
        QCOMPARE(batches->count(), 0);
        // Ingested here rather than through the window's worker: the update itself is not under test.
        const auto report = model::pipeline::Pipeline(s).update(-1, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));
        controller.refresh();
        QCOMPARE(batches->count(), 4);

        quality->selectBatch(3);
        auto *release = quality->findChild<QPushButton *>(QStringLiteral("releaseButton"));
        QVERIFY(release->isEnabled());
        QCOMPARE(graphNamed(plotOf(*quality, "scoreTimeline"), QStringLiteral("quarantined"))->dataCount(), 1);
        const QCPColorMap *missing = colorMapOf(plotOf(*quality, "missingMap"));
        int missingCells = 0;
        for (int x = 0; x < missing->data()->keySize(); ++x)
            for (int y = 0; y < missing->data()->valueSize(); ++y)
                missingCells += missing->data()->cell(x, y) > 0.5 ? 1 : 0;
        QCOMPARE(missingCells, missing->data()->keySize() * 13); // all but the time column
        QVERIFY(rowsOf(*quality, "findingTable") > 0);

        QSignalSpy released(quality, &view::QualityView::releaseRequested);
        // The controller asks why; cancelling keeps the batch quarantined (test_models_view releases it).
        QTimer::singleShot(0, [] { qobject_cast<QDialog *>(QApplication::activeModalWidget())->reject(); });
        release->click();
        QCOMPARE(released.count(), 1);
        QCOMPARE(released.first().first().toLongLong(), 3);

        quality->selectBatch(4);
        QVERIFY(!release->isEnabled());
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "test_analysis_views.moc"
