package blocking

// Synchronous Rust database and cache clients: their connects and queries
// wait on a socket or a disk, on the executor thread when called from
// async code.

var (
	rustSQLite   = Blocking{"database", "move it to tokio::task::spawn_blocking (or use tokio-rusqlite / sqlx)"}
	rustPostgres = Blocking{"database", "use tokio-postgres (or sqlx), or move it to tokio::task::spawn_blocking"}
	rustMySQL    = Blocking{"database", "use mysql_async (or sqlx), or move it to tokio::task::spawn_blocking"}
	rustRedis    = Blocking{"database", "use an async redis connection (get_multiplexed_async_connection, query_async)"}
	rustDiesel   = Blocking{"database", "use diesel-async, or move it to tokio::task::spawn_blocking"}
	rustPool     = Blocking{"database", "use an async pool (deadpool, bb8), or move it to tokio::task::spawn_blocking"}
)

const (
	vRusqliteConn rustValue = vReqwestResponse + 1 + iota
	vRusqliteStmt
	vPostgresClient
	vMySQLPool
	vMySQLConn
	vRedisClient
	vRedisConn
	vRedisCmd
	vR2D2Pool
)

// Query methods of the sync SQL clients.
var (
	rusqliteConnQueries = []string{"execute", "execute_batch", "query_row", "query_one", "query_row_and_then",
		"backup", "restore", "pragma_update", "pragma_query", "pragma_query_value"}
	rusqliteStmtQueries = []string{"execute", "query", "query_map", "query_and_then", "query_row", "query_one",
		"insert", "exists", "raw_execute", "raw_query"}
	postgresQueries = []string{"execute", "query", "query_one", "query_opt", "query_raw", "query_typed",
		"batch_execute", "simple_query", "prepare", "prepare_typed", "copy_in", "copy_out", "commit", "rollback",
		"transaction", "build_transaction", "is_valid"}
	mysqlQueries = []string{"query", "query_drop", "query_first", "query_iter", "query_map", "query_fold",
		"exec", "exec_drop", "exec_first", "exec_iter", "exec_map", "exec_fold", "exec_batch", "prep",
		"start_transaction", "ping", "commit", "rollback"}
	// redisCommands are the commands of redis::Commands most code calls;
	// every one is a round trip.
	redisCommands = []string{"get", "set", "set_ex", "set_nx", "del", "exists", "expire", "incr", "decr",
		"mget", "mset", "getset", "keys", "ttl", "hget", "hset", "hdel", "hgetall", "hincr", "hexists",
		"lpush", "rpush", "lpop", "rpop", "lrange", "llen", "sadd", "srem", "smembers", "sismember",
		"zadd", "zrem", "zrange", "zrangebyscore", "zscore", "publish", "scan", "scan_match",
		"req_command", "req_packed_command", "send_packed_command", "recv_response", "subscribe", "psubscribe"}
)

func init() {
	for name, f := range map[string]rustFunc{
		"rusqlite::Connection::open":                  {&rustSQLite, vRusqliteConn},
		"rusqlite::Connection::open_with_flags":       {&rustSQLite, vRusqliteConn},
		"rusqlite::Connection::open_in_memory":        {nil, vRusqliteConn},
		"postgres::Client::connect":                   {&rustPostgres, vPostgresClient},
		"postgres::Config::new":                       {nil, vNone},
		"mysql::Pool::new":                            {&rustMySQL, vMySQLPool},
		"mysql::Conn::new":                            {&rustMySQL, vMySQLConn},
		"redis::Client::open":                         {nil, vRedisClient},
		"redis::cmd":                                  {nil, vRedisCmd},
		"redis::pipe":                                 {nil, vRedisCmd},
		"diesel::PgConnection::establish":             {&rustDiesel, vNone},
		"diesel::SqliteConnection::establish":         {&rustDiesel, vNone},
		"diesel::MysqlConnection::establish":          {&rustDiesel, vNone},
		"diesel::pg::PgConnection::establish":         {&rustDiesel, vNone},
		"diesel::sqlite::SqliteConnection::establish": {&rustDiesel, vNone},
		"diesel::mysql::MysqlConnection::establish":   {&rustDiesel, vNone},
		"r2d2::Pool::new":                             {&rustPool, vR2D2Pool},
	} {
		rustFuncs[name] = f
	}
	for v, t := range map[rustValue]rustType{
		vRusqliteConn: {name: "rusqlite::Connection", blocking: methods(rustSQLite, rusqliteConnQueries...),
			next: map[string]rustValue{"prepare": vRusqliteStmt, "prepare_cached": vRusqliteStmt,
				"transaction": vRusqliteConn, "unchecked_transaction": vRusqliteConn, "savepoint": vRusqliteConn}},
		vRusqliteStmt: {name: "rusqlite::Statement", blocking: methods(rustSQLite, rusqliteStmtQueries...)},
		vPostgresClient: {name: "postgres::Client", blocking: methods(rustPostgres, postgresQueries...),
			next: map[string]rustValue{"transaction": vPostgresClient, "build_transaction": vPostgresClient}},
		vMySQLPool: {name: "mysql::Pool", blocking: methods(rustMySQL, "get_conn", "try_get_conn"),
			next: map[string]rustValue{"get_conn": vMySQLConn, "try_get_conn": vMySQLConn}},
		vMySQLConn: {name: "mysql::Conn", blocking: methods(rustMySQL, mysqlQueries...)},
		vRedisClient: {name: "redis::Client", blocking: methods(rustRedis, "get_connection", "get_connection_with_timeout"),
			next: map[string]rustValue{"get_connection": vRedisConn, "get_connection_with_timeout": vRedisConn}},
		vRedisConn: {name: "redis::Connection", blocking: methods(rustRedis, redisCommands...)},
		vRedisCmd:  {name: "redis::Cmd", blocking: methods(rustRedis, "query", "execute", "iter"), builder: true},
		vR2D2Pool: {name: "r2d2::Pool", blocking: methods(rustPool, "get", "get_timeout"),
			next: map[string]rustValue{"clone": vR2D2Pool}},
	} {
		rustTypes[v] = t
	}
	for name, v := range map[string]rustValue{
		"rusqlite::Connection":      vRusqliteConn,
		"rusqlite::Transaction":     vRusqliteConn,
		"rusqlite::Savepoint":       vRusqliteConn,
		"rusqlite::Statement":       vRusqliteStmt,
		"rusqlite::CachedStatement": vRusqliteStmt,
		"postgres::Client":          vPostgresClient,
		"postgres::Transaction":     vPostgresClient,
		"mysql::Pool":               vMySQLPool,
		"mysql::Conn":               vMySQLConn,
		"mysql::PooledConn":         vMySQLConn,
		"mysql::Transaction":        vMySQLConn,
		"redis::Client":             vRedisClient,
		"redis::Connection":         vRedisConn,
		"r2d2::Pool":                vR2D2Pool,
	} {
		rustTypeValues[name] = v
	}
}
