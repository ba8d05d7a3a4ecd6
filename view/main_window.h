#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace streamml::view {

class DataView;
class DriftView;
class InterpretationView;
class ModelsView;
class QualityView;

/// The workbench window: navigation on the left, one view per pipeline stage, the long-job progress
/// bar with its cancel button in the status bar, and the log at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    DataView *dataView() const { return m_dataView; }
    QualityView *qualityView() const { return m_qualityView; }
    DriftView *driftView() const { return m_driftView; }
    InterpretationView *interpretationView() const { return m_interpretationView; }
    ModelsView *modelsView() const { return m_modelsView; }
    /// Shows the page with the given navigation title.
    void showPage(const QString &title);
    QAction *ingestAction() const { return m_ingest; }
    QAction *ingestAllAction() const { return m_ingestAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

    void setBusy(bool busy);
    void showProgress(const QString &stage, qint64 done, qint64 total);
    void appendLog(const QString &level, const QString &logger, const QString &text);
    void showStatus(const QString &text);
    void showError(const QString &text);

Q_SIGNALS:
    void ingestRequested(qint64 batches);
    void cancelRequested();

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DataView *m_dataView;
    QualityView *m_qualityView;
    DriftView *m_driftView;
    InterpretationView *m_interpretationView;
    ModelsView *m_modelsView;
    QAction *m_ingest;
    QAction *m_ingestAll;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_stage;
    QPlainTextEdit *m_log;
};

} // namespace streamml::view
