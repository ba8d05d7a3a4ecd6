#include "tests/gui/screenshot.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace streamml::tests {

bool Screenshot::save(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("STREAMML_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    window.resize(1280, 800);
    // Plots resized by the layout redraw on a queued replot.
    QTest::qWait(100);
    return window.grab().save(QDir(dir).absoluteFilePath(name));
}

} // namespace streamml::tests
