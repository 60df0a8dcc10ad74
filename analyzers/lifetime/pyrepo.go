package lifetime

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

// pyRepo is the Python side of the analysis: every file's derived facts,
// the repository's definitions, and the roles of its functions.
type pyRepo struct {
	py    *python.Result
	x     *pydefs.Index
	src   func(string) []byte
	files map[string]*pyFile
	// registered are functions handed to a router or server by name
	// (web.get("/", h), path("x/", views.h), websockets.serve(h, ...)).
	registered map[defKey]role
	// buildsApp are functions that construct an application object.
	buildsApp map[defKey]bool
	roles     map[defKey]role
	// callers are the WebSocket handlers calling each function.
	callers map[defKey]wsFn
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

func newPyRepo(py *python.Result, x *pydefs.Index, src func(string) []byte) *pyRepo {
	r := &pyRepo{py: py, x: x, src: src, files: map[string]*pyFile{}, registered: map[defKey]role{},
		buildsApp: map[defKey]bool{}, roles: map[defKey]role{}}
	for _, p := range py.Paths {
		f := newPyFile(py.Files[p], src(p))
		r.files[p] = f
		for i := range f.ff.Calls {
			c := &f.ff.Calls[i]
			if appCtors[key(c.Callee)] {
				if fn := f.owner(c.Scope); fn >= 0 {
					r.buildsApp[defKey{p, fn}] = true
				}
			}
			ro := plain
			switch {
			case wsRegistrars[key(c.Callee)] || wsRegistrars[python.LastName(c.Text)]:
				ro = wsHandler
			case registrars[key(c.Callee)] || registrars[python.LastName(c.Text)]:
				ro = handler
			case injectors[python.LastName(c.Text)]:
				ro = dependency
			default:
				continue
			}
			for i, arg := range f.args(c) {
				if (ro == dependency || wsServers[key(c.Callee)]) && i > 0 {
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

// role is the memoised roleOf.
func (r *pyRepo) role(f *pyFile, fn int) role {
	k := defKey{f.ff.Path, fn}
	if ro, ok := r.roles[k]; ok {
		return ro
	}
	ro := r.roleOf(f, fn)
	if (ro == plain || ro == handler) && f.makesWSResponse(fn) {
		ro = wsHandler // aiohttp: the handler answers with a WebSocketResponse
	}
	r.roles[k] = ro
	return ro
}

func (r *pyRepo) basesOf(f *pyFile, cls int) []string {
	return r.x.Bases(pydefs.Def{FF: f.ff, Scope: cls})
}

// maxArgsText bounds the argument lists args reads: handlers, connections
// and values handed on are short expressions, and reading every nested
// call's whole argument text would be quadratic in the nesting.
const maxArgsText = 2048

// args are a call's arguments as written, keyword names dropped; none for
// argument lists longer than maxArgsText.
func (f *pyFile) args(c *python.Call) []string {
	if c.CallSpan.End-c.Span.End > maxArgsText {
		return nil
	}
	s := strings.TrimSpace(text(f.src, source.Span{Start: c.Span.End, End: c.CallSpan.End}))
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
