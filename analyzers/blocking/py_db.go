package blocking

import "strings"

// SQL drivers (DB-API 2.0).
const driverFmt = "use an async driver (%s) or move it to await asyncio.to_thread(...)"

func driver(alt string) Blocking {
	return Blocking{"database", strings.Replace(driverFmt, "%s", alt, 1)}
}

const (
	dbapiConn = "execute executemany executescript commit rollback callproc"
	dbapiCur  = "execute executemany executescript fetchone fetchmany fetchall callproc nextset scroll copy_from copy_to copy_expert"
)

// dbapi declares a DB-API driver: its connect calls block, and so do
// execute, fetch* and commit on its connections and cursors.
func dbapi(name, alt, connects, classes string) {
	b := driver(alt)
	addExact(b, connects)
	conn, cur := name+".connection", name+".cursor"
	addType(conn, &objType{blocking: b, blocks: words(dbapiConn), returns: map[string]string{
		"cursor": cur, "execute": cur, "executemany": cur, "executescript": cur,
	}}, connects+" "+classes)
	addType(cur, &objType{blocking: b, blocks: words(dbapiCur), returns: map[string]string{
		"execute": cur, "executemany": cur, "executescript": cur,
	}}, "")
}

func init() {
	// Synchronous database drivers.
	dbapi("sqlite3", "aiosqlite", "sqlite3.connect", "sqlite3.Connection")
	dbapi("psycopg2", "asyncpg or psycopg's AsyncConnection", "psycopg2.connect", "psycopg2.extensions.connection")
	dbapi("psycopg", "psycopg.AsyncConnection", "psycopg.connect psycopg.Connection.connect", "")
	dbapi("pymysql", "aiomysql or asyncmy", "pymysql.connect pymysql.Connect pymysql.Connection pymysql.connections.Connection", "")
	dbapi("MySQLdb", "aiomysql or asyncmy", "MySQLdb.connect MySQLdb.Connect MySQLdb.Connection MySQLdb.connections.Connection", "")
	dbapi("mysql.connector", "aiomysql, asyncmy or mysql.connector.aio", "mysql.connector.connect mysql.connector.MySQLConnection mysql.connector.connection.MySQLConnection", "")
	dbapi("cx_Oracle", "oracledb.connect_async", "cx_Oracle.connect cx_Oracle.Connection", "")
	dbapi("oracledb", "oracledb.connect_async", "oracledb.connect oracledb.Connection", "")
	addType("oracledb.pool", &objType{blocking: driver("oracledb.create_pool_async"), blocks: words("acquire"),
		returns: map[string]string{"acquire": "oracledb.connection"}}, "oracledb.create_pool oracledb.SessionPool")
	addType("psycopg2.pool", &objType{returns: map[string]string{"getconn": "psycopg2.connection"}},
		"psycopg2.pool.SimpleConnectionPool psycopg2.pool.ThreadedConnectionPool")

}
