package python

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Import is one module an import statement names: `import a.b, c` gives
// two, `from .m import x, y` one with two Names.
type Import struct {
	// Module is the module as written, leading dots included ("..m", ".").
	Module     string      `json:"module"`
	ModuleSpan source.Span `json:"module_span"`
	// Resolved is the absolute module name, relative imports resolved
	// against the file's module; empty when they climb above the top.
	Resolved string `json:"resolved,omitempty"`
	// Names are a from-import's names (none for *).
	Names []ImportedName `json:"names,omitempty"`
	// From is true for `from ... import`, Star for `from m import *`.
	From bool `json:"from,omitempty"`
	Star bool `json:"star,omitempty"`
	// Guard is set when the statement sits in the body of a try whose
	// handler catches ImportError or ModuleNotFoundError (or a base of
	// them, or everything).
	Guard *ImportGuard `json:"guard,omitempty"`
}

// Level is the number of leading dots (0 for an absolute import).
func (im *Import) Level() int { return len(im.Module) - len(strings.TrimLeft(im.Module, ".")) }

// ImportedName is one name of a from-import.
type ImportedName struct {
	Name string      `json:"name"`
	Span source.Span `json:"span"`
}

// ImportGuard is the except clause that catches a failed import, and what
// its handler does.
type ImportGuard struct {
	// Except is the `except ...:` header; Catches the exception as written
	// ("ImportError", "(ImportError, OSError)", "" for a bare except).
	Except  source.Span `json:"except"`
	Catches string      `json:"catches,omitempty"`
	// Raises: the handler raises (re-raises or raises another exception).
	Raises bool `json:"raises,omitempty"`
	// Warns: it calls warnings.warn, print, or a logger at warning level
	// or above (warning, warn, error, exception, critical, fatal).
	Warns bool `json:"warns,omitempty"`
	// Flag is a name the handler sets to a bool or string literal, which
	// can say which implementation is active ("HAS_RUST = False").
	Flag string `json:"flag,omitempty"`
}

// Silent tells whether the handler hides the failure: it neither raises,
// warns, nor sets a flag.
func (g *ImportGuard) Silent() bool { return !g.Raises && !g.Warns && g.Flag == "" }

// SetupCall is a call in a setup.py that declares what the build compiles:
// RustExtension, Extension (and Pybind11Extension), cythonize, setup.
type SetupCall struct {
	// Name is the callee's last segment ("RustExtension"); Text the
	// callee as written.
	Name     string      `json:"name"`
	Text     string      `json:"text"`
	Span     source.Span `json:"span"`
	CallSpan source.Span `json:"call_span"`
	Args     []SetupArg  `json:"args,omitempty"`
}

// SetupArg is one argument: positional when Keyword is empty. Strings
// holds its string literals: the value itself, or the items of a list or
// tuple of strings.
type SetupArg struct {
	Keyword string      `json:"keyword,omitempty"`
	Span    source.Span `json:"span"`
	Strings []SetupStr  `json:"strings,omitempty"`
}

// SetupStr is a string literal's value and where it stands.
type SetupStr struct {
	Text string      `json:"text"`
	Span source.Span `json:"span"`
}

// Arg returns the argument given by keyword, or else at position pos
// (-1 for keyword only).
func (c *SetupCall) Arg(keyword string, pos int) (*SetupArg, bool) {
	n := 0
	for i := range c.Args {
		a := &c.Args[i]
		if a.Keyword == keyword {
			return a, true
		}
		if a.Keyword == "" {
			if n == pos {
				return a, true
			}
			n++
		}
	}
	return nil, false
}
