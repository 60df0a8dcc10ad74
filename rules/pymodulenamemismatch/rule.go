// Package pymodulenamemismatch is CVT402: a #[pymodule] entry point whose
// name differs from the module name the build gives the library, so the
// import fails with "dynamic module does not define module export function".
package pymodulenamemismatch

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/native"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "pymodule-name-mismatch"

// Rule is CVT402.
var Rule = rules.New(rules.Meta{
	Code:      "CVT402",
	Name:      name,
	Title:     "The #[pymodule] name differs from the module name the build gives the library",
	Doc:       doc,
	Level:     rules.Error,
	Languages: []source.Lang{source.Rust},
	Tags:      []string{"native", "correctness", "build"},
	Precision: rules.High,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, native.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	for c := range native.Of(pass).Crates() {
		for _, b := range c.Builds {
			// A name with "-" is CVT403's: maturin refuses to build it.
			if b.Entry != nil || strings.Contains(b.Name, "-") {
				continue
			}
			for _, e := range c.Entries {
				pass.Report(diagnostic(set, c, b, e))
			}
		}
	}
	return nil, nil
}

func diagnostic(set *source.Set, c *native.Crate, b *native.Build, e native.Entry) analysis.Diagnostic {
	f := set.File(e.Path)
	m := e.Module
	msg := fmt.Sprintf("module entry %q defines PyInit_%s, but %s builds this crate as module %q (%s), so `import %s` fails with \"dynamic module does not define module export function (PyInit_%s)\"; ",
		m.Name, m.Name, b.Backend, b.Import, b.NameFrom.What, b.Import, b.Name)
	if b.Deprecated != nil {
		msg += fmt.Sprintf("the crate's %s; ", b.Deprecated.What)
	}
	msg += fmt.Sprintf("rename the entry to %q (#[pyo3(name = %q)]) or change the name at %s", b.Name, b.Name, b.NameFrom.Path)
	d := analysis.Diagnostic{Pos: f.Pos(m.NameSpan.Start), End: f.Pos(m.NameSpan.End), Message: msg}
	d.Related = append(d.Related, b.NameFrom.Related(set, "the build names the module here: "+b.NameFrom.What))
	if b.Deprecated != nil {
		d.Related = append(d.Related, b.Deprecated.Related(set, b.Deprecated.What))
	}
	return d
}
