package lifetime

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// registryAdds and registryRemovals are the container methods that put a
// connection into a registry and take it out.
var (
	registryAdds     = map[string]bool{"add": true, "append": true, "appendleft": true}
	registryRemovals = map[string]bool{"remove": true, "discard": true, "pop": true, "popleft": true, "clear": true}
)

// disconnects are the exceptions frameworks raise when a WebSocket client
// goes away (Starlette/FastAPI, websockets, Sanic, Channels, aiohttp,
// Quart), and the broad handlers that catch them too.
var disconnects = map[string]bool{
	"WebSocketDisconnect": true, "ConnectionClosed": true, "ConnectionClosedOK": true, "ConnectionClosedError": true,
	"ClientDisconnected": true, "Disconnected": true, "StopConsumer": true, "WebSocketConnectionClosedException": true,
	"ClientConnectionError": true, "CancelledError": true, "Exception": true, "BaseException": true,
}

// disconnectMethods run when a class-based endpoint's client leaves.
var disconnectMethods = map[string]bool{"on_disconnect": true, "disconnect": true, "websocket_disconnect": true}

// mutation is an add to or a removal from a container.
type mutation struct {
	f     *pyFile
	fn    int
	span  source.Span
	text  string
	key   string // the container, named for the whole repository
	cont  string // the container as written
	value string
}

// leaks finds WebSocket registries that keep connections after their
// handler ends.
func (r *pyRepo) leaks() []Leak {
	removals := removalIndex{}
	var adds []mutation
	for _, p := range r.py.Paths {
		f := r.files[p]
		if f.test {
			continue
		}
		for _, m := range f.mutations() {
			if m.add {
				adds = append(adds, m.mutation)
			} else {
				removals.add(m.mutation)
			}
		}
	}
	var out []Leak
	cleanedMemo := map[cleanKey]bool{}
	for _, a := range adds {
		h, ok := r.wsHandlerOf(a)
		if !ok {
			continue
		}
		removers := removals[a.key]
		// Adds to one container for one handler share the answer.
		ck := cleanKey{a.key, defKey{h.f.ff.Path, h.fn}, defKey{a.f.ff.Path, a.fn}}
		clean, seen := cleanedMemo[ck]
		if !seen {
			clean = r.cleaned(a, h, removers)
			cleanedMemo[ck] = clean
		}
		if clean {
			continue
		}
		if len(removers) > 0 && !r.registeredWS(h.f, h.fn) {
			// A handler only by its parameter: who calls it, and how it
			// ends, is unknown; trust the removal.
			continue
		}
		l := Leak{Path: a.f.ff.Path, Span: a.span, Text: a.text, Container: a.cont, Value: a.value,
			Handler: pydefs.DisplayName(pydefs.Def{FF: h.f.ff, Scope: h.fn})}
		if rm, ok := shownRemoval(a, h, removers); ok {
			l.Removal = &Step{Path: rm.f.ff.Path, Span: rm.span, Message: rm.f.why(rm)}
		}
		out = append(out, l)
	}
	return out
}

// cleanKey is a container, a handler and the function adding to it.
type cleanKey struct {
	key     string
	handler defKey
	adder   defKey
}

// wsFn is a function of a file.
type wsFn struct {
	f  *pyFile
	fn int
}

// wsHandlerOf finds the WebSocket handler an add runs for, and checks that
// what it adds is the connection or its queue: the add is in the handler,
// in a class-based endpoint's connect method, or in a helper a handler
// calls with its connection.
func (r *pyRepo) wsHandlerOf(a mutation) (wsFn, bool) {
	f, fn := a.f, a.fn
	names := f.connectionNames(fn)
	// A helper some WebSocket handler calls is the handler's: the
	// cleanup must run on the handler's ways out.
	if h, ok := r.wsCallers()[defKey{f.ff.Path, fn}]; ok && mentions(a.value, names) {
		return h, true
	}
	if r.role(f, fn) != asyncctx.WSHandler {
		return wsFn{}, false
	}
	if mentions(a.value, names) || r.classEndpoint(f, fn) && mentions(a.value, map[string]bool{"self": true}) {
		return wsFn{f, fn}, true
	}
	// A registered handler's connection is its first parameter, whatever
	// its name (websockets.serve(handler) calls handler(connection)).
	for _, b := range f.params[fn] {
		if b.Name != "self" && b.Name != "cls" {
			return wsFn{f, fn}, mentions(a.value, map[string]bool{b.Name: true})
		}
	}
	return wsFn{}, false
}

// classEndpoint tells a method of a class-based WebSocket endpoint.
func (r *pyRepo) classEndpoint(f *pyFile, fn int) bool { return r.ctx.WSEndpoint(f.ff.Path, fn) }

// wsCallers maps each repository function a WebSocket handler calls to the
// first handler calling it, computed once.
func (r *pyRepo) wsCallers() map[defKey]wsFn {
	if r.callers != nil {
		return r.callers
	}
	r.callers = map[defKey]wsFn{}
	for _, p := range r.py.Paths {
		g := r.files[p]
		if g.test {
			continue
		}
		for gfn, calls := range g.sortedCalls() {
			if r.role(g, gfn) != asyncctx.WSHandler {
				continue
			}
			for _, i := range calls {
				if to, ok := r.x.ResolveCall(g.ff, &g.ff.Calls[i]); ok {
					k := defKey{to.FF.Path, to.Scope}
					if _, seen := r.callers[k]; !seen {
						r.callers[k] = wsFn{g, gfn}
					}
				}
			}
		}
	}
	return r.callers
}

// mentions tells whether an added value is one of names, alone or in a
// tuple.
func mentions(value string, names map[string]bool) bool {
	value = strings.Trim(strings.TrimSpace(value), "()")
	for _, part := range pydefs.SplitTop(value) {
		if names[strings.TrimSpace(part)] {
			return true
		}
	}
	return false
}

// removalIndex holds the removals of every container, by container and by
// the function making them.
type removalIndex map[string]map[defKey][]mutation

func (ri removalIndex) add(m mutation) {
	if ri[m.key] == nil {
		ri[m.key] = map[defKey][]mutation{}
	}
	k := defKey{m.f.ff.Path, m.fn}
	ri[m.key][k] = append(ri[m.key][k], m)
}

// cleaned tells whether some removal of the container runs on every way
// out of the handler: in a finally clause or a disconnect handler of the
// add's function or of the handler (directly or through a helper it
// calls there), or in a class-based endpoint's disconnect method.
func (r *pyRepo) cleaned(a mutation, h wsFn, removers map[defKey][]mutation) bool {
	if len(removers) == 0 {
		return false
	}
	endpoint := r.classEndpoint(a.f, a.fn)
	for _, w := range []wsFn{h, {a.f, a.fn}} {
		addEnd, ok := r.addEnd(a, w)
		if !ok {
			continue
		}
		for _, rm := range removers[defKey{w.f.ff.Path, w.fn}] {
			if rm.f.alwaysRuns(rm.fn, rm.span, addEnd) {
				return true
			}
		}
		// A helper called from a finally or disconnect handler removes it.
		for _, i := range w.f.calls[w.fn] {
			c := &w.f.ff.Calls[i]
			to, ok := r.x.ResolveCall(w.f.ff, c)
			if !ok || len(removers[defKey{to.FF.Path, to.Scope}]) == 0 {
				continue
			}
			if w.f.alwaysRuns(w.fn, c.CallSpan, addEnd) || endpoint && disconnectMethods[w.f.ff.Scopes[w.fn].Name] {
				return true
			}
		}
	}
	if !endpoint {
		return false
	}
	// A class-based endpoint whose disconnect method removes it, itself or
	// through a helper.
	cls := a.f.ownClass(a.fn)
	for fn, calls := range a.f.sortedCalls() {
		if a.f.ownClass(fn) != cls || !disconnectMethods[a.f.ff.Scopes[fn].Name] {
			continue
		}
		if len(removers[defKey{a.f.ff.Path, fn}]) > 0 {
			return true
		}
		for _, i := range calls {
			if to, ok := r.x.ResolveCall(a.f.ff, &a.f.ff.Calls[i]); ok && len(removers[defKey{to.FF.Path, to.Scope}]) > 0 {
				return true
			}
		}
	}
	return false
}

// alwaysRuns tells whether code at sp in fn runs on every way out after
// the add, which fn makes (or hands to a helper) where addEnd is: sp sits
// in a finally clause, or in an except clause that catches a disconnect
// (or everything), of a try statement that holds the add or starts with
// nothing awaited after it.
func (f *pyFile) alwaysRuns(fn int, sp source.Span, addEnd int) bool {
	try := -1
	f.enclosing(sp, func(_ int, b *python.Block) bool {
		if !f.ff.Scopes[fn].Body.Contains(b.Span) {
			return false
		}
		switch b.Kind {
		case python.FinallyBlock:
			try = b.Try
		case python.ExceptBlock:
			if len(b.Catches) == 0 {
				try = b.Try
			}
			for _, c := range b.Catches {
				if disconnects[python.LastName(c)] {
					try = b.Try
				}
			}
		}
		return try < 0
	})
	if try < 0 {
		return false
	}
	t := f.ff.Blocks[try]
	if t.Body.Start <= addEnd && addEnd <= t.Body.End {
		return true
	}
	if addEnd > t.Span.Start {
		return false
	}
	// Between the add and the try, an await lets the client go away.
	for _, i := range f.calls[fn] {
		c := &f.ff.Calls[i]
		if c.CallSpan.Start >= addEnd && c.CallSpan.Start < t.Span.Start && c.Awaited {
			return false
		}
	}
	return true
}

// why says why a removal does not run on every way out.
func (f *pyFile) why(m mutation) string {
	if end, ok := f.firstForever[m.fn]; ok && end <= m.span.Start {
		return "removed here only after an endless loop, which ends by an exception that skips this line; remove it in a finally clause"
	}
	if end, ok := f.firstYield[m.fn]; ok && end <= m.span.Start {
		return "removed here after a yield outside try/finally, which an exception in the caller skips; put the yield in try and the removal in finally"
	}
	return "removed here, but not on every way out (an exception or cancellation skips it); remove it in a finally clause"
}

// change is an add or a removal found in a file.
type change struct {
	mutation
	add bool
}

// mutations lists the file's adds to and removals from containers that
// outlive the function changing them.
func (f *pyFile) mutations() []change {
	var out []change
	emit := func(fn int, span source.Span, written, target, value string, add bool) {
		cont, key, ok := appState(target)
		if !ok {
			if cont, ok = containerOf(target); !ok {
				return
			}
			if key, ok = f.containerKey(fn, cont); !ok {
				return
			}
		}
		out = append(out, change{mutation{f: f, fn: fn, span: span, text: written, key: key, cont: cont, value: value}, add})
	}
	for i := range f.ff.Calls {
		c := &f.ff.Calls[i]
		method := python.LastName(c.Text)
		if !registryAdds[method] && !registryRemovals[method] || len(method) == len(c.Text) {
			continue
		}
		fn := f.owner(c.Scope)
		if fn < 0 {
			continue
		}
		value := ""
		if args := f.args(c); len(args) > 0 {
			value = args[0]
		}
		emit(fn, c.Span, c.Text, c.Text[:len(c.Text)-len(method)-1], value, registryAdds[method])
	}
	for i := range f.ff.Stores {
		st := &f.ff.Stores[i]
		if st.Kind != python.StoreItem && st.Kind != python.StoreDelete {
			continue
		}
		fn := f.owner(st.Scope)
		if fn < 0 {
			continue
		}
		written := st.Target
		if st.Kind == python.StoreItem {
			written += " ="
		} else {
			written = "del " + written
		}
		emit(fn, st.Span, written, st.Target, text(f.src, st.Value), st.Kind == python.StoreItem)
	}
	return out
}

// containerOf is the container a receiver or target stands in:
// "self.rooms" for self.rooms[room], self.rooms.setdefault(room, set())
// and self.rooms.get(room).
func containerOf(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for n := 0; n < maxNesting; n++ {
		switch {
		case strings.HasSuffix(s, "]"):
			i := openingOf(s, '[', ']')
			if i <= 0 {
				return "", false
			}
			s = s[:i]
		case strings.HasSuffix(s, ")"):
			i := openingOf(s, '(', ')')
			if i <= 0 {
				return "", false
			}
			m := python.LastName(s[:i])
			if m != "setdefault" && m != "get" || len(m) == i {
				return "", false
			}
			s = s[:i-len(m)-1]
		default:
			return s, s != "" && pydefs.Dotted(s)
		}
	}
	return "", false
}

// openingOf finds the bracket opening the one that ends s.
func openingOf(s string, open, close byte) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case close:
			depth++
		case open:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// containerKey names a container for the whole repository, or fails for a
// container local to fn: self.x and cls.x are the class's, a bare name is
// the module's unless fn binds it without declaring it global.
func (f *pyFile) containerKey(fn int, cont string) (string, bool) {
	root, rest, _ := strings.Cut(cont, ".")
	if root == "self" || root == "cls" {
		cls := f.ownClass(fn)
		if cls < 0 || rest == "" {
			return "", false
		}
		return f.ff.Scopes[cls].Qual + "." + rest, true
	}
	if !f.globals[fn][root] {
		for _, b := range f.params[fn] {
			if b.Name == root {
				return "", false
			}
		}
		s := f.ff.Scopes[fn]
		if strings.Contains(text(f.src, source.Span{Start: s.NameSpan.End, End: s.Body.Start}), "*"+root) {
			return "", false // *args or **kwargs
		}
		if f.localNames[nameKey{fn, root}] {
			return "", false
		}
	}
	return f.ff.Module + "." + cont, true
}

// registeredWS tells a WebSocket handler the framework calls: decorated,
// registered by name, or a class-based endpoint's method.
func (r *pyRepo) registeredWS(f *pyFile, fn int) bool { return r.ctx.RegisteredWS(f.ff.Path, fn) }

// connectionNames are what stands for a WebSocket connection in fn: a
// parameter named or typed as one, or a queue fn makes; computed once per
// function.
func (f *pyFile) connectionNames(fn int) map[string]bool {
	if names, ok := f.connNames[fn]; ok {
		return names
	}
	names := map[string]bool{}
	for _, b := range f.params[fn] {
		if asyncctx.IsWSParam(b) {
			names[b.Name] = true
		}
	}
	for _, b := range f.locals[fn] {
		if strings.Contains(b.Value, "Queue()") || strings.Contains(b.Value, "create_memory_object_stream") || asyncctx.IsWSResponse(b) {
			names[b.Name] = true
		}
	}
	f.connNames[fn] = names
	return names
}

// shownRemoval picks the removal a finding shows: the first one in the
// adding function, else in the handler, else the first anywhere (by path
// and position).
func shownRemoval(a mutation, h wsFn, removers map[defKey][]mutation) (mutation, bool) {
	for _, k := range []defKey{{a.f.ff.Path, a.fn}, {h.f.ff.Path, h.fn}} {
		if ms := removers[k]; len(ms) > 0 {
			return ms[0], true
		}
	}
	var best mutation
	found := false
	for _, ms := range removers {
		m := ms[0]
		if !found || m.f.ff.Path < best.f.ff.Path || m.f.ff.Path == best.f.ff.Path && m.span.Start < best.span.Start {
			best, found = m, true
		}
	}
	return best, found
}

// addEnd is where, in w, the connection is added: the add itself, or the
// end of w's first call to the helper that adds it.
func (r *pyRepo) addEnd(a mutation, w wsFn) (int, bool) {
	if w.f == a.f && w.fn == a.fn {
		return a.span.End, true
	}
	for _, i := range w.f.calls[w.fn] {
		c := &w.f.ff.Calls[i]
		if to, ok := r.x.ResolveCall(w.f.ff, c); ok && to.FF == a.f.ff && to.Scope == a.fn {
			return c.CallSpan.End, true
		}
	}
	return 0, false
}

// appState reads a container kept in an application's state, the way
// aiohttp keeps WebSockets: request.app["sockets"], self.app[WS_KEY],
// app["sockets"]. The application lives as long as the process, so the
// container is named by its key for the whole repository.
func appState(target string) (cont, key string, ok bool) {
	t := strings.TrimSpace(target)
	i := strings.Index(t, "app[")
	if i < 0 || i > 0 && t[i-1] != '.' {
		return "", "", false
	}
	if i > 0 && !pydefs.Dotted(t[:i-1]) {
		return "", "", false
	}
	end := strings.IndexByte(t[i:], ']')
	if end < 0 {
		return "", "", false
	}
	cont = t[:i+end+1]
	return cont, "app-state:" + strings.TrimSpace(t[i+4:i+end]), true
}
