#pragma once

#include "controller/cli/report_renderer.h"

namespace streamml::controller::gui {

/// Renders the monitoring report with the view's report document (needs a QGuiApplication).
class PdfReportRenderer : public cli::ReportRenderer
{
public:
    void render(const QJsonObject &summary, const QString &pdfPath) override;
};

} // namespace streamml::controller::gui
