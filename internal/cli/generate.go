package cli

// docs/rules is generated from rule metadata; TestDocsAreCurrent fails when
// the committed pages are stale.
//go:generate go run ../../cmd/covet-lint rule --docs ../../docs/rules
