package rust

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
	tsrust "github.com/smacker/go-tree-sitter/rust"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

var (
	kindsOnce sync.Once
	kinds     []string
)

// kind is a node's type name: one cgo call and no allocation, where
// Node.Type copies the name out of C every time.
func nodeKind(n *sitter.Node) string {
	kindsOnce.Do(func() {
		lang := tsrust.GetLanguage()
		kinds = make([]string, lang.SymbolCount())
		for i := range kinds {
			kinds[i] = lang.SymbolName(sitter.Symbol(i))
		}
	})
	if s := int(n.Symbol()); s < len(kinds) {
		return kinds[s]
	}
	return ""
}

// shared is src[sp] as a string that shares src's bytes: the run keeps
// every source until it ends, and facts are mostly such texts.
func shared(src []byte, sp source.Span) string {
	if sp.End <= sp.Start {
		return ""
	}
	return unsafe.String(&src[sp.Start], sp.End-sp.Start)
}

// hasBlank reports whether s holds a space, tab, CR or LF.
func hasBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			return true
		}
	}
	return false
}

// clip returns s with its capacity cut to its length, copying it when
// append left slack: facts live for the whole run.
func clip[T any](s []T) []T {
	if cap(s) == len(s) {
		return s
	}
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
