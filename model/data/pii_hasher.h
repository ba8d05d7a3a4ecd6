#pragma once

#include "model/data/table.h"

#include <QByteArray>

namespace streamml::model::data {

/// Replaces the values of personal-data columns by a salted SHA-256 digest, so equal values stay
/// equal (joins and counts still work) while the original cannot be read back without the salt.
class PiiHasher
{
public:
    explicit PiiHasher(QByteArray salt);

    /// Hashes the named columns in place; throws Error::settings when a named column is absent.
    void apply(Table &table, const QStringList &columns, const QString &sourceName) const;
    QString digest(const QString &value) const;

private:
    Column hashed(const Column &column) const;

    QByteArray m_salt;
};

} // namespace streamml::model::data
