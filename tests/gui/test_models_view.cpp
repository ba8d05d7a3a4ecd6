#include "controller/gui/analysis_controller.h"
#include "controller/gui/main_controller.h"
#include "controller/gui/models_controller.h"
#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/pipeline/pipeline.h"
#include "model/registry/model_registry.h"
#include "model/store/batch_store.h"
#include "model/store/event_log.h"
#include "model/store/learning_store.h"
#include "tests/gui/screenshot.h"
#include "tests/support/shipped_data.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"
#include "view/main_window.h"
#include "view/models_view.h"
#include "view/quality_view.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>
#include <qcustomplot.h>
#include <map>
#include <set>

using namespace streamml;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
const QRegularExpression versionName(QStringLiteral("^v\\d+$"));

QCustomPlot *plotOf(const QWidget &root, const char *name)
{
    auto *host = root.findChild<QWidget *>(QString::fromLatin1(name));
    if (!host)
        qFatal("no widget %s", name);
    return host->findChild<QCustomPlot *>();
}

QList<QCPGraph *> graphsOf(QCustomPlot *plot)
{
    QList<QCPGraph *> graphs;
    for (int i = 0; i < plot->graphCount(); ++i)
        graphs.append(plot->graph(i));
    return graphs;
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (QCPGraph *graph : graphsOf(plot))
        if (graph->name() == name)
            return graph;
    qFatal("no graph %s", qPrintable(name));
}

QTableView *tableOf(const QWidget &root, const char *name)
{
    return root.findChild<QTableView *>(QString::fromLatin1(name));
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

/// The row of the version table showing `version`; -1 when none does.
int rowOfVersion(const QTableView *table, int version)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (cell(table, r, 0) == QStringLiteral("v%1").arg(version))
            return r;
    return -1;
}

/// Types `reason` into the next reason dialog and confirms it, once the dialog is up.
void answerReasonDialog(const QString &reason, int attempts = 200)
{
    QTimer::singleShot(10, [reason, attempts] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attempts == 0)
                qFatal("no reason dialog appeared");
            answerReasonDialog(reason, attempts - 1);
            return;
        }
        dialog->setTextValue(reason);
        dialog->accept();
    });
}

} // namespace

/// The Models view offscreen, on the whole shipped stream: the registry table, the timelines of
/// scores, hyper-parameters and costs, the audit trail, a rollback and a promotion from its
/// buttons, and the release of a quarantined batch from the Quality & EDA view.
class TestModelsView : public QObject
{
    Q_OBJECT

private:
    TempWorkspace m_shipped;
    model::settings::Settings m_settings = model::settings::Settings::defaults(QDir::tempPath());
    std::vector<model::registry::ModelVersion> m_versions;
    int m_champion = -1;
    int m_fallback = -1;
    std::set<int> m_scoredVersions;
    int m_mostScored = -1; ///< the version scored on the most batches
    std::pair<qint64, int> m_firstChampionScore; ///< the batch and version of the first champion score
    int m_championScores = 0;
    std::set<double> m_searchBatches;
    QSet<QString> m_searchFamilies; ///< the families searches chose
    int m_learnedBatches = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = model::settings::Settings::load(QDir(TestPaths::sourceDir()).absoluteFilePath(QStringLiteral("settings.ini")));
        m_settings.set(QStringLiteral("workspace"), QStringLiteral("path"), m_shipped.path(QStringLiteral("workspace")));
        model::pipeline::Pipeline pipeline(m_settings);
        const auto report = pipeline.update(-1, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));
        const model::registry::ModelRegistry registry(pipeline.database());
        m_versions = registry.list();
        m_champion = registry.alias(QStringLiteral("champion")).value_or(-1);
        m_fallback = registry.alias(QStringLiteral("fallback")).value_or(-1);
        QVERIFY(m_champion > 0 && m_fallback > 0);
        const model::store::LearningStore learning(pipeline.database());
        std::map<int, int> scoredBatches;
        for (const auto &s : learning.scores()) {
            m_scoredVersions.insert(s.version);
            m_championScores += s.role == u"champion" ? 1 : 0;
            ++scoredBatches[s.version];
            if (s.role == u"champion" && m_firstChampionScore.first == 0)
                m_firstChampionScore = {s.batchId, s.version};
        }
        m_mostScored = std::max_element(scoredBatches.begin(), scoredBatches.end(),
                                        [](const auto &a, const auto &b) { return a.second < b.second; })->first;
        for (const auto &row : learning.search())
            if (row.chosen) {
                m_searchBatches.insert(double(row.batchId));
                m_searchFamilies.insert(row.family);
            }
        m_learnedBatches = int(learning.batches().size());
        QVERIFY(m_searchBatches.size() > 1);
    }

    void tableListsTheRegistryWithTheChampionMarked()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.showPage(QStringLiteral("Models"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::ModelsView *models = window.modelsView();
        const QTableView *table = tableOf(*models, "versionTable");
        QCOMPARE(table->model()->rowCount(), int(m_versions.size()));
        QCOMPARE(cell(table, 0, 0), QStringLiteral("v%1").arg(m_versions.back().version)); // newest first
        int champions = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            champions += cell(table, r, 1).contains(QStringLiteral("champion")) ? 1 : 0;
        QCOMPARE(champions, 1);
        const int championRow = rowOfVersion(table, m_champion);
        QVERIFY(cell(table, championRow, 1).contains(QStringLiteral("champion")));
        QVERIFY(table->model()->index(championRow, 1).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(table, rowOfVersion(table, m_fallback), 1), QStringLiteral("fallback"));
        QCOMPARE(models->selectedVersion(), m_champion); // the champion is chosen first

        // The version the first search chose shows its cross-validated score and the searched hyper-parameters.
        const int first = rowOfVersion(table, m_versions.front().version);
        QVERIFY(cell(table, first, 12).contains(QLatin1Char('=')));
        QVERIFY(cell(table, first, 2).toDouble() > 0.5);

        auto *promote = models->findChild<QPushButton *>(QStringLiteral("promoteButton"));
        auto *rollback = models->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(!promote->isEnabled() && !rollback->isEnabled());
        QVERIFY(rollback->toolTip().contains(QStringLiteral("champion already")));
        models->selectVersion(m_fallback);
        QVERIFY(!promote->isEnabled() && !rollback->isEnabled());
        QVERIFY(promote->toolTip().contains(QStringLiteral("fallback")));

        QTableView *audit = tableOf(*models, "auditTable");
        QVERIFY(audit->model()->rowCount() > 0);
        QCOMPARE(cell(audit, 0, 2), QStringLiteral("v%1").arg(m_champion)); // the newest event made the champion

        // A version that competed on several batches: its scores and its audit events stand out.
        models->selectVersion(m_mostScored);
        QVERIFY(rollback->isEnabled());
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("models_view.png")));
    }

    void timelinesShowScoresSearchesAndCosts()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.showPage(QStringLiteral("Models"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::ModelsView *models = window.modelsView();

        QCustomPlot *scores = plotOf(*models, "versionScorePlot");
        int versionLines = 0;
        for (QCPGraph *graph : graphsOf(scores))
            versionLines += versionName.match(graph->name()).hasMatch() ? 1 : 0;
        QCOMPARE(versionLines, int(m_scoredVersions.size()));
        QCOMPARE(graphNamed(scores, QStringLiteral("champion"))->dataCount(), m_championScores);

        // Choosing a version draws its line over the others.
        const int scored = *m_scoredVersions.begin();
        models->selectVersion(scored);
        QVERIFY(graphNamed(scores, QStringLiteral("v%1").arg(scored))->pen().widthF() > 1.5);
        QCOMPARE(graphNamed(scores, QStringLiteral("v%1").arg(*m_scoredVersions.rbegin()))->pen().widthF(), 1.0);
        // A click on a point chooses its version.
        const auto [batch, version] = m_firstChampionScore;
        const QCPGraph *champion = graphNamed(scores, QStringLiteral("champion"));
        const QPoint point(int(scores->xAxis->coordToPixel(double(batch))),
                           int(scores->yAxis->coordToPixel(champion->data()->findBegin(double(batch))->value)));
        QTest::mouseClick(scores, Qt::LeftButton, {}, point);
        QCOMPARE(models->selectedVersion(), version);

        // The family lane, a graph per family, has a point for every batch whose search chose a model.
        QCustomPlot *hyper = plotOf(*models, "hyperparameterPlot");
        std::set<double> searched;
        for (QCPGraph *graph : graphsOf(hyper))
            if (m_searchFamilies.contains(graph->name()))
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                    searched.insert(it->key);
        QCOMPARE(searched, m_searchBatches);
        QCOMPARE(graphNamed(hyper, QStringLiteral("variant"))->dataCount(), int(m_searchBatches.size()));

        QCustomPlot *cost = plotOf(*models, "performancePlot");
        QCOMPARE(graphNamed(cost, QStringLiteral("p99"))->dataCount(), m_learnedBatches);
        models->findChild<QComboBox *>(QStringLiteral("performanceMeasureCombo"))->setCurrentIndex(2);
        QCOMPARE(graphNamed(cost, QStringLiteral("peak RSS"))->dataCount(), m_learnedBatches);
    }

    void rollbackAndPromoteFromTheButtons()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.showPage(QStringLiteral("Models"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::ModelsView *models = window.modelsView();
        auto *promote = models->findChild<QPushButton *>(QStringLiteral("promoteButton"));
        auto *rollback = models->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        model::pipeline::Pipeline pipeline(m_settings);
        const model::registry::ModelRegistry registry(pipeline.database());
        const int older = registry.find(m_champion)->parent;
        QVERIFY(older > 0);

        models->selectVersion(older);
        QVERIFY(rollback->isEnabled());
        QVERIFY(!promote->isEnabled());
        answerReasonDialog(QStringLiteral("the newest is worse"));
        rollback->click();
        QCOMPARE(*registry.alias(QStringLiteral("champion")), older);
        const auto rolledBack = model::store::EventLog(pipeline.database()).list().back();
        QCOMPARE(rolledBack.kind, QStringLiteral("rollback"));
        QCOMPARE(rolledBack.actor, QStringLiteral("gui"));
        QCOMPARE(rolledBack.version, older);
        QVERIFY(rolledBack.reason.contains(QStringLiteral("the newest is worse")));
        // The view reloaded: the audit trail starts with the rollback, the table marks the new champion.
        const QTableView *audit = tableOf(*models, "auditTable");
        QCOMPARE(cell(audit, 0, 1), QStringLiteral("rollback"));
        QCOMPARE(cell(audit, 0, 2), QStringLiteral("v%1").arg(older));
        QVERIFY(cell(audit, 0, 5).contains(QStringLiteral("the newest is worse")));
        const QTableView *table = tableOf(*models, "versionTable");
        QVERIFY(cell(table, rowOfVersion(table, older), 1).contains(QStringLiteral("champion")));
        QCOMPARE(models->selectedVersion(), older);

        models->selectVersion(m_champion);
        QVERIFY(promote->isEnabled());
        QVERIFY(!rollback->isEnabled());
        answerReasonDialog(QStringLiteral("back to the newest"));
        promote->click();
        QCOMPARE(*registry.alias(QStringLiteral("champion")), m_champion);
        QCOMPARE(model::store::EventLog(pipeline.database()).list().back().kind, QStringLiteral("promote"));
        QCOMPARE(cell(audit, 0, 1), QStringLiteral("promote"));
        QCOMPARE(cell(audit, 0, 4), QStringLiteral("gui"));

        // A refusal changes nothing and says why.
        QVERIFY(!controller.models().rollback(m_fallback, {}));
        QCOMPARE(*registry.alias(QStringLiteral("champion")), m_champion);
    }

    void releaseFromTheQualityView()
    {
        TempWorkspace dir;
        dir.write(QStringLiteral("drop/01.csv"), streamml::tests::ShippedData::yearsCsv({QStringLiteral("1990")}));
        dir.write(QStringLiteral("drop/02.csv"), streamml::tests::ShippedData::yearsCsv({QStringLiteral("1991")}, true));
        // No target: quarantine and release need no learning, so none runs.
        model::settings::Settings s = dir.settings(dir.path(QStringLiteral("drop")), QStringLiteral("Flight Date"));
        s.set(QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("folder"));
        s.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));
        const auto report = model::pipeline::Pipeline(s).update(-1, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));

        view::MainWindow window;
        controller::gui::MainController controller(s, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::QualityView *quality = window.qualityView();
        quality->selectBatch(2);
        auto *release = quality->findChild<QPushButton *>(QStringLiteral("releaseButton"));
        QVERIFY(release->isEnabled());
        answerReasonDialog(QStringLiteral("checked by hand"));
        release->click();

        model::pipeline::Pipeline pipeline(s);
        QCOMPARE(model::store::BatchStore(pipeline.database()).find(2)->status, QStringLiteral("accepted"));
        const auto released = model::store::EventLog(pipeline.database()).list().back();
        QCOMPARE(released.kind, QStringLiteral("release"));
        QCOMPARE(released.actor, QStringLiteral("gui"));
        QCOMPARE(released.reason, QStringLiteral("checked by hand"));
        QCOMPARE(quality->selectedBatch(), 2);
        QVERIFY(!release->isEnabled()); // the view reloaded: batch 2 is accepted now
        QVERIFY(!controller.analysis().release(2, {})); // released already
        QCOMPARE(window.modelsView()->findChild<QTableView *>(QStringLiteral("versionTable"))->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestModelsView)
#include "test_models_view.moc"
