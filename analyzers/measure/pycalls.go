package measure

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
)

// pyTimers are the Python callees that read a clock or time code.
var pyTimers = set("time.perf_counter", "time.perf_counter_ns", "time.time", "time.time_ns", "time.monotonic",
	"time.monotonic_ns", "time.process_time", "time.process_time_ns", "timeit.timeit", "timeit.repeat",
	"timeit.default_timer", "timeit.Timer", "timeit.Timer().timeit", "timeit.Timer().repeat", "timeit.Timer().autorange")

// pyHarnessModules make a file benchmark code when it imports them.
var pyHarnessModules = []string{"pytest_benchmark", "pyperf", "timeit", "locust", "asv", "asv_runner", "pytest_codspeed", "codspeed"}

// pyNetPrefixes are callees that do network I/O asynchronously, or serve
// requests; the synchronous clients come from analyzers/blocking.
var pyNetPrefixes = []string{
	"httpx.AsyncClient()", "httpx.AsyncClient().", "aiohttp.ClientSession()", "aiohttp.request", "aiohttp.ClientSession().",
	"websockets.connect", "websockets.client.connect", "websockets.serve", "asyncio.open_connection", "asyncio.start_server",
	"asyncio.open_unix_connection", "uvicorn.run", "uvicorn.Server", "hypercorn.asyncio.serve", "granian.Granian",
	"aiohttp.web.run_app", "aiohttp.web.TCPSite", "socket.socket().connect", "socket.create_connection", "http.client.",
	"urllib.request.urlopen", "requests.", "httpx.", "urllib3.", "pycurl.", "grpc.", "tornado.httpclient.", "treq.",
	"anyio.connect_tcp", "trio.open_tcp_stream", "locust.", "websocket.create_connection",
}

// pyDBModules are the roots of database clients; a call on something they
// built with a query-like method runs a query.
var pyDBModules = []string{"sqlite3", "psycopg", "psycopg2", "asyncpg", "aiomysql", "pymysql", "MySQLdb", "mysql.connector",
	"aiosqlite", "sqlalchemy", "databases", "motor", "pymongo", "redis", "aioredis", "tortoise", "peewee", "django.db",
	"pyodbc", "oracledb", "cx_Oracle", "duckdb", "clickhouse_driver", "cassandra", "elasticsearch", "piccolo", "sqlmodel", "ormar", "pony"}

var queryMethods = set("execute", "executemany", "executescript", "fetch", "fetchrow", "fetchval", "fetchone", "fetchall",
	"fetchmany", "query", "scalars", "scalar", "find", "find_one", "insert_one", "insert_many", "update_one", "aggregate",
	"get", "set", "hget", "hset", "filter", "all", "first", "count", "save", "create", "bulk_create", "select", "insert", "copy_records_to_table")

// pyCall is what one resolved callee does for a benchmark.
type pyCall struct {
	timer, network, query, sleep bool
}

func classifyPython(callee string) pyCall {
	var c pyCall
	if callee == "" {
		return c
	}
	if pyTimers[callee] || strings.HasPrefix(callee, "pyperf.") || strings.HasPrefix(callee, "timeit.") {
		c.timer = true
	}
	if callee == "time.sleep" || callee == "asyncio.sleep" || callee == "trio.sleep" || callee == "anyio.sleep" {
		c.sleep = true
		return c
	}
	if b, ok := blocking.LookupPython(callee); ok {
		c.network, c.query = ioOf(b.Family)
	}
	c.network = c.network || hasAnyPrefix(callee, pyNetPrefixes)
	if strings.HasSuffix(callee, "testclient.TestClient") || strings.Contains(callee, "testclient.TestClient()") ||
		strings.Contains(callee, "ASGITransport") || strings.Contains(callee, "WSGITransport") {
		// A test client calls the application in-process.
		c.network = false
	}
	if isQuery(callee) {
		c.query = true
	}
	return c
}

// isQuery tells whether a callee runs a database query: a query-like method
// on something a database client built, or a Django manager's.
func isQuery(callee string) bool {
	dot := strings.LastIndexByte(callee, '.')
	if dot < 0 || !queryMethods[callee[dot+1:]] {
		return false
	}
	if strings.Contains(callee, ".objects.") {
		return true
	}
	for _, m := range pyDBModules {
		if strings.HasPrefix(callee, m+".") && strings.Contains(callee, "()") {
			return true
		}
	}
	return false
}

// harnessCall says how a call runs the code under a benchmark harness: the
// pytest-benchmark fixture (an unresolved parameter called benchmark).
func harnessCall(callee, text string) string {
	if callee == "" && (text == "benchmark" || strings.HasPrefix(text, "benchmark.")) {
		return "runs under the pytest-benchmark fixture"
	}
	if strings.HasPrefix(callee, "pyperf.Runner()") {
		return "runs under pyperf"
	}
	return ""
}
