package blocking

// HTTP clients.
var httpB = Blocking{"http", "use httpx.AsyncClient or aiohttp"}

const httpVerbs = "get post put patch delete head options request"

func init() {
	addExact(httpB, "urllib.request.urlopen urllib.request.urlretrieve urllib3.request")
	for _, pkg := range []string{"requests", "httpx"} {
		// connect and trace are in ruff's list too (ASYNC210).
		addExact(httpB, prefixEach(pkg+".", httpVerbs+" connect trace"))
	}
	addExact(httpB, "httpx.stream")

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
}
