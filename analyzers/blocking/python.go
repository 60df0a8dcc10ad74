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
