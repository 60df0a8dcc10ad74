//go:build !newrust

package rust

import (
	tsrust "github.com/smacker/go-tree-sitter/rust"
)

// grammar is the Rust grammar every parse and query of this front-end uses.
var grammar = tsrust.GetLanguage
