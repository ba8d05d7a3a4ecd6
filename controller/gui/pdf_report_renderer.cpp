#include "controller/gui/pdf_report_renderer.h"

#include "view/report_document.h"

namespace streamml::controller::gui {

void PdfReportRenderer::render(const QJsonObject &summary, const QString &pdfPath)
{
    view::ReportDocument(summary).write(pdfPath);
}

} // namespace streamml::controller::gui
