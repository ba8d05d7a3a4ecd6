#pragma once

#include <QObject>
#include <QString>

namespace streamml::controller::logging {

/// Emits every log line as a Qt signal, so the GUI's log view shows what the stages report.
class LogRelay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void line(const QString &level, const QString &logger, const QString &text);
};

} // namespace streamml::controller::logging
