#pragma once

#include <QJsonObject>
#include <QString>

class QPainter;
class QPdfWriter;

namespace streamml::view {

/// The monitoring report as a PDF, drawn from the summary: how data quality, drift, the champion's
/// metrics, its hyper-parameters and its costs changed over the stream, then every model version and
/// every audit event. Charts are vectors, so the PDF stays sharp at any zoom.
class ReportDocument
{
public:
    explicit ReportDocument(QJsonObject summary);

    /// Writes the PDF through a temporary file renamed into place; throws Error::store when it cannot.
    void write(const QString &path) const;

private:
    struct Page;

    void titlePage(Page &page) const;
    void qualityPage(Page &page) const;
    void learningPage(Page &page) const;
    void tables(Page &page) const;
    std::vector<double> series(const QString &key) const;
    std::vector<double> prequential(const QString &metric) const;
    QString decisiveMetric() const;

    QJsonObject m_summary;
};

} // namespace streamml::view
