// Package unimportableextension is CVT401: an import of a native module
// the repository is meant to provide that nothing provides, or of a name
// a native module never adds.
package unimportableextension

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/native"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "unimportable-extension"

// Rule is CVT401.
var Rule = rules.New(rules.Meta{
	Code:      "CVT401",
	Name:      name,
	Title:     "Import of a native module or name that the repository's build never produces",
	Doc:       doc,
	Level:     rules.Error,
	Languages: []source.Lang{source.Python},
	Tags:      []string{"native", "correctness", "import"},
	// High: provision is over-approximated (every folder chain counts as a
	// package), so a finding means no file, folder, binary or build can
	// provide the module under any sys.path entry.
	Precision: rules.High,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer, native.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	py := python.Of(pass)
	res := native.Of(pass)
	for _, p := range py.Paths {
		f := set.File(p)
		for i := range py.Files[p].Imports {
			for _, m := range res.Unimportable(&py.Files[p].Imports[i]) {
				pass.Report(diagnostic(set, f, m))
			}
		}
	}
	return nil, nil
}

func diagnostic(set *source.Set, f *source.File, m native.Missing) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: f.Pos(m.Span.Start), End: f.Pos(m.Span.End)}
	if m.Name != "" {
		d.Message, d.Related = missingName(set, m)
		return d
	}
	var why []string
	if c := m.Crate; c != nil {
		why = append(why, fmt.Sprintf("crate %s defines it, but no build configuration builds that crate (CVT403)", c.Manifest))
		if v := c.Cargo.PackageName; v != nil {
			d.Related = append(d.Related, native.Evidence{Path: c.Manifest, Span: v.Span}.Related(set, "the crate nothing builds"))
		}
	}
	if m.Stub != "" {
		why = append(why, fmt.Sprintf("only the stub %s stands there, and Python never imports a .pyi", m.Stub))
		d.Related = append(d.Related, native.Evidence{Path: m.Stub}.Related(set, "a type stub, not a module"))
	}
	if in := m.Instead; in != nil && in.Build != nil {
		why = append(why, fmt.Sprintf("the build produces %q instead (%s, %s)", in.Import, in.Build.NameFrom.Path, in.Build.NameFrom.What))
		d.Related = append(d.Related, in.Build.NameFrom.Related(set, fmt.Sprintf("the build names its module %q here", in.Import)))
	} else {
		why = append(why, "the repository builds no native module")
	}
	d.Message = fmt.Sprintf("module %q can never be imported: nothing in the repository provides or builds it; %s; make the build produce %q, or import the module it does produce",
		m.Module, strings.Join(why, "; "), m.Module)
	return d
}

func missingName(set *source.Set, m native.Missing) (string, []analysis.RelatedInformation) {
	b := m.Native.Build
	msg := fmt.Sprintf("native module %q (built by %s from %s) never adds %q", m.Module, b.Backend, m.Native.Crate.Manifest, m.Name)
	if names := m.Native.Names(); len(names) > 0 {
		msg += fmt.Sprintf(": it adds %s", strings.Join(names, ", "))
	} else {
		msg += ": it adds nothing"
	}
	if m.Closest != "" {
		msg += fmt.Sprintf("; did you mean %q?", m.Closest)
	}
	var rel []analysis.RelatedInformation
	if e := b.Entry; e != nil {
		rel = append(rel, native.Evidence{Path: e.Path, Span: e.Module.NameSpan}.Related(set, fmt.Sprintf("the module entry point %q", e.Module.Name)))
	}
	rel = append(rel, b.NameFrom.Related(set, b.NameFrom.What))
	return msg, rel
}
