package python

import (
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxGuardDepth bounds how many enclosing trys an import looks through:
// CPython refuses code nested 100 levels deep, and the look stays linear on
// hostile nesting.
const maxGuardDepth = 100

// region is a try body (guard set when one of its handlers catches a failed
// import) or a function body, which stops the search: it runs later.
type region struct {
	span source.Span
	// try is the try statement; its guard is read once, when an import
	// first lands in its body.
	try   *sitter.Node
	read  bool
	guard *ImportGuard
}

// guardOf reads a try region's guard on first use.
func (n *natives) guardOf(r *region) *ImportGuard {
	if !r.read {
		r.guard, r.read = n.catching(r.try), true
	}
	return r.guard
}

// guardImports sets each import's Guard: the nearest try around it, within
// its function, whose handler catches ImportError. Imports and regions are
// swept in source order with a stack of the regions open at each import.
func (n *natives) guardImports(tries []*sitter.Node, b *tsx.Budget) {
	if len(tries) == 0 || len(n.ff.Imports) == 0 {
		return
	}
	var regions []region
	for _, t := range tries {
		if body := t.ChildByFieldName("body"); body != nil {
			regions = append(regions, region{span: tsx.SpanOf(body), try: t})
		}
	}
	for _, s := range n.ff.Scopes {
		if s.IsFunction() || s.Kind == Lambda {
			regions = append(regions, region{span: s.Body})
		}
	}
	sort.SliceStable(regions, func(i, j int) bool {
		a, c := regions[i].span, regions[j].span
		return a.Start < c.Start || a.Start == c.Start && a.End > c.End
	})
	var open []*region
	next := 0
	for i := range n.ff.Imports {
		if b.Expired() {
			return
		}
		im := &n.ff.Imports[i]
		at := im.ModuleSpan
		for next < len(regions) && regions[next].span.Start <= at.Start {
			open = closeBefore(open, regions[next].span.Start)
			open = append(open, &regions[next])
			next++
		}
		open = closeBefore(open, at.Start)
		for k, d := len(open)-1, 0; k >= 0 && d < maxGuardDepth; k, d = k-1, d+1 {
			r := open[k]
			if !r.span.Contains(at) || r.try == nil {
				break
			}
			if g := n.guardOf(r); g != nil {
				im.Guard = g
				break
			}
		}
	}
}

// closeBefore pops the regions that end before offset.
func closeBefore(open []*region, offset int) []*region {
	for len(open) > 0 && open[len(open)-1].span.End <= offset {
		open = open[:len(open)-1]
	}
	return open
}

// catching returns the guard of try's first except clause that catches
// ImportError, or nil. A flag the try body sets after the import
// (`HAS_RUST = True`, its default set before the try) counts as the
// handler's: it says which implementation is active either way.
func (n *natives) catching(try *sitter.Node) *ImportGuard {
	var g *ImportGuard
	eachChild(try, func(c *sitter.Node, _ func() string) {
		if g != nil || c.Type() != "except_clause" {
			return
		}
		caught, block, colon := exceptParts(c)
		if caught != nil && !catchesImportError(caught, n.src) {
			return
		}
		start := int(c.StartByte())
		g = &ImportGuard{Except: source.Span{Start: start, End: max(colon, start+len("except"))}}
		if caught != nil {
			g.Catches = n.texts.text(caught)
		}
		if block != nil {
			readHandler(g, block, n.src)
		}
	})
	if g != nil && g.Flag == "" {
		if body := try.ChildByFieldName("body"); body != nil {
			g.Flag = bodyFlag(body, n.src)
		}
	}
	return g
}

// bodyFlag is a name a block's own statements set to a bool or string
// literal, or "".
func bodyFlag(block *sitter.Node, src []byte) string {
	flag := ""
	eachChild(block, func(st *sitter.Node, _ func() string) {
		if flag != "" || st.Type() != "expression_statement" {
			return
		}
		eachChild(st, func(e *sitter.Node, _ func() string) {
			if flag == "" && e.Type() == "assignment" {
				flag = flagName(e, src)
			}
		})
	})
	return flag
}

// exceptParts returns what an except clause catches (nil when bare), its
// block, and the offset just past the colon that ends its header (a
// comment after the colon is not part of it).
func exceptParts(c *sitter.Node) (caught, block *sitter.Node, colon int) {
	eachChild(c, func(k *sitter.Node, _ func() string) {
		if !k.IsNamed() {
			if k.Type() == ":" && colon == 0 {
				colon = int(k.EndByte())
			}
			return
		}
		switch k.Type() {
		case "block":
			block = k
		case "comment":
		default:
			if caught == nil {
				caught = k
			}
		}
	})
	if caught != nil && caught.Type() == "as_pattern" && caught.NamedChildCount() > 0 {
		caught = caught.NamedChild(0)
	}
	return caught, block, colon
}

// importErrorBases are the exceptions an except clause can name to catch
// a failed import.
var importErrorBases = map[string]bool{"ImportError": true, "ModuleNotFoundError": true, "Exception": true, "BaseException": true}

func catchesImportError(caught *sitter.Node, src []byte) bool {
	names := []*sitter.Node{caught}
	if t := caught.Type(); t == "tuple" || t == "parenthesized_expression" {
		names = names[:0]
		eachChild(caught, func(k *sitter.Node, _ func() string) {
			if k.IsNamed() {
				names = append(names, k)
			}
		})
	}
	for _, k := range names {
		if importErrorBases[LastName(tsx.Text(k, src))] {
			return true
		}
	}
	return false
}
