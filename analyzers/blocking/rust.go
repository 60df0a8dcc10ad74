package blocking

import (
	"hash/maphash"
	"strings"
	"sync"
)

// The Rust table works on callees in the notation of the Rust front-end
// (analyzers/rust Call.Callee): a path, then "()" for each call and "."
// before each method, with error plumbing (?, unwrap, expect) dropped:
// "std::fs::File::open().read_to_string", "<std::net::TcpStream>.read".
// A chain is followed through the values it builds (a File, a Command, a
// reqwest RequestBuilder), so that only the calls that block are reported:
// Command::new().arg(..) does not block, its .output() does.

var (
	rustSleep   = Blocking{"sleep", "use tokio::time::sleep(..).await"}
	rustFile    = Blocking{"file", "use tokio::fs, or move the work to tokio::task::spawn_blocking"}
	rustNet     = Blocking{"net", "use tokio::net (TcpStream, TcpListener, UdpSocket)"}
	rustProcess = Blocking{"process", "use tokio::process::Command"}
	rustHTTP    = Blocking{"http", "use the async reqwest::Client (reqwest::get(..).await)"}
	rustInput   = Blocking{"input", "use tokio::io::stdin(), or read in tokio::task::spawn_blocking"}
)

// rustValue is a value a chain can build whose methods may block.
type rustValue int

const (
	vNone rustValue = iota
	vFile
	vOpenOptions
	vTcpStream
	vTcpListener
	vUdpSocket
	vCommand
	vChild
	vStdin
	vReqwestClient
	vReqwestClientBuilder
	vReqwestRequest
	vReqwestResponse
)

// rustFunc is a path call: whether it blocks and what it returns.
type rustFunc struct {
	blocks *Blocking
	next   rustValue
}

// rustType is what the methods of one value do.
type rustType struct {
	// name is the type's path, for messages.
	name string
	// blocking are the methods that block, and their family.
	blocking map[string]Blocking
	// next are methods returning another (or the same) value of interest;
	// other methods end the chain, unless builder is set: then they return
	// the value itself.
	next    map[string]rustValue
	builder bool
}

func methods(b Blocking, names ...string) map[string]Blocking {
	m := make(map[string]Blocking, len(names))
	for _, n := range names {
		m[n] = b
	}
	return m
}

// readWrite are the std::io Read, BufRead (through a BufReader) and Write
// methods.
var readWrite = []string{
	"read", "read_to_end", "read_to_string", "read_exact", "read_vectored", "read_buf", "read_buf_exact",
	"read_line", "lines", "read_until", "split", "fill_buf", "skip_until",
	"write", "write_all", "write_vectored", "write_all_vectored", "write_fmt", "flush",
}

var rustFuncs = map[string]rustFunc{
	"std::thread::sleep":                    {&rustSleep, vNone},
	"std::thread::sleep_ms":                 {&rustSleep, vNone},
	"std::fs::File::open":                   {&rustFile, vFile},
	"std::fs::File::create":                 {&rustFile, vFile},
	"std::fs::File::create_new":             {&rustFile, vFile},
	"std::fs::File::open_buffered":          {&rustFile, vNone},
	"std::fs::File::create_buffered":        {&rustFile, vNone},
	"std::fs::File::options":                {nil, vOpenOptions},
	"std::fs::OpenOptions::new":             {nil, vOpenOptions},
	"std::net::TcpStream::connect":          {&rustNet, vTcpStream},
	"std::net::TcpStream::connect_timeout":  {&rustNet, vTcpStream},
	"std::net::TcpListener::bind":           {&rustNet, vTcpListener},
	"std::net::UdpSocket::bind":             {&rustNet, vUdpSocket},
	"std::process::Command::new":            {nil, vCommand},
	"std::io::stdin":                        {nil, vStdin},
	"reqwest::blocking::get":                {&rustHTTP, vReqwestResponse},
	"reqwest::blocking::Client::new":        {&rustHTTP, vReqwestClient},
	"reqwest::blocking::Client::builder":    {nil, vReqwestClientBuilder},
	"reqwest::blocking::ClientBuilder::new": {nil, vReqwestClientBuilder},
}

var rustTypes = map[rustValue]rustType{
	vFile: {
		name: "std::fs::File",
		blocking: methods(rustFile, append([]string{"sync_all", "sync_data", "set_len", "metadata",
			"set_permissions", "set_times", "set_modified", "lock", "lock_shared"}, readWrite...)...),
		next: map[string]rustValue{"by_ref": vFile, "try_clone": vFile},
	},
	vOpenOptions: {
		name:     "std::fs::OpenOptions",
		blocking: methods(rustFile, "open"),
		next:     map[string]rustValue{"open": vFile},
		builder:  true,
	},
	vTcpStream: {
		name:     "std::net::TcpStream",
		blocking: methods(rustNet, append([]string{"peek"}, readWrite...)...),
		next:     map[string]rustValue{"by_ref": vTcpStream, "try_clone": vTcpStream},
	},
	vTcpListener: {
		name:     "std::net::TcpListener",
		blocking: methods(rustNet, "accept", "incoming"),
	},
	vUdpSocket: {
		name:     "std::net::UdpSocket",
		blocking: methods(rustNet, "recv", "recv_from", "send", "send_to", "peek", "peek_from", "connect"),
	},
	vCommand: {
		name:     "std::process::Command",
		blocking: methods(rustProcess, "output", "status"),
		next:     map[string]rustValue{"spawn": vChild},
		builder:  true,
	},
	vChild: {
		name:     "std::process::Child",
		blocking: methods(rustProcess, "wait", "wait_with_output"),
	},
	vStdin: {
		name:     "std::io::Stdin",
		blocking: methods(rustInput, "read_line", "read_to_string", "read_to_end", "read", "read_exact", "lines"),
		next:     map[string]rustValue{"lock": vStdin},
	},
	vReqwestClient: {
		name:     "reqwest::blocking::Client",
		blocking: methods(rustHTTP, "execute"),
		next: map[string]rustValue{"execute": vReqwestResponse, "get": vReqwestRequest, "post": vReqwestRequest,
			"put": vReqwestRequest, "patch": vReqwestRequest, "delete": vReqwestRequest, "head": vReqwestRequest,
			"request": vReqwestRequest},
	},
	vReqwestClientBuilder: {
		name:     "reqwest::blocking::ClientBuilder",
		blocking: methods(rustHTTP, "build"),
		next:     map[string]rustValue{"build": vReqwestClient},
		builder:  true,
	},
	vReqwestRequest: {
		name:     "reqwest::blocking::RequestBuilder",
		blocking: methods(rustHTTP, "send"),
		next:     map[string]rustValue{"send": vReqwestResponse},
		builder:  true,
	},
	vReqwestResponse: {
		name: "reqwest::blocking::Response",
		blocking: methods(rustHTTP, "text", "text_with_charset", "json", "bytes", "copy_to",
			"read", "read_to_end", "read_to_string"),
		next: map[string]rustValue{"error_for_status": vReqwestResponse},
	},
}

// rustTypeValues maps declared types (a parameter `f: &mut File` is the
// value "<std::fs::File>") to values.
var rustTypeValues = map[string]rustValue{
	"std::fs::File":                     vFile,
	"std::fs::OpenOptions":              vOpenOptions,
	"std::net::TcpStream":               vTcpStream,
	"std::net::TcpListener":             vTcpListener,
	"std::net::UdpSocket":               vUdpSocket,
	"std::process::Command":             vCommand,
	"std::process::Child":               vChild,
	"std::io::Stdin":                    vStdin,
	"std::io::StdinLock":                vStdin,
	"reqwest::blocking::Client":         vReqwestClient,
	"reqwest::blocking::ClientBuilder":  vReqwestClientBuilder,
	"reqwest::blocking::RequestBuilder": vReqwestRequest,
	"reqwest::blocking::Response":       vReqwestResponse,
}

// LookupRust tells whether a resolved Rust callee blocks, and names the
// call for messages ("std::fs::read_to_string", "std::process::Command::output").
func LookupRust(callee string) (b Blocking, name string, ok bool) {
	// A callee with a blank is not one the front-end wrote: it does not
	// block. Blanks are looked for in the parts read (base, then each
	// method), which is all of the callee whenever the answer is yes.
	base, rest := splitBase(callee)
	if callee == "" || strings.ContainsAny(base, " \t\n") {
		return Blocking{}, "", false
	}
	var value rustValue
	if strings.HasPrefix(base, "<") {
		value = rustTypeValues[strings.TrimSuffix(strings.TrimPrefix(base, "<"), ">")]
	} else {
		f, known := rustFuncs[base]
		if !known && isStdFsFunc(base) {
			f, known = rustFunc{&rustFile, vNone}, true
		}
		if !known {
			return Blocking{}, "", false
		}
		if rest == "" {
			if f.blocks == nil {
				return Blocking{}, "", false
			}
			return *f.blocks, base, true
		}
		if !strings.HasPrefix(rest, "()") {
			return Blocking{}, "", false
		}
		rest = rest[2:]
		value = f.next
	}
	// A long chain resumes from the value its head builds, when an earlier
	// link of the same chain left it: each link of a 20,000-link builder
	// chain then costs its last steps, not the whole chain again. Only
	// heads without blanks are remembered.
	long := len(callee) >= longChain
	if long {
		if v, at, ok := chainHead(callee); ok {
			value, rest = v, callee[at:]
		}
	}
	// Each step is ".method()" except the last, ".method" (the callee).
	var h maphash.Hash
	hashed := 0
	for value != vNone && strings.HasPrefix(rest, ".") {
		rest = rest[1:]
		i := strings.IndexAny(rest, ".(")
		method := rest
		if i >= 0 {
			method = rest[:i]
		}
		if strings.ContainsAny(method, " \t\n") {
			return Blocking{}, "", false
		}
		t := rustTypes[value]
		if i < 0 {
			if b, ok := t.blocking[method]; ok {
				return b, t.name + "::" + method, true
			}
			return Blocking{}, "", false
		}
		if !strings.HasPrefix(rest[i:], "()") {
			// A field, not a method call: its type is unknown.
			return Blocking{}, "", false
		}
		rest = rest[i+2:]
		if next, ok := t.next[method]; ok {
			value = next
		} else if !t.builder {
			value = vNone
		}
		if pos := len(callee) - len(rest); long && pos >= longChain {
			hashed = chainValues.put(&h, callee, hashed, pos, value)
		}
	}
	return Blocking{}, "", false
}

// longChain is the callee length from which chain heads are remembered.
const longChain = 512

// chainValues remembers the value built by the heads of long chains
// (callee prefixes ending in a call), by a hash of their text and their
// length: keys keep no callee alive (callers may build callees afresh,
// such as glob + "::" + callee), and a walk hashes its heads
// incrementally. The hash is seeded per process.
var chainValues = &chainMemo{m: map[chainKey]rustValue{}, seed: maphash.MakeSeed()}

type chainKey struct {
	sum uint64
	n   int
}

type chainMemo struct {
	sync.Mutex
	m    map[chainKey]rustValue
	seed maphash.Seed
}

// put remembers that callee[:pos] builds v. h holds the hash of
// callee[:hashed]; put extends it to pos and returns pos.
func (c *chainMemo) put(h *maphash.Hash, callee string, hashed, pos int, v rustValue) int {
	if hashed == 0 {
		h.SetSeed(c.seed)
	}
	h.WriteString(callee[hashed:pos])
	k := chainKey{h.Sum64(), pos}
	c.Lock()
	defer c.Unlock()
	if len(c.m) >= 1<<16 {
		clear(c.m)
	}
	c.m[k] = v
	return pos
}

// chainHead finds the value built by callee's head (all but its last
// step), or by the head's own head, remembered by an earlier lookup; at is
// where the remaining steps start.
func chainHead(callee string) (v rustValue, at int, ok bool) {
	end := len(callee)
	for k := 0; k < 2; k++ {
		dot := strings.LastIndexByte(callee[:end], '.')
		if dot < 0 {
			return vNone, 0, false
		}
		key := chainKey{maphash.String(chainValues.seed, callee[:dot]), dot}
		chainValues.Lock()
		v, ok := chainValues.m[key]
		chainValues.Unlock()
		if ok {
			return v, dot, true
		}
		end = dot
	}
	return vNone, 0, false
}

// LookupRustIn is LookupRust(glob + "::" + callee), for a callee whose
// first segment may come from `use glob::*`, without building that string
// when the path it would start with is not in the table (a long chain
// under a few globs would otherwise copy the chain once per glob).
func LookupRustIn(glob, callee string) (b Blocking, name string, ok bool) {
	base, _ := splitBase(callee)
	if callee == "" || strings.HasPrefix(base, "<") {
		return Blocking{}, "", false
	}
	full := glob + "::" + base
	if _, known := rustFuncs[full]; !known && !isStdFsFunc(full) {
		return Blocking{}, "", false
	}
	return LookupRust(glob + "::" + callee)
}

// splitBase splits a callee into its leading path (or "<Type>") and the
// chain after it.
func splitBase(callee string) (base, rest string) {
	if strings.HasPrefix(callee, "<") {
		if i := strings.IndexByte(callee, '>'); i >= 0 {
			return callee[:i+1], callee[i+1:]
		}
		return callee, ""
	}
	if i := strings.IndexAny(callee, ".("); i >= 0 {
		return callee[:i], callee[i:]
	}
	return callee, ""
}

// isStdFsFunc is true for the free functions of std::fs (read,
// read_to_string, write, copy, rename, remove_file, create_dir_all,
// metadata, read_dir, canonicalize, exists, ...): every one does file I/O.
func isStdFsFunc(p string) bool {
	name, ok := strings.CutPrefix(p, "std::fs::")
	if !ok || name == "" || strings.Contains(name, "::") {
		return false
	}
	return name[0] >= 'a' && name[0] <= 'z'
}
