// Package silentextensionfallback is CVT404: a try that imports a native or
// accelerator module and whose except ImportError handler falls back
// without saying so.
package silentextensionfallback

import (
	_ "embed"
	"fmt"
	"path"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/native"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "silent-extension-fallback"

// Rule is CVT404.
var Rule = rules.New(rules.Meta{
	Code:      "CVT404",
	Name:      name,
	Title:     "A failed import of a native or accelerator module falls back silently",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python},
	Tags:      []string{"native", "performance", "observability"},
	// Medium: whether a module is an accelerator is judged by its build,
	// its stub or its name, and a flag may be exposed in a way not seen.
	Precision: rules.Medium,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer, native.Analyzer}, run)

// accelerators are third-party modules imported only to go faster.
var accelerators = map[string]bool{
	"uvloop": true, "orjson": true, "ujson": true, "rapidjson": true, "simdjson": true, "cysimdjson": true,
	"cchardet": true, "httptools": true, "ciso8601": true, "picologging": true,
}

// acceleratorNames are module names that say a module is a compiled
// stand-in for Python code.
var acceleratorNames = map[string]bool{
	"speedups": true, "_speedups": true, "_native": true, "_rust": true, "_rs": true, "_cython": true, "_cext": true, "_accel": true,
}

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	py := python.Of(pass)
	res := native.Of(pass)
	for _, p := range py.Paths {
		if isTest(p) {
			continue
		}
		f := set.File(p)
		ff := py.Files[p]
		var open *fallback
		for i := range ff.Imports {
			im := &ff.Imports[i]
			g := im.Guard
			if g == nil || !g.Silent() {
				continue
			}
			mod, ok := accelerated(res, im)
			if !ok {
				continue
			}
			if open != nil && open.guard != g {
				pass.Report(open.diagnostic(f))
				open = nil
			}
			if open == nil {
				open = &fallback{guard: g}
			}
			open.add(mod, im.ModuleSpan, len(res.Unimportable(im)) > 0)
		}
		if open != nil {
			pass.Report(open.diagnostic(f))
		}
	}
	return nil, nil
}

// isTest tells whether a file is a test: there an optional import picks
// which tests run, and no user runs the fallback.
func isTest(p string) bool {
	base := path.Base(p)
	if base == "conftest.py" || strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") {
		return true
	}
	for _, d := range strings.Split(path.Dir(p), "/") {
		if d == "tests" || d == "test" || d == "testing" {
			return true
		}
	}
	return false
}

// accelerated names the native or accelerator module an import brings in.
func accelerated(res *native.Result, im *python.Import) (string, bool) {
	mods := []string{im.Resolved}
	for _, n := range im.Names {
		mods = append(mods, im.Resolved+"."+n.Name)
	}
	for _, m := range mods {
		if m == "" {
			continue
		}
		_, built := res.Module(m)
		_, stub := res.Stub(m)
		top, _, _ := strings.Cut(m, ".")
		last := m[strings.LastIndexByte(m, '.')+1:]
		native := !res.IsPython(m) && (acceleratorNames[last] || res.Own(m) && (stub || res.NativeNamed(m)))
		if built || accelerators[top] || native {
			return m, true
		}
	}
	return "", false
}

// fallback is one silent handler and the imports it guards.
type fallback struct {
	guard  *python.ImportGuard
	mods   []string
	spans  []source.Span
	always bool
}

func (fb *fallback) add(mod string, at source.Span, never bool) {
	fb.mods = append(fb.mods, mod)
	fb.spans = append(fb.spans, at)
	fb.always = fb.always || never
}

// names lists the modules once each, in the order they are imported.
func (fb *fallback) names() string {
	var out []string
	for _, m := range fb.mods {
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return strings.Join(out, ", ")
}

func (fb *fallback) diagnostic(f *source.File) analysis.Diagnostic {
	g := fb.guard
	mods := fb.names()
	msg := fmt.Sprintf("%q falls back silently when %s cannot be imported: the handler neither re-raises, warns, logs at warning level, nor sets a flag saying which implementation is active, so a missing or broken build goes unnoticed and the slow path runs; call warnings.warn or logger.warning, or set a flag the package exposes (HAS_NATIVE = False)",
		string(f.Src[g.Except.Start:g.Except.End]), mods)
	if fb.always {
		msg += "; this fallback always runs: nothing in the repository builds or provides what it imports (CVT401)"
	}
	d := analysis.Diagnostic{Pos: f.Pos(g.Except.Start), End: f.Pos(g.Except.End), Message: msg}
	for i, sp := range fb.spans {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: f.Pos(sp.Start), End: f.Pos(sp.End), Message: "the guarded import of " + fb.mods[i]})
	}
	return d
}
