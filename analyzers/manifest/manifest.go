package manifest

import (
	"errors"
	"fmt"
	"path"
	"reflect"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer parses every Cargo.toml and pyproject.toml of the run once and
// returns *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "manifest",
	Doc:        "parses Cargo.toml and pyproject.toml and extracts crate, build-system and maturin facts and comments; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// parsed, when set by a test, is called once per parse.
var parsed func(path string)

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	res := &Result{Files: map[string]*Facts{}, Comments: map[string][]source.Comment{}}
	for _, f := range set.Lang(source.TOML) {
		ff, comments, err := Parse(f.Path, f.Src)
		if err != nil {
			set.Warn(source.Degraded, f.Path, "%v; facts from this file may be incomplete", err)
		}
		res.Comments[f.Path] = comments
		if ff != nil {
			res.Files[f.Path] = ff
			res.Paths = append(res.Paths, f.Path)
		}
	}
	for _, f := range set.Lang(source.Text) {
		if IsRequirements(f.Path) {
			res.Files[f.Path] = ParseRequirements(f.Path, f.Src)
			res.Paths = append(res.Paths, f.Path)
		}
	}
	sort.Strings(res.Paths)
	return res, nil
}

// SyntaxError is broken TOML; the facts before it are still returned.
type SyntaxError struct {
	Line    int
	Message string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("TOML syntax error at line %d: %s", e.Line, e.Message)
}

// keyPart is one part of a dotted key and where it is written.
type keyPart struct {
	name string
	span source.Span
}

// Parse reads one manifest. It returns nil facts for a file that is neither
// a Cargo.toml nor a pyproject.toml; err is a *SyntaxError for broken TOML.
func Parse(p string, src []byte) (ff *Facts, comments []source.Comment, err error) {
	if parsed != nil {
		parsed(p)
	}
	x := &extractor{src: src, ff: &Facts{Path: p}}
	switch path.Base(p) {
	case "Cargo.toml":
		x.ff.Cargo = &Cargo{}
	case "pyproject.toml":
		x.ff.Pyproject = &Pyproject{}
	default:
		x.ff = nil
	}
	parser := &unstable.Parser{KeepComments: true}
	parser.Reset(src)
	var table []keyPart
	for parser.NextExpression() {
		e := parser.Expression()
		x.comments(e)
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyOf(e)
			x.table(table, e.Kind == unstable.ArrayTable)
		case unstable.KeyValue:
			x.keyValue(table, e)
		}
	}
	if perr := parser.Error(); perr != nil {
		err = syntaxError(parser, perr)
	}
	sort.Slice(x.cs, func(i, j int) bool { return x.cs[i].Start < x.cs[j].Start })
	if x.ff != nil && x.ff.Pyproject != nil {
		x.ff.Pyproject.Commented = commentedBuild(x.cs)
	}
	return x.ff, x.cs, err
}

func syntaxError(parser *unstable.Parser, err error) (out error) {
	var perr *unstable.ParserError
	if !errors.As(err, &perr) {
		return &SyntaxError{Line: 1, Message: err.Error()}
	}
	line := 1
	func() {
		defer func() { _ = recover() }() // a highlight outside the input
		if len(perr.Highlight) > 0 {
			line = parser.Shape(parser.Range(perr.Highlight)).Start.Line
		}
	}()
	return &SyntaxError{Line: line, Message: perr.Message}
}

type extractor struct {
	src []byte
	ff  *Facts
	cs  []source.Comment
}

// comments collects every comment of an expression: its trailing comment
// (the root's next sibling) and those inside multi-line arrays and inline
// tables, walking with an explicit stack.
func (x *extractor) comments(e *unstable.Node) {
	stack := []*unstable.Node{e}
	for n := e.Next(); n != nil; n = n.Next() {
		stack = append(stack, n)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == unstable.Comment {
			sp := spanOf(n)
			x.cs = append(x.cs, source.Comment{Span: sp, Text: string(x.src[sp.Start:sp.End]), Trailing: tsx.CodeBefore(x.src, sp.Start)})
			continue
		}
		it := n.Children()
		for it.Next() {
			stack = append(stack, it.Node())
		}
	}
}

func spanOf(n *unstable.Node) source.Span {
	return source.Span{Start: int(n.Raw.Offset), End: int(n.Raw.Offset + n.Raw.Length)}
}

func keyOf(n *unstable.Node) []keyPart {
	var out []keyPart
	it := n.Key()
	for it.Next() {
		k := it.Node()
		out = append(out, keyPart{name: string(k.Data), span: spanOf(k)})
	}
	return out
}

// table notes a table header that matters on its own ([tool.maturin], each
// [[tool.setuptools-rust.ext-modules]]).
func (x *extractor) table(key []keyPart, array bool) {
	if x.ff == nil || x.ff.Pyproject == nil {
		return
	}
	at := source.Span{Start: key[0].span.Start, End: key[len(key)-1].span.End}
	switch names(key) {
	case "tool.maturin":
		x.maturin(at)
	case extModules:
		if array {
			p := x.ff.Pyproject
			p.RustExtensions = append(p.RustExtensions, RustExtension{Span: at})
		}
	}
}

const extModules = "tool.setuptools-rust.ext-modules"

// keyValue flattens a key/value (inline tables included, with an explicit
// stack) into full dotted keys and hands each leaf value to leaf.
func (x *extractor) keyValue(table []keyPart, e *unstable.Node) {
	if x.ff == nil {
		return
	}
	type item struct {
		prefix []keyPart
		kv     *unstable.Node
	}
	stack := []item{{table, e}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		key := append(append([]keyPart(nil), it.prefix...), keyOf(it.kv)...)
		v := it.kv.Value()
		if v.Kind == unstable.InlineTable {
			var kids []*unstable.Node
			c := v.Children()
			for c.Next() {
				if c.Node().Kind == unstable.KeyValue {
					kids = append(kids, c.Node())
				}
			}
			for i := len(kids) - 1; i >= 0; i-- { // keep source order
				stack = append(stack, item{key, kids[i]})
			}
			continue
		}
		x.leaf(key, v)
	}
}

func names(key []keyPart) string {
	parts := make([]string, len(key))
	for i, k := range key {
		parts[i] = k.name
	}
	return strings.Join(parts, ".")
}

func (x *extractor) str(v *unstable.Node) *Value {
	if v.Kind != unstable.String {
		return nil
	}
	return &Value{Text: string(v.Data), Span: spanOf(v)}
}

func (x *extractor) strs(v *unstable.Node) []Value {
	if v.Kind != unstable.Array {
		return nil
	}
	out := []Value{}
	it := v.Children()
	for it.Next() {
		if s := x.str(it.Node()); s != nil {
			out = append(out, *s)
		}
	}
	return out
}

func (x *extractor) leaf(key []keyPart, v *unstable.Node) {
	full := names(key)
	if c := x.ff.Cargo; c != nil {
		switch full {
		case "package.name":
			c.PackageName = x.str(v)
		case "lib.name":
			c.LibName = x.str(v)
		case "lib.crate-type":
			c.CrateTypes = x.strs(v)
		case "package.metadata.maturin.name":
			c.MaturinName = x.str(v)
		case "workspace.members":
			c.Members = x.strs(v)
		default:
			x.dependency(key, v)
		}
		return
	}
	p := x.ff.Pyproject
	switch full {
	case "build-system.build-backend":
		p.BuildBackend = x.str(v)
	case "build-system.requires":
		p.Requires = x.strs(v)
	case "project.name":
		p.ProjectName = x.str(v)
	case "tool.maturin.module-name":
		x.maturin(key[1].span).ModuleName = x.str(v)
	case "tool.maturin.python-source":
		x.maturin(key[1].span).PythonSource = x.str(v)
	case "tool.maturin.features":
		x.maturin(key[1].span).Features = x.strs(v)
	case "tool.maturin.manifest-path":
		x.maturin(key[1].span).ManifestPath = x.str(v)
	case "project.dependencies":
		p.Dependencies = append(p.Dependencies, x.strs(v)...)
	case extModules:
		x.inlineExtensions(v)
	default:
		x.pyprojectMore(key, v)
	}
}

func (x *extractor) maturin(at source.Span) *Maturin {
	p := x.ff.Pyproject
	if p.Maturin == nil {
		p.Maturin = &Maturin{Span: at}
	}
	return p.Maturin
}

// dependency records the name of every library dependency, and a pyo3 or
// cpython entry of any dependency table.
func (x *extractor) dependency(key []keyPart, v *unstable.Node) {
	for j := 1; j < len(key); j++ {
		if t := key[j-1].name; (t == "dependencies" || t == "build-dependencies") && (j == 1 || key[j-2].name != "workspace") {
			if deps := x.ff.Cargo.Deps; len(deps) == 0 || deps[len(deps)-1] != key[j].name {
				x.ff.Cargo.Deps = append(deps, key[j].name) // an inline table gives one leaf per key
			}
			break
		}
	}
	i := -1
	for j := 1; j < len(key); j++ {
		if (key[j].name == "pyo3" || key[j].name == "cpython") && strings.HasSuffix(key[j-1].name, "dependencies") {
			i = j
			break
		}
	}
	if i < 0 {
		return
	}
	c := x.ff.Cargo
	deps := &c.PyO3
	if key[i].name == "cpython" {
		deps = &c.CPython
	}
	table := names(key[:i])
	var d *Dependency
	for k := range *deps {
		if (*deps)[k].Table == table {
			d = &(*deps)[k]
		}
	}
	if d == nil {
		*deps = append(*deps, Dependency{Table: table, Span: key[i].span})
		d = &(*deps)[len(*deps)-1]
	}
	switch rest := names(key[i+1:]); rest {
	case "", "version":
		d.Version = x.str(v)
	case "features":
		d.Features = x.strs(v)
	case "workspace":
		d.Workspace = v.Kind == unstable.Bool && string(v.Data) == "true"
	}
}
