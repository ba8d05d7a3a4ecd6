#pragma once

#include "model/data/stream_position.h"

#include <vector>

namespace streamml::model::store {

class Database;

/// The stream cursor: per segment, how far the stream was taken (`stream_cursor`).
class CursorStore
{
public:
    explicit CursorStore(Database &database);

    data::StreamPosition position(const QString &segment) const;
    void save(const data::StreamPosition &position);
    std::vector<data::StreamPosition> all() const;

private:
    Database &m_db;
};

} // namespace streamml::model::store
