#pragma once

#include <QJsonObject>
#include <QString>

namespace streamml::controller::cli {

/// Draws the monitoring report as a PDF from the summary; the desktop side provides it, so the
/// command line itself needs no widgets.
class ReportRenderer
{
public:
    virtual ~ReportRenderer() = default;
    /// Writes the PDF; throws model::core::Error when it cannot.
    virtual void render(const QJsonObject &summary, const QString &pdfPath) = 0;
};

} // namespace streamml::controller::cli
