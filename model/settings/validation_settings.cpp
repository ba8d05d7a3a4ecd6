#include "model/settings/validation_settings.h"

#include "model/core/error.h"
#include "model/evaluation/metric_registry.h"
#include "model/settings/settings.h"

namespace streamml::model::settings {

ValidationSettings ValidationSettings::from(const Settings &s)
{
    const QString v = QStringLiteral("validation");
    ValidationSettings r;
    const QString scheme = s.text(v, QStringLiteral("scheme"));
    r.scheme = scheme == u"kfold" ? Scheme::KFold : scheme == u"holdout" ? Scheme::HoldOut : Scheme::TimeSeries;
    r.folds = int(s.integer(v, QStringLiteral("folds")));
    r.gap = int(s.integer(v, QStringLiteral("gap")));
    r.holdoutFraction = s.real(v, QStringLiteral("holdout_fraction"));
    r.metric = s.text(v, QStringLiteral("metric"));
    if (r.metric != u"auto" && !evaluation::MetricRegistry::contains(r.metric))
        throw core::Error::settings(QStringLiteral("[validation] metric = \"%1\" is not a known metric; accepted: auto, accuracy, "
                                                   "balanced_accuracy, f1, f1_macro, roc_auc, log_loss, brier, mae, rmse, r2, mape")
                                        .arg(r.metric));
    r.margin = s.real(v, QStringLiteral("margin"));
    r.windowBatches = int(s.integer(v, QStringLiteral("window_batches")));
    r.seed = quint32(s.integer(v, QStringLiteral("seed")));
    r.detector = s.text(v, QStringLiteral("detector"));
    return r;
}

QString ValidationSettings::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::KFold:
        return QStringLiteral("kfold");
    case Scheme::HoldOut:
        return QStringLiteral("holdout");
    case Scheme::TimeSeries:
        break;
    }
    return QStringLiteral("time_series");
}

} // namespace streamml::model::settings
