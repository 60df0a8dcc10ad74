package blocking

import "strings"

// SQL drivers (DB-API 2.0 and the few that are not).
const driverFmt = "use an async driver (%s) or move it to await asyncio.to_thread(...)"

func driver(alt string) Blocking {
	return Blocking{"database", strings.Replace(driverFmt, "%s", alt, 1)}
}

// noAsyncB is a driver with no async API.
var noAsyncB = Blocking{"database", "the driver has no async API: move it to await asyncio.to_thread(...)"}

const (
	dbapiConn = "execute executemany executescript commit rollback callproc"
	dbapiCur  = "execute executemany executescript fetchone fetchmany fetchall callproc nextset scroll copy_from copy_to copy_expert"
)

// sqlDriver declares a DB-API driver: its connect calls block, and so do
// execute, fetch* and commit on its connections and cursors.
type sqlDriver struct {
	name     string // prefix of its type names
	b        Blocking
	connects string // calls that open a connection
	conns    string // connection classes, as annotations name them
	cursors  string // cursor classes
	connMore string // blocking connection methods beyond DB-API's
	curMore  string // blocking cursor methods beyond DB-API's
}

func (d sqlDriver) add() {
	addExact(d.b, d.connects)
	conn, cur := d.name+".connection", d.name+".cursor"
	addType(conn, &objType{blocking: d.b, blocks: words(dbapiConn + " " + d.connMore),
		returns: to(cur, "cursor execute executemany executescript")}, d.connects+" "+d.conns)
	addType(cur, &objType{blocking: d.b, blocks: words(dbapiCur + " " + d.curMore),
		returns: to(cur, "execute executemany executescript")}, d.cursors)
}

func init() {
	mysql := driver("aiomysql or asyncmy")
	for _, d := range []sqlDriver{
		{name: "sqlite3", b: driver("aiosqlite"), connects: "sqlite3.connect", conns: "sqlite3.Connection",
			cursors: "sqlite3.Cursor", connMore: "backup"},
		{name: "psycopg2", b: driver("asyncpg or psycopg's AsyncConnection"), connects: "psycopg2.connect",
			conns:   "psycopg2.extensions.connection",
			cursors: "psycopg2.extensions.cursor psycopg2.extras.DictCursor psycopg2.extras.RealDictCursor psycopg2.extras.NamedTupleCursor"},
		{name: "psycopg", b: driver("psycopg.AsyncConnection"), connects: "psycopg.connect psycopg.Connection.connect",
			conns: "psycopg.Connection", cursors: "psycopg.Cursor psycopg.ServerCursor psycopg.ClientCursor",
			curMore: "stream copy"},
		{name: "pymysql", b: mysql, connects: "pymysql.connect pymysql.Connect pymysql.Connection pymysql.connections.Connection",
			cursors: "pymysql.cursors.Cursor pymysql.cursors.DictCursor pymysql.cursors.SSCursor"},
		{name: "MySQLdb", b: mysql, connects: "MySQLdb.connect MySQLdb.Connect MySQLdb.Connection MySQLdb.connections.Connection",
			cursors: "MySQLdb.cursors.Cursor MySQLdb.cursors.DictCursor MySQLdb.cursors.SSCursor"},
		{name: "mysql.connector", b: driver("aiomysql, asyncmy or mysql.connector.aio"),
			connects: "mysql.connector.connect mysql.connector.MySQLConnection mysql.connector.connection.MySQLConnection",
			cursors:  "mysql.connector.cursor.MySQLCursor"},
		{name: "cx_Oracle", b: driver("oracledb.connect_async"), connects: "cx_Oracle.connect cx_Oracle.Connection",
			cursors: "cx_Oracle.Cursor", connMore: "ping"},
		{name: "oracledb", b: driver("oracledb.connect_async"), connects: "oracledb.connect oracledb.Connection",
			conns: "oracledb.connection.Connection", cursors: "oracledb.Cursor oracledb.cursor.Cursor", connMore: "ping"},
		{name: "pyodbc", b: driver("aioodbc"), connects: "pyodbc.connect", conns: "pyodbc.Connection", cursors: "pyodbc.Cursor",
			curMore: "tables columns statistics primaryKeys foreignKeys procedures procedureColumns rowIdColumns rowVerColumns getTypeInfo"},
		{name: "pymssql", b: driver("aioodbc"), connects: "pymssql.connect pymssql.Connection pymssql._pymssql.connect",
			conns: "pymssql._pymssql.Connection", cursors: "pymssql.Cursor pymssql._pymssql.Cursor"},
		{name: "ibm_db_dbi", b: noAsyncB, connects: "ibm_db_dbi.connect ibm_db_dbi.pconnect ibm_db_dbi.Connection",
			cursors: "ibm_db_dbi.Cursor"},
		{name: "snowflake", b: noAsyncB, connects: "snowflake.connector.connect",
			conns:    "snowflake.connector.SnowflakeConnection snowflake.connector.connection.SnowflakeConnection",
			cursors:  "snowflake.connector.cursor.SnowflakeCursor snowflake.connector.cursor.DictCursor snowflake.connector.DictCursor",
			connMore: "execute_string execute_stream",
			curMore:  "execute_async get_results_from_sfqid fetch_pandas_all fetch_pandas_batches fetch_arrow_all fetch_arrow_batches"},
		{name: "clickhouse_driver.dbapi", b: driver("asynch"), connects: "clickhouse_driver.dbapi.connect clickhouse_driver.dbapi.Connection",
			cursors: "clickhouse_driver.dbapi.cursor.Cursor"},
	} {
		d.add()
	}

	// Pools: taking a connection may open one.
	addType("oracledb.pool", &objType{blocking: driver("oracledb.create_pool_async"), blocks: words("acquire"),
		returns: to("oracledb.connection", "acquire")}, "oracledb.create_pool oracledb.SessionPool oracledb.ConnectionPool")
	pg2pool := "psycopg2.pool.SimpleConnectionPool psycopg2.pool.ThreadedConnectionPool psycopg2.pool.PersistentConnectionPool"
	addExact(driver("asyncpg.create_pool"), pg2pool) // opens minconn connections
	addType("psycopg2.pool", &objType{blocking: driver("asyncpg.create_pool"), blocks: words("getconn"),
		returns: to("psycopg2.connection", "getconn")}, pg2pool+" psycopg2.pool.AbstractConnectionPool")
	addExact(driver("asyncpg or psycopg's AsyncConnection"), "psycopg2.extras.execute_values psycopg2.extras.execute_batch")
	addType("psycopg_pool", &objType{blocking: driver("psycopg_pool.AsyncConnectionPool"), blocks: words("connection getconn wait open"),
		returns: to("psycopg.connection", "connection getconn")}, "psycopg_pool.ConnectionPool psycopg_pool.NullConnectionPool")
	addType("mysql.connector.pool", &objType{blocking: driver("aiomysql.create_pool"), blocks: words("get_connection"),
		returns: to("mysql.connector.connection", "get_connection")}, "mysql.connector.pooling.MySQLConnectionPool")

	// pymssql's low-level _mssql connection.
	addExact(driver("aioodbc"), "pymssql._mssql.connect _mssql.connect")
	addType("pymssql._mssql", &objType{blocking: driver("aioodbc"),
		blocks: words("execute_query execute_non_query execute_scalar execute_row")}, "pymssql._mssql.connect _mssql.connect")

	// ibm_db's own (non DB-API) functions.
	addExact(noAsyncB, prefixEach("ibm_db.", "connect pconnect exec_immediate execute prepare fetch_assoc fetch_both fetch_tuple fetch_row commit rollback"))

	// clickhouse_driver's native client, and clickhouse_connect's HTTP one
	// (get_client pings the server).
	addType("clickhouse_driver.Client", &objType{blocking: driver("asynch or aiochclient"),
		blocks: words("execute execute_iter execute_with_progress query_dataframe insert_dataframe")},
		"clickhouse_driver.Client clickhouse_driver.Client.from_url clickhouse_driver.client.Client")
	chc := driver("clickhouse_connect.get_async_client")
	chcCtors := "clickhouse_connect.get_client clickhouse_connect.create_client clickhouse_connect.driver.create_client"
	addExact(chc, chcCtors)
	addType("clickhouse_connect.client", &objType{blocking: chc,
		blocks: words("query query_df query_np query_arrow query_df_stream query_np_stream query_row_block_stream query_rows_stream " +
			"command insert insert_df insert_arrow raw_query raw_insert raw_stream ping")},
		chcCtors+" clickhouse_connect.driver.Client clickhouse_connect.driver.client.Client")

	duckDB()
}

// duckDB: an in-process engine with no async API; its connection's
// queries run on the calling thread, and so do the module-level ones on
// the default connection. A relation runs when it is fetched.
func duckDB() {
	relation := "execute fetchone fetchmany fetchall fetchdf fetch_df df fetchnumpy fetch_arrow_table arrow pl show " +
		"write_csv write_parquet to_csv to_parquet to_table create create_view insert insert_into"
	readers := "sql query read_csv read_json read_parquet from_csv_auto from_parquet"
	fetches := "fetchone fetchmany fetchall fetchdf fetch_df fetch_df_chunk fetchnumpy fetch_arrow_table fetch_record_batch arrow df pl"
	addType("duckdb.relation", &objType{blocking: noAsyncB, blocks: words(relation), returns: to("duckdb.relation", "*")}, "")
	addType("duckdb.connection", &objType{blocking: noAsyncB,
		blocks:  words("execute executemany " + readers + " " + fetches + " commit rollback begin checkpoint install_extension load_extension"),
		returns: with(to("duckdb.connection", "execute executemany cursor duplicate"), to("duckdb.relation", readers+" table view values"))},
		"duckdb.connect duckdb.DuckDBPyConnection")
	addExact(noAsyncB, prefixEach("duckdb.", "connect execute executemany "+readers+" "+fetches))
	for _, r := range strings.Fields(readers) {
		ctors["duckdb."+r] = "duckdb.relation"
	}
	ctors["duckdb.execute"] = "duckdb.connection"
}
