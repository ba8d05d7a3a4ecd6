#pragma once

#include <QString>

class QWidget;

namespace streamml::tests {

/// Saves a 1280 × 800 picture of a window into $STREAMML_SCREENSHOT_DIR when that is set (the
/// README's screenshots are made this way); does nothing otherwise.
class Screenshot
{
public:
    /// False when the picture could not be written.
    static bool save(QWidget &window, const QString &name);
};

} // namespace streamml::tests
