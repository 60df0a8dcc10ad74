package tsx

import (
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Kinds names the node types of one grammar by symbol: one cgo call per
// node and no allocation, where Node.Type copies the name out of C every
// time. The table is built on first use.
type Kinds struct {
	once  sync.Once
	lang  func() *sitter.Language
	names []string
}

// NewKinds declares the table of lang's node types.
func NewKinds(lang func() *sitter.Language) *Kinds { return &Kinds{lang: lang} }

// Of is n's type name, "" for a symbol the grammar does not list.
func (k *Kinds) Of(n *sitter.Node) string {
	k.once.Do(func() {
		l := k.lang()
		k.names = make([]string, l.SymbolCount())
		for i := range k.names {
			k.names[i] = l.SymbolName(sitter.Symbol(i))
		}
	})
	if s := int(n.Symbol()); s < len(k.names) {
		return k.names[s]
	}
	return ""
}
