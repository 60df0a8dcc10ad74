package rust

import (
	"bytes"
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxMacroDepth bounds how deep macro arguments inside macro arguments are
// parsed (println!("{}", format!("{}", f()))).
const maxMacroDepth = 3

// nonCodeMacros take arguments that are not code run where they stand:
// generated code, literals, configuration.
var nonCodeMacros = map[string]bool{
	"quote": true, "quote_spanned": true, "parse_quote": true, "parse_quote_spanned": true,
	"stringify": true, "concat": true, "concat_idents": true, "include": true, "include_str": true,
	"include_bytes": true, "env": true, "option_env": true, "cfg": true, "compile_error": true,
	"asm": true, "global_asm": true, "macro_rules": true,
}

func codeMacro(name string) bool { return !nonCodeMacros[lastSegment(name)] }

// wrapperPrefix turns a macro's arguments into a call in a fn item, so
// that `println!("{}", fs::read(p)?)` parses as `fn a(){b("{}", fs::read(p)?)}`.
const wrapperPrefix = "fn a(){b("

// parseMacros parses the arguments of the given macros (their token trees,
// delimiters included) at their own byte offsets: a source as long as the
// file, blank but for each macro's arguments wrapped in a fn item written
// over the bytes before them. Nodes of the tree then have the file's
// offsets. wrappers holds the start offsets of the wrapper fn items, their
// bodies and calls, which the caller skips. A macro without room for its
// wrapper (another macro's arguments end too close before it) is left out.
// The arguments are parsed in batches, a tree each, which the caller
// closes.
func parseMacros(src []byte, macros []source.Span, b *tsx.Budget) ([]*sitter.Tree, map[int]bool) {
	sort.Slice(macros, func(i, j int) bool { return macros[i].Start < macros[j].Start })
	w := make([]byte, len(src)+1)
	for i := range w {
		w[i] = ' '
		if i < len(src) && src[i] == '\n' {
			w[i] = '\n'
		}
	}
	wrappers := map[int]bool{}
	var ranges []sitter.Range
	pt := tsx.Points{Src: src}
	free := 0
	for _, m := range macros {
		ts, te := m.Start, m.End
		start := ts + 1 - len(wrapperPrefix)
		if start < free || te-ts < 3 || te > len(src) || !isOpen(src[ts]) || !isClose(src[te-1]) ||
			bytes.IndexByte(src[ts+1:te-1], '(') < 0 {
			// No room for the wrapper, or no call inside.
			continue
		}
		copy(w[start:], wrapperPrefix)
		copy(w[ts+1:te-1], src[ts+1:te-1])
		w[te-1], w[te] = ')', '}'
		wrappers[start] = true
		wrappers[start+len("fn a()")] = true // its body block
		wrappers[ts-1] = true
		ranges = append(ranges, sitter.Range{StartByte: uint32(start), EndByte: uint32(te + 1), StartPoint: pt.At(start), EndPoint: pt.At(te + 1)})
		free = te + 1
	}
	if len(wrappers) == 0 {
		return nil, nil
	}
	var trees []*sitter.Tree
	rp := tsx.NewRangeParser(grammar())
	defer rp.Close()
	for len(ranges) > 0 {
		batch := ranges[:min(len(ranges), macroBatch)]
		ranges = ranges[len(batch):]
		tree, err := rp.Parse(w, batch, b)
		if err != nil {
			break
		}
		trees = append(trees, tree)
	}
	return trees, wrappers
}

// macroBatch is how many macro arguments one parse takes: tree-sitter's
// lexer looks for its place among the included ranges from the first one
// at every jump, so a parse costs its tokens times its ranges.
const macroBatch = 64

func isOpen(b byte) bool  { return b == '(' || b == '[' || b == '{' }
func isClose(b byte) bool { return b == ')' || b == ']' || b == '}' }
