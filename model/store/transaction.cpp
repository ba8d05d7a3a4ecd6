#include "model/store/transaction.h"

#include "model/store/database.h"

namespace streamml::model::store {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_database.rollback();
}

void Transaction::commit()
{
    m_database.commit();
    m_done = true;
}

} // namespace streamml::model::store
