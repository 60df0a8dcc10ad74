package asyncctx

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// defKey names a function of the repository.
type defKey struct {
	path  string
	scope int
}

// Functions indexes a file's decorators and bindings by scope: what the
// roles are read from, and what lifetime reads too.
type Functions struct {
	// Decorators by decorated scope; Params by function scope; Locals are
	// the bindings made in each scope, parameters included.
	Decorators     map[int][]*python.Decorator
	Params, Locals map[int][]*python.Binding
}

// IndexFunctions builds the index of one file.
func IndexFunctions(ff *python.FileFacts) Functions {
	x := Functions{Decorators: map[int][]*python.Decorator{}, Params: map[int][]*python.Binding{}, Locals: map[int][]*python.Binding{}}
	for i := range ff.Decorators {
		d := &ff.Decorators[i]
		x.Decorators[d.Target] = append(x.Decorators[d.Target], d)
	}
	for i := range ff.Bindings {
		b := &ff.Bindings[i]
		x.Locals[b.Scope] = append(x.Locals[b.Scope], b)
		if b.Scope >= 0 && b.Scope < len(ff.Scopes) {
			s := ff.Scopes[b.Scope]
			if s.IsFunction() && b.Span.Start >= s.Span.Start && b.Span.Start < s.Body.Start {
				x.Params[b.Scope] = append(x.Params[b.Scope], b)
			}
		}
	}
	return x
}

// pyFile is one file and its index.
type pyFile struct {
	ff  *python.FileFacts
	src []byte
	Functions
}

func newPyFile(ff *python.FileFacts, src []byte) *pyFile {
	return &pyFile{ff: ff, src: src, Functions: IndexFunctions(ff)}
}

// ownClass is the class a function is a method of, or -1.
func (f *pyFile) ownClass(fn int) int {
	if p := f.ff.Scopes[fn].Parent; p >= 0 && f.ff.Scopes[p].Kind == python.Class {
		return p
	}
	return -1
}

// pyRepo is the repository's Python functions and what registers them.
type pyRepo struct {
	x     *pydefs.Index
	files map[string]*pyFile
	// registered are functions handed to a router or server by name
	// (web.get("/", h), path("x/", views.h), websockets.serve(h, ...)).
	registered map[defKey]Role
	// buildsApp are functions that construct an application object.
	buildsApp map[defKey]bool
}

// registrars take handlers by reference; wsRegistrars WebSocket handlers.
var registrars = map[string]bool{
	"add_get": true, "add_post": true, "add_put": true, "add_patch": true, "add_delete": true, "add_route": true,
	"add_url_rule": true, "add_api_route": true, "path": true, "re_path": true, "url": true, "Route": true,
	"aiohttp.web.get": true, "aiohttp.web.post": true, "aiohttp.web.put": true, "aiohttp.web.patch": true,
	"aiohttp.web.delete": true, "aiohttp.web.route": true, "aiohttp.web.view": true, "add_view": true,
}

// injectors take dependency providers the framework calls per request.
var injectors = map[string]bool{"Depends": true, "Security": true, "Provide": true}

// wsServers take the handler first, then options and hooks.
var wsServers = map[string]bool{
	"websockets.serve": true, "websockets.server.serve": true, "websockets.asyncio.server.serve": true,
	"websockets.legacy.server.serve": true, "websockets.unix_serve": true,
}

var wsRegistrars = map[string]bool{
	"WebSocketRoute": true, "add_websocket_route": true, "add_api_websocket_route": true,
	"websockets.serve": true, "websockets.server.serve": true, "websockets.asyncio.server.serve": true,
	"websockets.legacy.server.serve": true, "websockets.unix_serve": true,
}

// maxKey bounds the callees looked up in the tables: none of their keys is
// longer, and hashing every link's callee of a long chain (each holding
// the links before it) would be quadratic.
const maxKey = 256

// key is s for a table lookup, or "" (in no table) when it is too long.
func key(s string) string {
	if len(s) > maxKey {
		return ""
	}
	return s
}

func newPyRepo(py *python.Result, x *pydefs.Index, src func(string) []byte) *pyRepo {
	r := &pyRepo{x: x, files: map[string]*pyFile{}, registered: map[defKey]Role{}, buildsApp: map[defKey]bool{}}
	for _, p := range py.Paths {
		f := newPyFile(py.Files[p], src(p))
		r.files[p] = f
		for i := range f.ff.Calls {
			c := &f.ff.Calls[i]
			if appCtors[key(c.Callee)] {
				if fn, ok := pydefs.Owner(f.ff, c.Scope); ok {
					r.buildsApp[defKey{p, fn}] = true
				}
			}
			ro := Plain
			switch {
			case wsRegistrars[key(c.Callee)] || wsRegistrars[python.LastName(c.Text)]:
				ro = WSHandler
			case registrars[key(c.Callee)] || registrars[python.LastName(c.Text)]:
				ro = RequestHandler
			case injectors[python.LastName(c.Text)]:
				ro = Dependency
			default:
				continue
			}
			for i, arg := range Args(f.src, c) {
				if (ro == Dependency || wsServers[key(c.Callee)]) && i > 0 {
					break // the handler, not the hooks passed by keyword
				}
				if d, ok := x.ResolveName(f.ff, arg, c.Scope, c.Span.Start); ok {
					r.registered[defKey{d.FF.Path, d.Scope}] = ro
				}
			}
		}
	}
	return r
}

// role is roleOf, with aiohttp's WebSocket handlers told by what they
// answer with.
func (r *pyRepo) role(f *pyFile, fn int) Role {
	ro := r.roleOf(f, fn)
	if (ro == Plain || ro == RequestHandler) && f.makesWSResponse(fn) {
		ro = WSHandler // aiohttp: the handler answers with a WebSocketResponse
	}
	return ro
}

func (r *pyRepo) basesOf(f *pyFile, cls int) []string {
	return r.x.Bases(pydefs.Def{FF: f.ff, Scope: cls})
}

// IsWSResponse tells a name bound to aiohttp's WebSocketResponse().
func IsWSResponse(b *python.Binding) bool {
	return strings.HasSuffix(b.Value, "WebSocketResponse()")
}

// makesWSResponse tells an aiohttp WebSocket handler: it binds a
// WebSocketResponse().
func (f *pyFile) makesWSResponse(fn int) bool {
	for _, b := range f.Locals[fn] {
		if IsWSResponse(b) {
			return true
		}
	}
	return false
}

// maxArgsText bounds the argument lists Args reads: handlers, connections
// and values handed on are short expressions, and reading every nested
// call's whole argument text would be quadratic in the nesting.
const maxArgsText = 2048

// Args are a Python call's arguments as written, keyword names dropped;
// none for argument lists longer than maxArgsText.
func Args(src []byte, c *python.Call) []string {
	if c.CallSpan.End-c.Span.End > maxArgsText {
		return nil
	}
	s := strings.TrimSpace(text(src, source.Span{Start: c.Span.End, End: c.CallSpan.End}))
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return nil
	}
	var out []string
	for _, a := range pydefs.SplitTop(s[1 : len(s)-1]) {
		a = strings.TrimSpace(a)
		if k, v, ok := strings.Cut(a, "="); ok && isIdent(strings.TrimSpace(k)) && !strings.HasPrefix(v, "=") {
			a = strings.TrimSpace(v)
		}
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}

// isIdent tells a plain identifier.
func isIdent(s string) bool { return pydefs.Dotted(s) && !strings.Contains(s, ".") }

// text is a span of a file's source.
func text(src []byte, sp source.Span) string {
	if sp.Start < 0 || sp.End > len(src) || sp.End <= sp.Start {
		return ""
	}
	return string(src[sp.Start:sp.End])
}
