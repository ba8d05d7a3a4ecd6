#include "view/main_window.h"

#include "view/data_view.h"
#include "view/drift_view.h"
#include "view/interpretation_view.h"
#include "view/models_view.h"
#include "view/quality_view.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace streamml::view {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dataView(new DataView(this))
    , m_qualityView(new QualityView(this))
    , m_driftView(new DriftView(this))
    , m_interpretationView(new InterpretationView(this))
    , m_modelsView(new ModelsView(this))
{
    setWindowTitle(tr("StreamML"));
    resize(1280, 800);

    QToolBar *toolbar = addToolBar(tr("Stream"));
    toolbar->setObjectName(QStringLiteral("streamToolbar"));
    m_ingest = toolbar->addAction(tr("Ingest next batch"));
    m_ingest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_ingestAll = toolbar->addAction(tr("Ingest all"));
    connect(m_ingest, &QAction::triggered, this, [this] { Q_EMIT ingestRequested(1); });
    connect(m_ingestAll, &QAction::triggered, this, [this] { Q_EMIT ingestRequested(-1); });

    m_navigation->setFixedWidth(170);
    auto *splitterHost = new QWidget(this);
    auto *layout = new QHBoxLayout(splitterHost);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(splitterHost);
    addPage(tr("Data"), m_dataView);
    addPage(tr("Quality & EDA"), m_qualityView);
    addPage(tr("Drift"), m_driftView);
    addPage(tr("Interpretation"), m_interpretationView);
    addPage(tr("Models"), m_modelsView);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_stage = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addPermanentWidget(m_stage);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelRequested);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {120}, Qt::Vertical);
    setBusy(false);
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::showPage(const QString &title)
{
    const QList<QListWidgetItem *> items = m_navigation->findItems(title, Qt::MatchExactly);
    if (!items.isEmpty())
        m_navigation->setCurrentItem(items.first());
}

void MainWindow::setBusy(bool busy)
{
    m_ingest->setEnabled(!busy);
    m_ingestAll->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_stage->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_stage->clear();
    }
}

void MainWindow::showProgress(const QString &stage, qint64 done, qint64 total)
{
    m_stage->setText(stage);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
    }
}

void MainWindow::appendLog(const QString &level, const QString &logger, const QString &text)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2: %3").arg(logger, level, text));
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 15000);
    // Window-modal and non-blocking, so a worker's error never stalls the event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("StreamML"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace streamml::view
