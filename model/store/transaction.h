#pragma once

namespace streamml::model::store {

class Database;

/// Scope of one store transaction: rolled back on destruction unless commit() was called,
/// so an exception anywhere in a batch leaves the store as it was.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    bool m_done = false;
};

} // namespace streamml::model::store
