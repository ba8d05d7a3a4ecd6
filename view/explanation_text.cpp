#include "view/explanation_text.h"

#include <QCoreApplication>

namespace streamml::view {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExplanationText", text);
}
} // namespace

QString ExplanationText::scale(const QString &scale, const QString &output)
{
    if (scale == u"probability")
        return tr("probability of %1").arg(output);
    if (scale == u"log_odds")
        return tr("log-odds of %1").arg(output);
    if (scale == u"margin")
        return tr("margin of %1").arg(output);
    return tr("predicted value");
}

QString ExplanationText::method(const QString &method)
{
    if (method == u"tree_shap")
        return tr("TreeSHAP (exact)");
    if (method == u"linear_shap")
        return tr("LinearSHAP (exact)");
    if (method == u"sampling_shapley")
        return tr("sampling Shapley (estimated)");
    return method;
}

} // namespace streamml::view
