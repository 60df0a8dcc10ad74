package python

import (
	"bytes"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// kinds names Python node types without copying them out of C.
var kinds = tsx.NewKinds(tspython.GetLanguage)

// kindOf is a node's type name.
func kindOf(n *sitter.Node) string { return kinds.Of(n) }

// measurementWords are what a file holding benchmark code, timings,
// metric-like results or plots contains: the values step runs only on files
// whose path is a benchmark's or whose source holds one of them (a byte
// scan, far cheaper than the step's cgo calls on every call's arguments).
var measurementWords = [][]byte{
	[]byte("bench"), []byte("perf"), []byte("time.time"), []byte("from time import time"), []byte("timeit"),
	[]byte("monotonic"), []byte("process_time"), []byte("locust"),
	[]byte("matplotlib"), []byte("plotly"), []byte("seaborn"), []byte("bokeh"), []byte("altair"), []byte("pygal"),
	[]byte("rps"), []byte("qps"), []byte("latenc"), []byte("throughput"), []byte("speedup"), []byte("faster"),
	[]byte("per_s"), []byte("_per_"), []byte("p99"), []byte("p95"), []byte("p50"), []byte("mean"), []byte("median"),
	[]byte("_ms"), []byte("tok_s"), []byte("ops_"), []byte("ops/s"), []byte("wrk"), []byte("oha"),
}

// wantsValues tells whether a file may hold what the values step looks for.
func wantsValues(p string, src []byte) bool {
	if source.InBenchmarkFolder(p) {
		return true
	}
	for _, w := range measurementWords {
		if bytes.Contains(src, w) {
			return true
		}
	}
	return false
}

// pendingValue is a place where values are stored (an assignment, a call's
// arguments, a return) or a loop, kept for the values step, which needs
// the scopes.
type pendingValue struct {
	kind           kind
	node, lhs, arg *sitter.Node
	// span is a call's arguments, read from the source before any cgo
	// call: most calls have none.
	span source.Span
}

// maxContainerDepth bounds the walk down from where a value is stored
// through lists, tuples and dicts: results dicts nest three or four deep, a
// hostile file thousands.
const maxContainerDepth = 16

// maxArgText bounds the text kept of a call's first argument.
const maxArgText = 256

// values turns the places where values are stored into facts: literals
// with their keys, names passed to calls or returned, the text of calls'
// first arguments, loops. Each place is read top-down (Node.Parent is
// linear in a node's siblings in tree-sitter, so walking up from each
// literal would be quadratic in a wide list), and each container belongs
// to the innermost place holding it, so the step is linear.
func (x *extractor) values(vs []pendingValue) {
	for _, v := range vs {
		if x.budget.Expired() {
			return
		}
		switch v.kind {
		case kAssign:
			x.assigned(v.node, v.lhs, v.arg)
		case kCall:
			x.arguments(v.node, v.span)
		case kReturn:
			x.returned(v.node)
		case kWhile, kFor:
			sp := tsx.SpanOf(v.node)
			x.ff.Loops = append(x.ff.Loops, Loop{Span: sp, Scope: x.scopeAt(sp.Start)})
		}
	}
	// Places are met in match order; facts are kept in source order.
	sortBy(x.ff.Literals, func(l Literal) int { return l.Span.Start })
	sortBy(x.ff.Names, func(n NameUse) int { return n.Span.Start })
	sortBy(x.ff.Texts, func(t Text) int { return t.Span.Start })
	sortBy(x.ff.Loops, func(l Loop) int { return l.Span.Start })
}

func sortBy[T any](s []T, start func(T) int) {
	sort.SliceStable(s, func(i, j int) bool { return start(s[i]) < start(s[j]) })
}

// assigned reads the value of an assignment: its literals, stored under the
// target's name, and a list of strings (a command line built in parts).
func (x *extractor) assigned(n, lhs, rhs *sitter.Node) {
	if rhs == nil {
		return
	}
	name := x.targetName(lhs)
	x.stored(rhs, Literal{Place: InAssign, Name: name, Key: name})
	if kindOf(rhs) == "list" && rhs.NamedChildCount() > 0 && kindOf(rhs.NamedChild(0)) == "string" {
		x.argText(n, rhs)
	}
}

// arguments reads a call's arguments: literals, names passed, and the text
// of the first one. Each argument belongs to one call.
func (x *extractor) arguments(call *sitter.Node, args source.Span) {
	if !hasArguments(x.src[args.Start:args.End]) {
		return
	}
	x.argumentList(call)
}

// hasArguments tells whether the text after a callee holds more than
// empty parentheses.
func hasArguments(b []byte) bool {
	for _, c := range b {
		switch c {
		case '(', ')', ' ', '\t', '\n', '\r':
		default:
			return true
		}
	}
	return false
}

// argumentList reads the arguments of a call that has some.
func (x *extractor) argumentList(call *sitter.Node) {
	// The arguments are the call's last named child: cheaper than
	// ChildByFieldName, which copies the field name into C.
	n := int(call.NamedChildCount())
	if n == 0 {
		return
	}
	args := call.NamedChild(n - 1)
	if args == nil || kindOf(args) != "argument_list" {
		return
	}
	callSpan := tsx.SpanOf(call)
	for i, c := range namedChildren(args) {
		switch kindOf(c) {
		case "identifier":
			x.nameUse(c, InArg, callSpan)
		case "keyword_argument":
			v := c.ChildByFieldName("value")
			if v == nil {
				continue
			}
			if kindOf(v) == "identifier" {
				x.nameUse(v, InKeyword, callSpan)
				continue
			}
			kw := x.text(c.ChildByFieldName("name"))
			x.stored(v, Literal{Place: InKeyword, Name: kw, Key: kw, Call: callSpan})
		default:
			if i == 0 && (kindOf(c) == "string" || kindOf(c) == "concatenated_string" || kindOf(c) == "list") {
				x.argText(call, c)
			}
			x.stored(c, Literal{Place: InArg, Call: callSpan})
		}
	}
}

// returned reads a return statement's value.
func (x *extractor) returned(n *sitter.Node) {
	for _, c := range namedChildren(n) {
		if kindOf(c) == "identifier" {
			x.nameUse(c, InReturn, source.Span{})
		} else {
			x.stored(c, Literal{Place: InReturn})
		}
	}
}

// container is one node on the way down from a place to its literals.
type container struct {
	node    *sitter.Node
	key     string // the innermost dict key above it
	outer   string
	element bool
	depth   int
}

// stored walks down from a stored value through signs, parentheses, lists,
// tuples, sets and dict values to the literals in it, each recorded with
// the place at: its keys, whether it is an element.
func (x *extractor) stored(v *sitter.Node, at Literal) {
	stack := append(x.containers[:0], container{node: v, key: at.Key})
	defer func() { x.containers = stack[:0] }()
	for len(stack) > 0 {
		if x.budget.Expired() {
			return
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch kindOf(c.node) {
		case "identifier":
			if c.depth > 0 {
				x.nameUse(c.node, at.Place, at.Call)
			}
		case "integer", "float":
			x.literal(c, at, false)
		case "string":
			x.literal(c, at, true)
			if at.Place == InAssign && c.depth > 0 {
				x.storedText(c.node)
			}
		case "concatenated_string":
			// 'hypercorn -b ... ' '--workers {procs} ...': the command
			// starts in the first part.
			if at.Place == InAssign && c.depth > 0 && c.node.NamedChildCount() > 0 {
				x.storedText(c.node.NamedChild(0))
			}
		case "unary_operator":
			if arg := c.node.ChildByFieldName("argument"); arg != nil && (kindOf(arg) == "integer" || kindOf(arg) == "float") {
				x.literal(c, at, false) // -4.3: the sign is part of the number
			}
		case "parenthesized_expression", "list", "tuple", "set", "expression_list", "dictionary":
			if c.depth >= maxContainerDepth {
				continue
			}
			element := c.element || kindOf(c.node) != "parenthesized_expression" && kindOf(c.node) != "dictionary"
			kids := namedChildren(c.node)
			for i := len(kids) - 1; i >= 0; i-- {
				stack = append(stack, container{node: kids[i], key: c.key, outer: c.outer, element: element, depth: c.depth + 1})
			}
		case "pair":
			val := c.node.ChildByFieldName("value")
			if val == nil {
				continue
			}
			k := ""
			if key := c.node.ChildByFieldName("key"); key != nil && kindOf(key) == "string" {
				k = x.content(tsx.SpanOf(key))
			}
			stack = append(stack, container{node: val, key: k, outer: joinKeys(c.key, c.outer), element: c.element, depth: c.depth})
		}
	}
}

// joinKeys puts key in front of the outer keys.
func joinKeys(key, outer string) string {
	switch {
	case key == "":
		return outer
	case outer == "":
		return key
	}
	return key + "/" + outer
}

// literal records a number, or a string that begins with a digit.
func (x *extractor) literal(c container, at Literal, str bool) {
	sp := tsx.SpanOf(c.node)
	l := at
	l.Span, l.Text, l.String, l.Key, l.Outer, l.Element = sp, x.share(sp), str, c.key, c.outer, c.element
	if str {
		l.Text = x.content(sp)
		if l.Text == "" || l.Text[0] < '0' || l.Text[0] > '9' {
			return
		}
	}
	l.Scope = x.scopeAt(sp.Start)
	x.ff.Literals = append(x.ff.Literals, l)
}

// targetName is the name an assignment stores into: x, self.x -> x,
// d["x"] -> x; "" for unpacking and other targets.
func (x *extractor) targetName(t *sitter.Node) string {
	if t == nil {
		return ""
	}
	switch kindOf(t) {
	case "identifier":
		return x.text(t)
	case "attribute":
		return x.text(t.ChildByFieldName("attribute"))
	case "subscript":
		if i := t.ChildByFieldName("subscript"); i != nil && kindOf(i) == "string" {
			return x.content(tsx.SpanOf(i))
		}
	}
	return ""
}

// nameUse records a name used as a value at place (in the call at).
func (x *extractor) nameUse(name *sitter.Node, place Place, at source.Span) {
	sp := tsx.SpanOf(name)
	x.ff.Names = append(x.ff.Names, NameUse{Name: x.share(sp), Span: sp, Place: place, Call: at, Scope: x.scopeAt(sp.Start)})
}

// storedText records a string stored in an assigned container when it
// reads like a command line (a word, then a blank): the commands of servers
// and load generators a benchmark keeps in a table.
func (x *extractor) storedText(n *sitter.Node) {
	sp := tsx.SpanOf(n)
	text := x.content(sp)
	sep := strings.IndexByte(text, ' ')
	if sep <= 0 || len(text) > maxArgText || text[0] < 'a' || text[0] > 'z' {
		return
	}
	x.ff.Texts = append(x.ff.Texts, Text{Text: text, Span: sp, Scope: x.scopeAt(sp.Start)})
}

// argText records the literal text of a call's first argument, or of a
// list of strings assigned to a name (node the assignment): a string's
// content, or a list's strings joined by blanks.
func (x *extractor) argText(node, arg *sitter.Node) {
	var text string
	switch kindOf(arg) {
	case "string", "concatenated_string":
		text = x.content(tsx.SpanOf(arg))
	case "list":
		var parts []string
		n := 0
		for _, c := range namedChildren(arg) {
			if kindOf(c) != "string" {
				continue
			}
			s := x.content(tsx.SpanOf(c))
			if n += len(s) + 1; n > maxArgText {
				break
			}
			parts = append(parts, s)
		}
		text = strings.Join(parts, " ")
	}
	if len(text) > maxArgText {
		text = text[:maxArgText]
	}
	if text == "" {
		return
	}
	t := Text{Text: text, Span: tsx.SpanOf(arg)}
	t.Scope = x.scopeAt(t.Span.Start)
	if kindOf(node) == "call" {
		t.Call = tsx.SpanOf(node)
	}
	x.ff.Texts = append(x.ff.Texts, t)
}

// content is the text of the string literal at sp between its quotes
// (prefixes such as r, b and f dropped; an f-string keeps its {fields}),
// shared with the source; "" when sp is not one quoted string.
func (x *extractor) content(sp source.Span) string {
	from, to, ok := contentRange(x.src[sp.Start:sp.End])
	if !ok {
		return ""
	}
	return x.share(source.Span{Start: sp.Start + from, End: sp.Start + to})
}

// contentRange finds a string literal's content between its quotes.
func contentRange(s []byte) (from, to int, ok bool) {
	i := 0
	for i < len(s) && i < 3 && strings.IndexByte("rRbBuUfF", s[i]) >= 0 {
		i++
	}
	if i >= len(s) || s[i] != '"' && s[i] != '\'' {
		return 0, 0, false
	}
	q := 1
	if len(s) >= i+6 && s[i+1] == s[i] && s[i+2] == s[i] {
		q = 3
	}
	from, to = i+q, len(s)-q
	if to < from || string(s[to:]) != string(s[i:i+q]) {
		return 0, 0, false
	}
	return from, to, true
}
