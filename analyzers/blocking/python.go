package blocking

import "strings"

// Blocking is one family of blocking calls and what to use instead.
type Blocking struct {
	Family  string
	Instead string
}

// exact maps resolved callees to their family.
var exact = map[string]Blocking{}

// families lists the blocking callees, resolved, by family.
var families = []struct {
	Blocking
	Names []string
}{
	{Blocking{"sleep", "use await asyncio.sleep(...)"}, []string{"time.sleep"}},
	{Blocking{"file", "use aiofiles or anyio.Path, or move the work to asyncio.to_thread"}, []string{"open", "io.open"}},
	{Blocking{"http", "use httpx.AsyncClient or aiohttp"}, []string{
		"urllib.request.urlopen",
		"requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.head", "requests.options", "requests.request",
		"httpx.get", "httpx.post", "httpx.put", "httpx.patch", "httpx.delete", "httpx.head", "httpx.options", "httpx.request", "httpx.stream",
	}},
	{Blocking{"process", "use asyncio.create_subprocess_exec or asyncio.to_thread"}, []string{
		"subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen", "os.system",
	}},
	{Blocking{"input", "read input with asyncio.to_thread(input, ...)"}, []string{"input"}},
}

func init() {
	for _, f := range families {
		for _, n := range f.Names {
			exact[n] = f.Blocking
		}
	}
}

// LookupPython tells whether a resolved Python callee blocks.
func LookupPython(callee string) (Blocking, bool) {
	if callee == "" || strings.Contains(callee, " ") {
		return Blocking{}, false
	}
	b, ok := exact[callee]
	return b, ok
}
