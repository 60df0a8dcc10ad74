package blocking

import (
	"strings"
)

// Blocking is one family of blocking calls and what to use instead.
type Blocking struct {
	Family  string
	Instead string
}

// configB is what a callee listed in extra-blocking is.
var configB = Blocking{"configured", "move it to await asyncio.to_thread(...) (listed in extra-blocking)"}

// The tables live in py_*.go, one file per family; each fills exact,
// types and ctors from its init.

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
	call    string            // type of value(...) (a factory's product)
}

type set map[string]bool

func words(s string) set {
	out := set{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// to maps each of names to the type t, for returns and attrs.
func to(t, names string) map[string]string {
	out := map[string]string{}
	for _, w := range strings.Fields(names) {
		out[w] = t
	}
	return out
}

// with adds the entries of more to m and returns m.
func with(m map[string]string, more ...map[string]string) map[string]string {
	for _, x := range more {
		for k, v := range x {
			m[k] = v
		}
	}
	return m
}

var (
	types = map[string]*objType{}
	// ctors maps dotted callees to the type of what they return.
	ctors = map[string]string{}
	// statics maps dotted names that are values without a call (a class
	// used through its class attributes, "django.db.models.Model", or a
	// module-level object, "django.db.connection") to their type.
	statics = map[string]string{}
)

// maxStatic is the longest key of statics: only prefixes of a callee up to
// this length are looked up.
var maxStatic int

func addStatic(name, typ string) {
	statics[name] = typ
	maxStatic = max(maxStatic, len(name))
}

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

// lookupMethod classifies a method called on a value of a known type: the
// callee starts with a constructor called ("sqlite3.connect()") or a
// static name ("django.db.models.Model"), and each further step moves
// through the types above.
func lookupMethod(callee string) (Blocking, bool) {
	t, i := chainStart(callee)
	kind, name, i := nextToken(callee, i)
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
		case tCall:
			t = types[t.call]
			kind, name, i = nextToken(callee, i)
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

// chainStart finds the type a callee's chain starts from and where the
// rest of the chain begins: the leading dotted name called, when it names
// a constructor, else its longest prefix that names a static value.
func chainStart(callee string) (*objType, int) {
	end := strings.IndexAny(callee, "()[]/")
	if end < 0 {
		end = len(callee)
	}
	if end == 0 || end > maxCtor {
		return nil, 0
	}
	if strings.HasPrefix(callee[end:], "()") {
		ctor := callee[:end]
		if strings.HasPrefix(ctor, ".") || strings.HasSuffix(ctor, ".") || strings.Contains(ctor, "..") {
			ctor = strings.Join(strings.FieldsFunc(ctor, func(r rune) bool { return r == '.' }), ".")
		}
		if t := types[ctors[ctor]]; t != nil {
			return t, end + 2
		}
	}
	for p := min(end, maxStatic); p > 0; p-- {
		if p < end && callee[p] != '.' {
			continue
		}
		if s, ok := statics[callee[:p]]; ok {
			return types[s], p
		}
	}
	return nil, 0
}

func pick(m map[string]string, name string) string {
	if v, ok := m[name]; ok {
		return v
	}
	return m["*"]
}
