#include "model/pipeline/reference_window.h"

#include "model/registry/model_registry.h"
#include "model/store/database.h"
#include "model/store/raw_row_store.h"

#include <algorithm>

namespace streamml::model::pipeline {

ReferenceWindow::ReferenceWindow(store::Database &database)
    : m_db(database)
{
}

std::vector<qint64> ReferenceWindow::lastUsable(qint64 batchId, int count) const
{
    std::vector<qint64> ids;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM batches WHERE id < ? AND status IN ('accepted', 'cleaned') "
                                           "ORDER BY id DESC LIMIT %1").arg(count),
                            {batchId});
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    std::reverse(ids.begin(), ids.end());
    return ids;
}

std::vector<qint64> ReferenceWindow::championBatches(qint64 batchId) const
{
    const registry::ModelRegistry registry(m_db);
    const std::optional<int> champion = registry.alias(QStringLiteral("champion"));
    if (!champion)
        return {};
    const std::vector<qint64> trainedOn = registry.find(*champion)->trainedOn;
    std::vector<qint64> ids;
    for (qint64 id : trainedOn) {
        const QString status = m_db.scalar(QStringLiteral("SELECT status FROM batches WHERE id = ?"), {id}).toString();
        if (id < batchId && (status == u"accepted" || status == u"cleaned"))
            ids.push_back(id);
    }
    return ids;
}

data::Table ReferenceWindow::load(const std::vector<qint64> &batchIds)
{
    data::Table result;
    store::RawRowStore raw(m_db);
    for (qint64 id : batchIds) {
        auto it = m_tables.find(id);
        if (it == m_tables.end())
            it = m_tables.insert(id, raw.load(id));
        result.append(*it);
    }
    return result;
}

} // namespace streamml::model::pipeline
