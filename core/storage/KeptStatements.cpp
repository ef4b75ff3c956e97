#include "storage/KeptStatements.h"

#include "storage/Sql.h"

#include <QHash>
#include <QMutex>

#include <list>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace kartoteka::sql {

// The kept queries of one connection, most recently run first. Only the
// thread that uses the connection touches them.
struct ConnectionStatements
{
    struct Kept
    {
        std::unique_ptr<QSqlQuery> query;
        std::list<QString>::iterator place;
    };
    std::list<QString> order;
    std::unordered_map<QString, Kept> queries;

    void remove(const QString& statement)
    {
        const auto found = queries.find(statement);
        if (found == queries.end())
            return;
        order.erase(found->second.place);
        queries.erase(found);
    }
};

namespace {

// Every server connection's kept statements, by connection name.
struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<ConnectionStatements>> byConnection;
};

Registry& registry()
{
    static Registry r;
    return r;
}

// Connections sql::Connection makes to a server: it forgets their statements
// before it closes them. Anything else keeps nothing.
bool keepsStatements(const QSqlDatabase& db)
{
    return db.connectionName().startsWith(u"kartoteka-server-"_s);
}

std::shared_ptr<ConnectionStatements> statementsOf(const QSqlDatabase& db)
{
    if (!keepsStatements(db))
        return nullptr;
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    std::shared_ptr<ConnectionStatements>& kept = r.byConnection[db.connectionName()];
    if (!kept)
        kept = std::make_shared<ConnectionStatements>();
    return kept;
}

} // namespace

StatementRun::StatementRun(QSqlDatabase& db, const QString& statement)
    : m_kept(statementsOf(db)), m_statement(statement)
{
    if (!m_kept) {
        m_own.emplace(db);
        m_query = &*m_own;
        m_query->setForwardOnly(true);
        return;
    }
    const auto found = m_kept->queries.find(statement);
    if (found != m_kept->queries.end()) {
        m_kept->order.splice(m_kept->order.begin(), m_kept->order, found->second.place);
        m_query = found->second.query.get();
        m_prepared = true;
        return;
    }
    m_kept->order.push_front(statement);
    auto query = std::make_unique<QSqlQuery>(db);
    m_query = query.get();
    m_kept->queries.emplace(statement,
                            ConnectionStatements::Kept{std::move(query), m_kept->order.begin()});
    while (m_kept->order.size() > size_t(kKeptStatementsPerConnection))
        m_kept->remove(m_kept->order.back());
}

StatementRun::~StatementRun()
{
    m_query->finish();
    // A statement the server would not prepare or plan is prepared anew next
    // time; one whose run failed on the data (a constraint, a lock) stays.
    if (m_kept && (!m_prepared || m_forget ||
                   (m_failed && (serverState(m_query->lastError()) == u"0A000" ||
                                 serverState(m_query->lastError()) == u"26000"))))
        m_kept->remove(m_statement);
}

bool StatementRun::exec(const QVariantList& args)
{
    if (!m_prepared) {
        if (!m_query->prepare(m_statement))
            return false;
        m_prepared = true;
    }
    for (int i = 0; i < args.size(); ++i)
        m_query->bindValue(i, bindable(args[i]));
    m_failed = !m_query->exec();
    return !m_failed;
}

std::shared_ptr<ConnectionStatements> takeKeptStatements(const QString& connectionName)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    return r.byConnection.take(connectionName);
}

} // namespace kartoteka::sql
