// Package extensionnotbuilt is CVT403: a PyO3 (or rust-cpython) crate that
// defines a Python module but that no build configuration builds, or a
// module name Python cannot import.
package extensionnotbuilt

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

const name = "extension-not-built"

// Rule is CVT403.
var Rule = rules.New(rules.Meta{
	Code:      "CVT403",
	Name:      name,
	Title:     "A Rust extension crate that no build configuration builds",
	Doc:       doc,
	Level:     rules.Error,
	Languages: []source.Lang{source.TOML},
	Tags:      []string{"native", "correctness", "build"},
	Precision: rules.High,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, native.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	for c := range native.Of(pass).Crates() {
		if !c.Built() {
			pass.Report(notBuilt(set, c))
		}
		for _, b := range c.Builds {
			if strings.Contains(b.Name, "-") {
				pass.Report(dashed(set, b))
			}
		}
	}
	return nil, nil
}

func notBuilt(set *source.Set, c *native.Crate) analysis.Diagnostic {
	f := set.File(c.Manifest)
	at := source.Span{}
	crate := c.Manifest
	if v := c.Cargo.PackageName; v != nil {
		at, crate = v.Span, v.Text
	}
	e := c.Entries[0]
	var why []string
	for _, ev := range c.NotBuilt {
		why = append(why, ev.Path+": "+ev.What)
	}
	d := analysis.Diagnostic{
		Pos: f.Pos(at.Start), End: f.Pos(at.End),
		Message: fmt.Sprintf("crate %q defines Python module %q (%s) but no build configuration builds it (%s), so no import of it can succeed; build it with maturin (build-backend = \"maturin\", and tool.maturin manifest-path = %q when the crate is not beside pyproject.toml) or with a setuptools-rust RustExtension",
			crate, e.Module.Name, e.Path, strings.Join(why, "; "), c.Manifest),
	}
	for _, ev := range c.NotBuilt {
		d.Related = append(d.Related, ev.Related(set, ev.What))
	}
	entry := native.Evidence{Path: e.Path, Span: e.Module.NameSpan}
	d.Related = append(d.Related, entry.Related(set, fmt.Sprintf("the module entry point %q", e.Module.Name)))
	return d
}

func dashed(set *source.Set, b *native.Build) analysis.Diagnostic {
	f := set.File(b.NameFrom.Path)
	fixed := strings.ReplaceAll(b.Name, "-", "_")
	return analysis.Diagnostic{
		Pos: f.Pos(b.NameFrom.Span.Start), End: f.Pos(b.NameFrom.Span.End),
		Message: fmt.Sprintf("module name %q (%s) contains '-', which no import statement can name and no PyInit_ function can define, and maturin refuses to build it; set [lib] name or tool.maturin.module-name to %q", b.Name, b.NameFrom.What, fixed),
	}
}
