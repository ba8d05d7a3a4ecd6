#pragma once

#include "model/settings/key_def.h"

#include <vector>

namespace streamml::model::settings {

/// Every settings key the program knows, with its default and accepted range.
class KeyCatalog
{
public:
    static const std::vector<KeyDef> &all();
    static const KeyDef *find(const QString &section, const QString &key);
    static QStringList sections();
    static QStringList keysOf(const QString &section);
};

} // namespace streamml::model::settings
