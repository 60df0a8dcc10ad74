package blocking

import (
	"strings"
)

// Blocking is one family of blocking calls and what to use instead.
type Blocking struct {
	Family  string
	Instead string
}

// What to use instead, by family. Messages read "...; <Instead>".
var (
	sleepB    = Blocking{"sleep", "use await asyncio.sleep(...)"}
	fileB     = Blocking{"file", "use aiofiles or anyio.Path, or move the work to asyncio.to_thread"}
	shutilB   = Blocking{"file", "move it to await asyncio.to_thread(...) (or anyio.to_thread.run_sync)"}
	httpB     = Blocking{"http", "use httpx.AsyncClient or aiohttp"}
	runB      = Blocking{"process", "use await asyncio.create_subprocess_exec(...) (or anyio.run_process)"}
	waitB     = Blocking{"process", "move the wait to await asyncio.to_thread(...)"}
	inputB    = Blocking{"input", "read input with await asyncio.to_thread(input, ...)"}
	socketB   = Blocking{"socket", "use asyncio.open_connection or the loop.sock_* coroutines"}
	dnsB      = Blocking{"dns", "use await loop.getaddrinfo(...)"}
	configB   = Blocking{"configured", "move it to await asyncio.to_thread(...) (listed in extra-blocking)"}
	driverFmt = "use an async driver (%s) or move it to await asyncio.to_thread(...)"
)

func driver(alt string) Blocking {
	return Blocking{"database", strings.Replace(driverFmt, "%s", alt, 1)}
}

// exact maps resolved callees to their family.
var exact = map[string]Blocking{}

// objType is what a value built by a known constructor is, for callees
// like "sqlite3.connect().cursor().execute": which of its methods block,
// and what its methods, attributes, subscripts and / operator give.
type objType struct {
	blocking Blocking
	// blocks lists blocking methods; "*" is every method but quiet ones.
	blocks  set
	quiet   set
	returns map[string]string // method -> type of its result ("*": any)
	attrs   map[string]string // attribute -> type ("*": any)
	index   string            // type of value[...]
	div     string            // type of value / ...
}

type set map[string]bool

func words(s string) set {
	out := set{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

var (
	types = map[string]*objType{}
	// ctors maps dotted callees to the type of what they return.
	ctors = map[string]string{}
)

// maxExact is the longest key of exact: a longer callee (a long call
// chain) is not hashed for a lookup that cannot match.
var maxExact int

func addExact(b Blocking, names string) {
	for _, n := range strings.Fields(names) {
		exact[n] = b
		maxExact = max(maxExact, len(n))
	}
}

func addType(name string, t *objType, ctorNames string) {
	types[name] = t
	for _, c := range strings.Fields(ctorNames) {
		ctors[c] = name
	}
}

const (
	httpVerbs = "get post put patch delete head options request"
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
	addExact(sleepB, "time.sleep")
	addExact(inputB, "input")
	addExact(fileB, "open io.open io.open_code os.fdopen codecs.open")
	addExact(shutilB, "shutil.copy shutil.copy2 shutil.copyfile shutil.copyfileobj shutil.copytree shutil.copymode shutil.copystat shutil.move shutil.rmtree shutil.make_archive shutil.unpack_archive")
	addExact(httpB, "urllib.request.urlopen urllib.request.urlretrieve urllib3.request")
	for _, pkg := range []string{"requests", "httpx"} {
		// connect and trace are in ruff's list too (ASYNC210).
		addExact(httpB, prefixEach(pkg+".", httpVerbs+" connect trace"))
	}
	addExact(httpB, "httpx.stream")
	addExact(runB, "subprocess.Popen subprocess.run subprocess.call subprocess.check_call subprocess.check_output subprocess.getoutput subprocess.getstatusoutput os.system os.popen os.posix_spawn os.posix_spawnp")
	addExact(runB, prefixEach("os.", "spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe"))
	addExact(waitB, prefixEach("os.", "wait wait3 wait4 waitid waitpid"))
	addExact(socketB, "socket.create_connection")
	addExact(dnsB, prefixEach("socket.", "getaddrinfo gethostbyname gethostbyname_ex gethostbyaddr getnameinfo getfqdn"))

	// HTTP clients.
	addType("httpx.Client", &objType{blocking: httpB, blocks: words(httpVerbs + " send stream close")},
		"httpx.Client")
	addType("requests.Session", &objType{blocking: httpB, blocks: words(httpVerbs + " send")},
		"requests.Session requests.session requests.sessions.Session requests.sessions.session")
	addType("urllib3.pool", &objType{blocking: httpB, blocks: words("request urlopen request_encode_url request_encode_body")},
		"urllib3.PoolManager urllib3.ProxyManager urllib3.HTTPConnectionPool urllib3.HTTPSConnectionPool urllib3.connection_from_url urllib3.proxy_from_url "+
			"urllib3.poolmanager.PoolManager urllib3.poolmanager.ProxyManager urllib3.poolmanager.proxy_from_url "+
			"urllib3.connectionpool.HTTPConnectionPool urllib3.connectionpool.HTTPSConnectionPool urllib3.connectionpool.connection_from_url")
	addType("http.client", &objType{blocking: httpB, blocks: words("connect request getresponse send endheaders")},
		"http.client.HTTPConnection http.client.HTTPSConnection")
	addType("urllib.opener", &objType{blocking: httpB, blocks: words("open")},
		"urllib.request.build_opener urllib.request.OpenerDirector")

	// Sockets.
	addType("socket", &objType{blocking: socketB,
		blocks:  words("accept connect connect_ex recv recv_into recvfrom recvfrom_into recvmsg recvmsg_into send sendall sendto sendmsg sendfile"),
		returns: map[string]string{"accept": "socket.pair", "dup": "socket"}},
		"socket.socket socket.create_connection socket.create_server socket.fromfd socket.socket.fromfd")
	addType("socket.pair", &objType{index: "socket"}, "socket.socketpair")
	addType("ssl.context", &objType{returns: map[string]string{"wrap_socket": "socket"}},
		"ssl.create_default_context ssl.SSLContext")

	// Files through pathlib (PurePath does no I/O and has none of these).
	pathOps := map[string]string{}
	for _, m := range strings.Fields("joinpath with_name with_suffix with_stem with_segments resolve absolute expanduser relative_to") {
		pathOps[m] = "pathlib.Path"
	}
	addType("pathlib.Path", &objType{blocking: fileB,
		blocks:  words("open read_text read_bytes write_text write_bytes touch"),
		returns: pathOps, attrs: map[string]string{"parent": "pathlib.Path", "parents": "pathlib.Path.parents"}, div: "pathlib.Path"},
		"pathlib.Path pathlib.PosixPath pathlib.WindowsPath pathlib.Path.home pathlib.Path.cwd")
	types["pathlib.Path.parents"] = &objType{index: "pathlib.Path"}

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

	// pymongo: the client, its databases and collections.
	mongo := driver("motor or pymongo.AsyncMongoClient")
	addExact(mongo, "pymongo.MongoClient pymongo.mongo_client.MongoClient")
	addType("pymongo.client", &objType{blocking: mongo,
		blocks:  words("list_database_names list_databases drop_database server_info start_session"),
		returns: map[string]string{"get_database": "pymongo.db", "get_default_database": "pymongo.db"},
		attrs:   map[string]string{"*": "pymongo.db"}, index: "pymongo.db"},
		"pymongo.MongoClient pymongo.mongo_client.MongoClient")
	addType("pymongo.db", &objType{blocking: mongo,
		blocks:  words("list_collection_names list_collections command create_collection drop_collection validate_collection"),
		returns: map[string]string{"get_collection": "pymongo.collection"},
		attrs:   map[string]string{"*": "pymongo.collection"}, index: "pymongo.collection"}, "")
	addType("pymongo.collection", &objType{blocking: mongo,
		blocks: words("find_one insert_one insert_many update_one update_many replace_one delete_one delete_many aggregate " +
			"count_documents estimated_document_count distinct find_one_and_delete find_one_and_replace find_one_and_update " +
			"bulk_write create_index create_indexes drop drop_index drop_indexes index_information list_indexes rename watch"),
		returns: map[string]string{"find": "pymongo.cursor"},
		attrs:   map[string]string{"*": "pymongo.collection"}, index: "pymongo.collection"}, "")
	addType("pymongo.cursor", &objType{blocking: mongo, blocks: words("next to_list distinct explain"),
		returns: map[string]string{"sort": "pymongo.cursor", "limit": "pymongo.cursor", "skip": "pymongo.cursor", "batch_size": "pymongo.cursor"}}, "")

	// redis: every command blocks; pipelines block on execute.
	rd := driver("redis.asyncio")
	redisCtors := "redis.Redis redis.StrictRedis redis.from_url redis.Redis.from_url redis.StrictRedis.from_url " +
		"redis.client.Redis redis.client.StrictRedis redis.RedisCluster redis.cluster.RedisCluster"
	addExact(rd, redisCtors)
	addType("redis.client", &objType{blocking: rd, blocks: words("*"),
		quiet:   words("pipeline pubsub lock register_script get_encoder get_connection_kwargs set_response_callback close"),
		returns: map[string]string{"pipeline": "redis.pipeline", "pubsub": "redis.pubsub", "lock": "redis.lock"}},
		redisCtors)
	addType("redis.pipeline", &objType{blocking: rd, blocks: words("execute watch"), returns: map[string]string{"*": "redis.pipeline"}}, "")
	addType("redis.pubsub", &objType{blocking: rd, blocks: words("subscribe psubscribe unsubscribe punsubscribe get_message listen ping")}, "")
	addType("redis.lock", &objType{blocking: rd, blocks: words("acquire release extend reacquire locked owned")}, "")
}

func prefixEach(prefix, names string) string {
	var b strings.Builder
	for _, n := range strings.Fields(names) {
		b.WriteString(prefix + n + " ")
	}
	return b.String()
}

// LookupPython tells whether a resolved Python callee blocks, by the
// built-in table alone (Extra.LookupPython adds a rule's options).
func LookupPython(callee string) (Blocking, bool) {
	if callee == "" {
		return Blocking{}, false
	}
	callee = strings.TrimPrefix(callee, "builtins.")
	if len(callee) <= maxExact {
		if b, ok := exact[callee]; ok {
			return b, true
		}
	}
	return lookupMethod(callee)
}

// token kinds of a resolved callee: a name, "()", "[]" or "/".
const (
	tName = iota
	tCall
	tIndex
	tDiv
	tEnd
	tBad
)

// nextToken reads the token of "a.b().c[]/.d" at s[i:]: its kind, its name
// for tName, and where the next one starts. Dots between tokens are
// skipped. Tokens are read one at a time, so that a long chain is read only
// as far as its types are known.
func nextToken(s string, i int) (kind int, name string, next int) {
	for i < len(s) && s[i] == '.' {
		i++
	}
	switch {
	case i >= len(s):
		return tEnd, "", i
	case strings.HasPrefix(s[i:], "()"):
		return tCall, "", i + 2
	case strings.HasPrefix(s[i:], "[]"):
		return tIndex, "", i + 2
	case s[i] == '/':
		return tDiv, "", i + 1
	}
	j := i
	for j < len(s) && !strings.ContainsRune(".()[]/", rune(s[j])) {
		j++
	}
	if j == i {
		return tBad, "", i
	}
	return tName, s[i:j], j
}

// Limits that keep classifying the calls of a chain linear in its length:
// no constructor name is longer than maxCtor, and no real chain moves
// through more than maxSteps known types.
const (
	maxCtor  = 256
	maxSteps = 64
)

// lookupMethod classifies a method called on a value built by a known
// constructor: the callee's leading dotted name followed by "()" names the
// constructor, and each further step moves through the types above.
func lookupMethod(callee string) (Blocking, bool) {
	open := strings.Index(callee, "()")
	if open <= 0 || open > maxCtor || strings.ContainsAny(callee[:open], "()[]/") {
		return Blocking{}, false
	}
	ctor := callee[:open]
	if strings.HasPrefix(ctor, ".") || strings.HasSuffix(ctor, ".") || strings.Contains(ctor, "..") {
		ctor = strings.Join(strings.FieldsFunc(ctor, func(r rune) bool { return r == '.' }), ".")
	}
	t := types[ctors[ctor]]
	kind, name, i := nextToken(callee, open+2)
	for steps := 0; t != nil && steps < maxSteps; steps++ {
		switch kind {
		case tName:
			nextKind, _, j := nextToken(callee, i)
			switch nextKind {
			case tEnd:
				if t.blocks[name] || (t.blocks["*"] && !t.quiet[name]) {
					return t.blocking, true
				}
				return Blocking{}, false
			case tCall:
				t = types[pick(t.returns, name)]
				kind, name, i = nextToken(callee, j)
			default:
				t = types[pick(t.attrs, name)]
				kind, name, i = nextToken(callee, i)
			}
		case tIndex:
			t = types[t.index]
			kind, name, i = nextToken(callee, i)
		case tDiv:
			t = types[t.div]
			kind, name, i = nextToken(callee, i)
		default:
			return Blocking{}, false
		}
	}
	return Blocking{}, false
}

func pick(m map[string]string, name string) string {
	if v, ok := m[name]; ok {
		return v
	}
	return m["*"]
}
