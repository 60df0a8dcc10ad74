package blocking

import "testing"

// TestLookupRustDatabases: sync SQL, redis and pool clients block on their
// connects and queries, through constructors, chains and declared types;
// builders, in-memory opens, the async crates and unknown methods do not.
func TestLookupRustDatabases(t *testing.T) {
	blocks := map[string]string{
		"rusqlite::Connection::open":                           "database rusqlite::Connection::open",
		"rusqlite::Connection::open().execute":                 "database rusqlite::Connection::execute",
		"rusqlite::Connection::open_in_memory().execute_batch": "database rusqlite::Connection::execute_batch",
		"<rusqlite::Connection>.query_row":                     "database rusqlite::Connection::query_row",
		"<rusqlite::Connection>.prepare().query_map":           "database rusqlite::Statement::query_map",
		"<rusqlite::Transaction>.execute":                      "database rusqlite::Connection::execute",
		"<rusqlite::Statement>.query":                          "database rusqlite::Statement::query",
		"postgres::Client::connect":                            "database postgres::Client::connect",
		"postgres::Client::connect().query":                    "database postgres::Client::query",
		"<postgres::Client>.transaction().execute":             "database postgres::Client::execute",
		"mysql::Pool::new().get_conn().query_drop":             "database mysql::Conn::query_drop",
		"<mysql::PooledConn>.exec_first":                       "database mysql::Conn::exec_first",
		"redis::Client::open().get_connection":                 "database redis::Client::get_connection",
		"redis::Client::open().get_connection().hgetall":       "database redis::Connection::hgetall",
		"<redis::Connection>.set":                              "database redis::Connection::set",
		"redis::cmd().arg().arg().query":                       "database redis::Cmd::query",
		"diesel::PgConnection::establish":                      "database diesel::PgConnection::establish",
		"<r2d2::Pool>.get":                                     "database r2d2::Pool::get",
	}
	checkRust(t, blocks, []string{
		"rusqlite::Connection::open_in_memory", "<rusqlite::Connection>.last_insert_rowid", "<rusqlite::Connection>.prepare",
		"redis::Client::open", "redis::Client::open().get_multiplexed_async_connection", "redis::cmd().arg().query_async",
		"<redis::Client>.get_async_connection", "tokio_postgres::connect", "<tokio_postgres::Client>.query",
		"mysql_async::Pool::new().get_conn", "postgres::Config::new", "<mysql::Pool>.clone", "sqlx::query().fetch_all",
	})
}
