#include "controller/gui/main_controller.h"
#include "controller/jobs/pipeline_runner.h"
#include "tests/gui/screenshot.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"
#include "view/data_view.h"
#include "view/main_window.h"

#include <QAction>
#include <QFontDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace streamml;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
int rowsOf(const view::MainWindow &window, const char *table)
{
    return window.findChild<QTableView *>(QString::fromLatin1(table))->model()->rowCount();
}

} // namespace

/// The workbench offscreen: opens fast, ingests on a worker with progress and cancel, shows batches.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_dir;
    model::settings::Settings m_settings = model::settings::Settings::defaults(QDir::tempPath());

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempWorkspace>();
        m_settings = m_dir->settings(TestPaths::shippedDataset(), QStringLiteral("Flight Date"));
        m_settings.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));
    }

    void fontsAreInstalled()
    {
        QVERIFY2(!QFontDatabase::families().isEmpty(), "no fonts: install fonts-dejavu-core");
    }

    void opensQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qInfo("window shown in %lld ms", timer.elapsed());
        QCOMPARE(rowsOf(window, "batchTable"), 0);
        QVERIFY(!window.cancelButton()->isVisible());
    }

    void ingestsOnAWorker()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        window.show();
        QSignalSpy finished(&controller.runner(), &controller::jobs::PipelineRunner::updateFinished);
        window.ingestAction()->trigger();
        QVERIFY(controller.runner().isBusy() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || window.cancelButton()->isVisible());
        QVERIFY(!window.ingestAction()->isEnabled() || finished.count() == 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(!window.cancelButton()->isVisible());
        QVERIFY(window.ingestAction()->isEnabled());
        QCOMPARE(rowsOf(window, "batchTable"), 1);
        QCOMPARE(window.dataView()->selectedBatch(), 1);
        QCOMPARE(rowsOf(window, "profileTable"), 14);
        QCOMPARE(rowsOf(window, "previewTable"), 200);

        window.ingestAllAction()->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(rowsOf(window, "batchTable"), 13);
        window.resize(1280, 800);
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("data_view.png")));
    }

    void cancelStopsBetweenBatches()
    {
        view::MainWindow window;
        controller::gui::MainController controller(m_settings, window);
        QSignalSpy finished(&controller.runner(), &controller::jobs::PipelineRunner::updateFinished);
        window.ingestAllAction()->trigger();
        window.cancelButton()->click();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<model::pipeline::UpdateReport>();
        QVERIFY(!report.ok);
        QVERIFY(report.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(rowsOf(window, "batchTable"), int(report.batches.size()));
        QVERIFY(report.batches.size() < 13);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
