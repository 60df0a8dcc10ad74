package lifetime

import "strings"

// Ctor is a constructor of a long-lived client, connection, session,
// engine or pool, and what its library recommends instead of one per call.
type Ctor struct {
	// Name is the constructor as the front-ends resolve it
	// ("aiohttp.ClientSession", "reqwest::Client::new").
	Name string `json:"name"`
	// What says what it builds: "HTTP session", "database connection".
	What string `json:"what"`
	// Fix is the library's own advice, said as an instruction.
	Fix string `json:"fix"`
	// SQLite is true for sqlite3 and aiosqlite: a local file, cheap to
	// open, reported only when a rule's option asks.
	SQLite bool `json:"sqlite,omitempty"`
}

// Fixes each library's documentation gives.
const (
	fixAiohttp   = "create one aiohttp.ClientSession per application (at startup, closed at shutdown) and reuse it: a session per request is what aiohttp's docs call a very bad idea"
	fixHttpx     = "create one httpx client per application (at startup or in the lifespan) and reuse it: httpx keeps its connection pool in the client"
	fixRequests  = "create one requests.Session at startup and reuse it, or call requests.get(...) for a one-off request"
	fixUrllib3   = "create one urllib3.PoolManager at startup and reuse it"
	fixEngine    = "create the engine once per URL, at module level or startup, and take connections or sessions from it"
	fixAsyncpg   = "create one asyncpg.create_pool(...) at startup and acquire connections from it"
	fixPsycopg2  = "create one psycopg2.pool.ThreadedConnectionPool at startup and getconn()/putconn() per request"
	fixPsycopg   = "create one psycopg_pool.ConnectionPool (AsyncConnectionPool) at startup and use pool.connection() per request"
	fixMysql     = "create one pool at startup (aiomysql.create_pool, mysql.connector.pooling.MySQLConnectionPool, or a SQLAlchemy engine) and take connections from it"
	fixPyodbc    = "enable pyodbc's ODBC pooling and keep one connection per worker, or use a SQLAlchemy engine created once"
	fixMongo     = "create one MongoClient (motor client) per application and reuse it: it holds the connection pool"
	fixRedis     = "create one redis ConnectionPool (or one Redis client) at startup and share it"
	fixPool      = "create the pool once at startup and share it; a pool per call pools nothing"
	fixSqlite    = "open the database once per worker and reuse the connection"
	fixReqwest   = "build one reqwest::Client at startup and clone it into each task or handler state: clones share the connection pool"
	fixHyper     = "build one hyper client at startup and clone it where needed: clones share the connection pool"
	fixSqlx      = "create one sqlx pool (PgPoolOptions::new().connect(...)) at startup and pass it in the application state"
	fixRustRedis = "open one redis::Client at startup and keep a multiplexed connection or a pool (bb8/deadpool) in the application state"
	fixTokioPg   = "connect once at startup or use a pool (deadpool-postgres, bb8-postgres) in the application state"
	fixRustMongo = "create one mongodb::Client at startup and clone it: clones share the connection pool"
)

const (
	httpSession = "HTTP session"
	httpClient  = "HTTP client"
	dbConn      = "database connection"
	dbPool      = "connection pool"
	dbEngine    = "database engine"
	dbClient    = "database client"
)

// pythonCtors are matched against resolved callees.
var pythonCtors = ctorTable(
	Ctor{Name: "aiohttp.ClientSession", What: httpSession, Fix: fixAiohttp},
	Ctor{Name: "aiohttp.client.ClientSession", What: httpSession, Fix: fixAiohttp},
	Ctor{Name: "httpx.Client", What: httpClient, Fix: fixHttpx},
	Ctor{Name: "httpx.AsyncClient", What: httpClient, Fix: fixHttpx},
	Ctor{Name: "requests.Session", What: httpSession, Fix: fixRequests},
	Ctor{Name: "requests.session", What: httpSession, Fix: fixRequests},
	Ctor{Name: "requests.sessions.Session", What: httpSession, Fix: fixRequests},
	Ctor{Name: "urllib3.PoolManager", What: httpClient, Fix: fixUrllib3},
	Ctor{Name: "sqlalchemy.create_engine", What: dbEngine, Fix: fixEngine},
	Ctor{Name: "sqlalchemy.engine.create_engine", What: dbEngine, Fix: fixEngine},
	Ctor{Name: "sqlalchemy.ext.asyncio.create_async_engine", What: dbEngine, Fix: fixEngine},
	Ctor{Name: "sqlmodel.create_engine", What: dbEngine, Fix: fixEngine},
	Ctor{Name: "asyncpg.connect", What: dbConn, Fix: fixAsyncpg},
	Ctor{Name: "asyncpg.create_pool", What: dbPool, Fix: fixPool},
	Ctor{Name: "psycopg2.connect", What: dbConn, Fix: fixPsycopg2},
	Ctor{Name: "psycopg2.pool.SimpleConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "psycopg2.pool.ThreadedConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "psycopg.connect", What: dbConn, Fix: fixPsycopg},
	Ctor{Name: "psycopg.Connection.connect", What: dbConn, Fix: fixPsycopg},
	Ctor{Name: "psycopg.AsyncConnection.connect", What: dbConn, Fix: fixPsycopg},
	Ctor{Name: "psycopg_pool.ConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "psycopg_pool.AsyncConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "aiomysql.connect", What: dbConn, Fix: fixMysql},
	Ctor{Name: "aiomysql.create_pool", What: dbPool, Fix: fixPool},
	Ctor{Name: "pymysql.connect", What: dbConn, Fix: fixMysql},
	Ctor{Name: "pymysql.Connect", What: dbConn, Fix: fixMysql},
	Ctor{Name: "mysql.connector.connect", What: dbConn, Fix: fixMysql},
	Ctor{Name: "mysql.connector.pooling.MySQLConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "pyodbc.connect", What: dbConn, Fix: fixPyodbc},
	Ctor{Name: "pymongo.MongoClient", What: dbClient, Fix: fixMongo},
	Ctor{Name: "pymongo.mongo_client.MongoClient", What: dbClient, Fix: fixMongo},
	Ctor{Name: "motor.motor_asyncio.AsyncIOMotorClient", What: dbClient, Fix: fixMongo},
	Ctor{Name: "motor.motor_tornado.MotorClient", What: dbClient, Fix: fixMongo},
	Ctor{Name: "redis.Redis", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.StrictRedis", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.from_url", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.Redis.from_url", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.ConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "redis.ConnectionPool.from_url", What: dbPool, Fix: fixPool},
	Ctor{Name: "redis.asyncio.Redis", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.asyncio.StrictRedis", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.asyncio.from_url", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.asyncio.Redis.from_url", What: dbClient, Fix: fixRedis},
	Ctor{Name: "redis.asyncio.ConnectionPool", What: dbPool, Fix: fixPool},
	Ctor{Name: "redis.asyncio.ConnectionPool.from_url", What: dbPool, Fix: fixPool},
	Ctor{Name: "aioredis.from_url", What: dbClient, Fix: fixRedis},
	Ctor{Name: "aioredis.Redis", What: dbClient, Fix: fixRedis},
	Ctor{Name: "sqlite3.connect", What: dbConn, Fix: fixSqlite, SQLite: true},
	Ctor{Name: "aiosqlite.connect", What: dbConn, Fix: fixSqlite, SQLite: true},
)

// rustCtors are matched against resolved callees with their chains:
// a name ending in "()" matches a chain that starts with it and ends in
// one of rustBuildEnds ("reqwest::Client::builder().timeout().build").
var rustCtors = ctorTable(
	Ctor{Name: "reqwest::Client::new", What: httpClient, Fix: fixReqwest},
	Ctor{Name: "reqwest::Client::builder()", What: httpClient, Fix: fixReqwest},
	Ctor{Name: "reqwest::ClientBuilder::new()", What: httpClient, Fix: fixReqwest},
	Ctor{Name: "reqwest::blocking::Client::new", What: httpClient, Fix: fixReqwest},
	Ctor{Name: "reqwest::blocking::Client::builder()", What: httpClient, Fix: fixReqwest},
	Ctor{Name: "hyper::Client::new", What: httpClient, Fix: fixHyper},
	Ctor{Name: "hyper::Client::builder()", What: httpClient, Fix: fixHyper},
	Ctor{Name: "hyper::client::Client::new", What: httpClient, Fix: fixHyper},
	Ctor{Name: "hyper_util::client::legacy::Client::builder()", What: httpClient, Fix: fixHyper},
	Ctor{Name: "sqlx::PgConnection::connect", What: dbConn, Fix: fixSqlx},
	Ctor{Name: "sqlx::postgres::PgConnection::connect", What: dbConn, Fix: fixSqlx},
	Ctor{Name: "sqlx::MySqlConnection::connect", What: dbConn, Fix: fixSqlx},
	Ctor{Name: "sqlx::mysql::MySqlConnection::connect", What: dbConn, Fix: fixSqlx},
	Ctor{Name: "sqlx::SqliteConnection::connect", What: dbConn, Fix: fixSqlx, SQLite: true},
	Ctor{Name: "sqlx::sqlite::SqliteConnection::connect", What: dbConn, Fix: fixSqlx, SQLite: true},
	Ctor{Name: "sqlx::Connection::connect", What: dbConn, Fix: fixSqlx},
	Ctor{Name: "sqlx::PgPool::connect", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::postgres::PgPool::connect", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::MySqlPool::connect", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::SqlitePool::connect", What: dbPool, Fix: fixPool, SQLite: true},
	Ctor{Name: "sqlx::Pool::connect", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::postgres::PgPoolOptions::new()", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::PgPoolOptions::new()", What: dbPool, Fix: fixPool},
	Ctor{Name: "sqlx::pool::PoolOptions::new()", What: dbPool, Fix: fixPool},
	Ctor{Name: "redis::Client::open", What: dbClient, Fix: fixRustRedis},
	Ctor{Name: "tokio_postgres::connect", What: dbConn, Fix: fixTokioPg},
	Ctor{Name: "mongodb::Client::with_uri_str", What: dbClient, Fix: fixRustMongo},
	Ctor{Name: "mongodb::Client::with_options", What: dbClient, Fix: fixRustMongo},
)

// rustCtorEnds are the last names of every Rust constructor and builder
// chain end.
var rustCtorEnds = map[string]bool{
	"new": true, "connect": true, "open": true, "with_uri_str": true, "with_options": true,
	"build": true, "connect_with": true, "build_http": true,
}

// rustBuildEnds finish a builder chain.
var rustBuildEnds = []string{".build", ".connect", ".connect_with", ".build_http"}

func ctorTable(cs ...Ctor) map[string]*Ctor {
	m := make(map[string]*Ctor, len(cs))
	for i := range cs {
		m[cs[i].Name] = &cs[i]
	}
	return m
}

// pythonCtor finds the constructor a resolved Python callee names.
func pythonCtor(callee string) (*Ctor, bool) {
	c, ok := pythonCtors[key(callee)]
	return c, ok
}

// rustCtor finds the constructor a resolved Rust callee names: a plain
// path, a path after a glob import, or a builder chain.
func rustCtor(callee string, globs []string) (*Ctor, bool) {
	bare := strings.TrimSuffix(callee, ".await")
	if !rustCtorEnds[bare[strings.LastIndexAny(bare, ":.")+1:]] {
		return nil, false
	}
	if c, ok := rustCtorOf(callee); ok {
		return c, true
	}
	for _, g := range globs {
		if c, ok := rustCtorOf(g + "::" + callee); ok {
			return c, true
		}
	}
	return nil, false
}

func rustCtorOf(callee string) (*Ctor, bool) {
	callee = strings.TrimSuffix(callee, ".await")
	// Most calls end in no constructor's name: skip them before hashing
	// a long callee.
	if !rustCtorEnds[callee[strings.LastIndexAny(callee, ":.")+1:]] {
		return nil, false
	}
	if c, ok := rustCtors[callee]; ok && !strings.HasSuffix(c.Name, "()") {
		return c, true
	}
	i := strings.Index(callee, "()")
	if i < 0 {
		return nil, false
	}
	c, ok := rustCtors[callee[:i+2]]
	if !ok {
		return nil, false
	}
	for _, end := range rustBuildEnds {
		if strings.HasSuffix(callee, end) {
			return c, true
		}
	}
	return nil, false
}
