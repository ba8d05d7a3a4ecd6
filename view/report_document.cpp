#include "view/report_document.h"

#include "model/core/error.h"
#include "view/chart_painter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

namespace streamml::view {

namespace {
constexpr int resolution = 96;
const QColor blue(31, 119, 180), orange(255, 127, 14), green(44, 160, 44), red(214, 39, 40), purple(148, 103, 189);

QString number(const QJsonValue &v, int decimals = 3)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("–");
}
} // namespace

/// A page being drawn: the painter, the writable area and how far down it is filled.
struct ReportDocument::Page
{
    QPdfWriter &writer;
    QPainter &painter;
    QRectF area;
    double y = 0;

    void newPage()
    {
        writer.newPage();
        y = area.top();
    }

    void ensure(double height)
    {
        if (y + height > area.bottom())
            newPage();
    }

    void heading(const QString &text)
    {
        ensure(40);
        QFont font(QStringLiteral("DejaVu Sans"), 14, QFont::Bold);
        painter.setFont(font);
        painter.setPen(QColor(20, 40, 80));
        y += QFontMetricsF(font).ascent() + 6;
        painter.drawText(QPointF(area.left(), y), text);
        y += 12;
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    }

    void line(const QString &text, bool bold = false)
    {
        QFont font(QStringLiteral("DejaVu Sans"), 9, bold ? QFont::Bold : QFont::Normal);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        const QRectF bounds = metrics.boundingRect(QRectF(area.left(), 0, area.width(), 10000), Qt::TextWordWrap, text);
        ensure(bounds.height() + 3);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(area.left(), y, area.width(), bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height() + 3;
    }

    void chart(const ChartPainter &chart, double height = 230)
    {
        ensure(height);
        chart.paint(painter, QRectF(area.left(), y, area.width(), height));
        y += height + 10;
    }

    /// A table whose cells are elided to their column width.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths)
    {
        QFont font(QStringLiteral("DejaVu Sans"), 7);
        const QFontMetricsF metrics(font);
        const double rowHeight = metrics.height() + 3;
        auto drawRow = [&](const QStringList &cells, bool bold) {
            ensure(rowHeight);
            font.setBold(bold);
            painter.setFont(font);
            double x = area.left();
            for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
                const double w = widths.at(c) * area.width();
                painter.drawText(QPointF(x + 2, y + metrics.ascent()), QFontMetricsF(font).elidedText(cells.at(c), Qt::ElideRight, w - 4));
                x += w;
            }
            y += rowHeight;
        };
        painter.setPen(QColor(30, 30, 30));
        drawRow(header, true);
        for (const QStringList &row : rows) {
            if (y + rowHeight > area.bottom()) {
                newPage();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
        y += 8;
    }
};

ReportDocument::ReportDocument(QJsonObject summary)
    : m_summary(std::move(summary))
{
}

std::vector<double> ReportDocument::series(const QString &key) const
{
    std::vector<double> values;
    for (const QJsonValue &b : m_summary.value(QStringLiteral("batches")).toArray()) {
        const QJsonValue v = b.toObject().value(key);
        values.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
    }
    return values;
}

std::vector<double> ReportDocument::prequential(const QString &metric) const
{
    std::vector<double> values;
    for (const QJsonValue &b : m_summary.value(QStringLiteral("batches")).toArray()) {
        const QJsonValue v = b.toObject().value(QStringLiteral("prequential")).toObject().value(metric);
        values.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
    }
    return values;
}

QString ReportDocument::decisiveMetric() const
{
    for (const char *metric : {"roc_auc", "f1_macro", "rmse"})
        for (const QJsonValue &b : m_summary.value(QStringLiteral("batches")).toArray())
            if (b.toObject().value(QStringLiteral("prequential")).toObject().contains(QLatin1String(metric)))
                return QString::fromLatin1(metric);
    return QStringLiteral("accuracy");
}

void ReportDocument::titlePage(Page &page) const
{
    page.heading(QStringLiteral("StreamML monitoring report"));
    const QJsonArray batches = m_summary.value(QStringLiteral("batches")).toArray();
    const QJsonArray versions = m_summary.value(QStringLiteral("versions")).toArray();
    qint64 rows = 0, quarantined = 0;
    for (const QJsonValue &b : batches) {
        rows += qint64(b.toObject().value(QStringLiteral("rows")).toDouble());
        quarantined += b.toObject().value(QStringLiteral("status")).toString() == u"quarantined";
    }
    page.line(QStringLiteral("Dataset: %1   Target: %2   Task: %3").arg(m_summary.value(QStringLiteral("dataset")).toString(),
                                                                       m_summary.value(QStringLiteral("target")).toString(),
                                                                       m_summary.value(QStringLiteral("task")).toString()));
    page.line(QStringLiteral("Generated %1 by StreamML %2; settings SHA-256 %3")
                  .arg(m_summary.value(QStringLiteral("generated")).toString(), m_summary.value(QStringLiteral("program_version")).toString(),
                       m_summary.value(QStringLiteral("settings_sha256")).toString().left(16)));
    page.line(QStringLiteral("%1 batches, %2 rows, %3 quarantined; %4 model versions.").arg(batches.size()).arg(rows).arg(quarantined).arg(versions.size()));
    const QString metric = decisiveMetric();
    double sum = 0;
    int count = 0;
    for (double v : prequential(metric))
        if (!std::isnan(v)) {
            sum += v;
            ++count;
        }
    if (count > 0)
        page.line(QStringLiteral("Mean prequential %1 of the champion (each batch scored before learning from it): %2 over %3 batches.")
                      .arg(metric)
                      .arg(sum / count, 0, 'f', 4)
                      .arg(count),
                  true);
    for (const QJsonValue &v : versions)
        if (v.toObject().value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("champion")))
            page.line(QStringLiteral("Champion now: version %1, %2 (%3).").arg(v.toObject().value(QStringLiteral("version")).toInt())
                          .arg(v.toObject().value(QStringLiteral("family")).toString(), v.toObject().value(QStringLiteral("origin")).toString()));
    page.y += 10;
}

void ReportDocument::qualityPage(Page &page) const
{
    std::vector<double> x;
    for (const QJsonValue &b : m_summary.value(QStringLiteral("batches")).toArray())
        x.push_back(b.toObject().value(QStringLiteral("batch")).toDouble());
    page.heading(QStringLiteral("Data quality and drift"));
    ChartPainter quality(QStringLiteral("Quality score per batch (100 = every learning cell clean)"), QStringLiteral("batch"), x);
    quality.addSeries({QStringLiteral("quality score"), blue, series(QStringLiteral("quality_score"))});
    const QJsonObject thresholds = m_summary.value(QStringLiteral("thresholds")).toObject();
    quality.setThreshold(thresholds.value(QStringLiteral("min_quality_score")).toDouble(), QStringLiteral("quarantine below"));
    page.chart(quality);
    ChartPainter shares(QStringLiteral("Missing feature cells and drifted features (shares)"), QStringLiteral("batch"), x);
    shares.addSeries({QStringLiteral("missing share"), orange, series(QStringLiteral("missing_share"))});
    shares.addSeries({QStringLiteral("drifted share"), purple, series(QStringLiteral("drift_share"))});
    shares.setYRange(0, 1);
    shares.setThreshold(thresholds.value(QStringLiteral("dataset_drift_share")).toDouble(), QStringLiteral("dataset drift"));
    page.chart(shares);
}

void ReportDocument::learningPage(Page &page) const
{
    std::vector<double> x;
    for (const QJsonValue &b : m_summary.value(QStringLiteral("batches")).toArray())
        x.push_back(b.toObject().value(QStringLiteral("batch")).toDouble());
    page.heading(QStringLiteral("The champion's metrics and costs"));
    const QString metric = decisiveMetric();
    ChartPainter metrics(QStringLiteral("Prequential metrics of the champion (scored before learning from the batch)"), QStringLiteral("batch"), x);
    metrics.addSeries({metric, blue, prequential(metric)});
    if (metric != u"rmse")
        metrics.addSeries({QStringLiteral("accuracy"), green, prequential(QStringLiteral("accuracy"))});
    page.chart(metrics);
    ChartPainter costs(QStringLiteral("Training seconds and inference milliseconds per 1000 rows"), QStringLiteral("batch"), x);
    costs.addSeries({QStringLiteral("train s"), red, series(QStringLiteral("train_seconds"))});
    costs.addSeries({QStringLiteral("inference ms / 1k rows"), orange, series(QStringLiteral("inference_ms_per_1k_rows"))});
    page.chart(costs);
    ChartPainter memory(QStringLiteral("Peak resident memory (MB)"), QStringLiteral("batch"), x);
    memory.addSeries({QStringLiteral("peak RSS"), purple, series(QStringLiteral("peak_rss_mb"))});
    page.chart(memory, 180);
}

void ReportDocument::tables(Page &page) const
{
    page.heading(QStringLiteral("Batches: status, champion, hyper-parameters, decision"));
    QList<QStringList> rows;
    for (const QJsonValue &value : m_summary.value(QStringLiteral("batches")).toArray()) {
        const QJsonObject b = value.toObject();
        QJsonObject h = b.value(QStringLiteral("hyperparameters")).toObject();
        const QString family = h.take(QStringLiteral("family")).toString();
        h.remove(QStringLiteral("variant"));
        QStringList params;
        for (auto it = h.constBegin(); it != h.constEnd(); ++it)
            params.append(QStringLiteral("%1=%2").arg(it.key(), it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 4) : it.value().toVariant().toString()));
        rows.append({QString::number(b.value(QStringLiteral("batch")).toInt()), b.value(QStringLiteral("time_from")).toString(),
                     b.value(QStringLiteral("status")).toString(), number(b.value(QStringLiteral("quality_score")), 1),
                     number(b.value(QStringLiteral("prequential")).toObject().value(decisiveMetric())),
                     b.value(QStringLiteral("champion_version")).isDouble() ? QString::number(b.value(QStringLiteral("champion_version")).toInt()) : QStringLiteral("–"),
                     family, params.join(QStringLiteral(", ")), b.value(QStringLiteral("decision")).toString()});
    }
    page.table({QStringLiteral("batch"), QStringLiteral("from"), QStringLiteral("status"), QStringLiteral("quality"), decisiveMetric(),
                QStringLiteral("champion"), QStringLiteral("family"), QStringLiteral("hyper-parameters"), QStringLiteral("decision")},
               rows, {0.05, 0.1, 0.09, 0.07, 0.07, 0.07, 0.12, 0.34, 0.09});

    page.heading(QStringLiteral("Model versions"));
    rows.clear();
    for (const QJsonValue &value : m_summary.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject v = value.toObject();
        const QJsonArray trained = v.value(QStringLiteral("trained_on")).toArray();
        rows.append({QString::number(v.value(QStringLiteral("version")).toInt()), v.value(QStringLiteral("family")).toString(),
                     v.value(QStringLiteral("origin")).toString(),
                     v.value(QStringLiteral("parent")).isDouble() ? QString::number(v.value(QStringLiteral("parent")).toInt()) : QString(),
                     v.value(QStringLiteral("status")).toString(), v.value(QStringLiteral("aliases")).toVariant().toStringList().join(QLatin1Char(' ')),
                     trained.size() == 2 ? QStringLiteral("%1-%2").arg(trained.at(0).toInt()).arg(trained.at(1).toInt()) : QString(),
                     QFileInfo(v.value(QStringLiteral("file")).toString()).fileName(), v.value(QStringLiteral("sha256")).toString().left(12)});
    }
    page.table({QStringLiteral("version"), QStringLiteral("family"), QStringLiteral("origin"), QStringLiteral("parent"), QStringLiteral("status"),
                QStringLiteral("aliases"), QStringLiteral("batches"), QStringLiteral("file"), QStringLiteral("sha256")},
               rows, {0.07, 0.16, 0.1, 0.06, 0.1, 0.12, 0.08, 0.16, 0.15});

    page.heading(QStringLiteral("Audit trail"));
    for (const QJsonValue &value : m_summary.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = value.toObject();
        QString subject;
        if (e.contains(QStringLiteral("version")))
            subject += QStringLiteral(" v%1").arg(e.value(QStringLiteral("version")).toInt());
        if (e.contains(QStringLiteral("batch")))
            subject += QStringLiteral(" (batch %1)").arg(e.value(QStringLiteral("batch")).toInt());
        page.line(QStringLiteral("%1  %2%3: %4").arg(e.value(QStringLiteral("time")).toString(), e.value(QStringLiteral("kind")).toString(), subject,
                                                   e.value(QStringLiteral("reason")).toString()));
    }
}

void ReportDocument::write(const QString &path) const
{
    QTemporaryFile temporary(QDir(QFileInfo(path).absolutePath()).absoluteFilePath(QStringLiteral(".report-XXXXXX.pdf")));
    if (!temporary.open())
        throw model::core::Error::store(QStringLiteral("cannot write the report next to %1: %2").arg(path, temporary.errorString()));
    {
        QPdfWriter writer(&temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(resolution);
        writer.setTitle(QStringLiteral("StreamML monitoring report"));
        writer.setCreator(QStringLiteral("StreamML"));
        QPainter painter(&writer);
        Page page{writer, painter, QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(resolution).size()), 0};
        titlePage(page);
        qualityPage(page);
        page.newPage();
        learningPage(page);
        page.newPage();
        tables(page);
    }
    temporary.close();
    QFile::remove(path);
    if (!temporary.rename(path))
        throw model::core::Error::store(QStringLiteral("cannot move the report into place at %1").arg(path));
    temporary.setAutoRemove(false);
}

} // namespace streamml::view
