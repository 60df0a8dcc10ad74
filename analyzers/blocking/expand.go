package blocking

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// classify is how a call blocks by the built-in tables: by its callee as
// written, else by what the repository's own definitions make of it (a
// client from a factory, a module-level client of another module, a
// subclass of a library client). An awaited call never blocks.
func (r *Result) classify(x *pydefs.Index, c *python.Call) Hit {
	if c.Awaited || c.Callee == "" {
		return Hit{}
	}
	var none Extra
	if b, ok := none.LookupPython(c.Callee); ok {
		return Hit{Family: b.Family, Instead: b.Instead}
	}
	e := x.Expand(c.Callee)
	if e.Callee == c.Callee {
		return Hit{}
	}
	r.expanded[c] = e
	if b, ok := none.LookupPython(e.Callee); ok {
		return expandedHit(b, e)
	}
	return Hit{}
}

func expandedHit(b Blocking, e pydefs.Expansion) Hit {
	return Hit{Family: b.Family, Instead: b.Instead, Name: e.Callee, Via: e.Via}
}

// withExtra applies a rule's extras to a call the tables classified as h:
// an allowed callee, written or expanded, never blocks; a listed one blocks
// when the tables do not say how.
func (v *View) withExtra(c *python.Call, h Hit) Hit {
	if c.Awaited {
		return Hit{}
	}
	e, expanded := v.res.expanded[c]
	if v.extra.Allowed.Match(c.Callee) || expanded && v.extra.Allowed.Match(e.Callee) {
		return Hit{}
	}
	switch {
	case h.Blocks():
		return h
	case c.Callee != "" && v.extra.Blocking.Match(c.Callee):
		return Hit{Family: configB.Family, Instead: configB.Instead}
	case expanded && v.extra.Blocking.Match(e.Callee):
		return expandedHit(configB, e)
	}
	return Hit{}
}

// Origin says, for a call classified through the repository's definitions,
// what the call stands for and where its value came from, each on one line
// and short: "redis.Redis.get, from app.cache.get_cache"; "" for a call that
// blocks as written.
func (h Hit) Origin() string {
	if len(h.Via) == 0 {
		return ""
	}
	return Short(readable(h.Name)) + ", from " + Short(h.Via[0].Name)
}

// readable writes a resolved callee as a reader names the method: without
// the calls, and without a class's alternative constructor
// ("redis.Redis.from_url().get" -> "redis.Redis.get").
func readable(callee string) string {
	parts := strings.Split(callee, "()")
	for i, p := range parts[:len(parts)-1] {
		j := strings.LastIndexByte(p, '.')
		if j <= 0 || p[j+1:] == "" || !isLower(p[j+1]) {
			continue
		}
		k := strings.LastIndexByte(p[:j], '.')
		if !isUpper(p[k+1]) {
			continue
		}
		parts[i] = p[:j] // a classmethod constructor of the class before it
	}
	// A path joined with / is still a path: "pathlib.Path/.exists".
	return strings.ReplaceAll(strings.Join(parts, ""), "/.", ".")
}

func isLower(b byte) bool { return b >= 'a' && b <= 'z' }
func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// ViaRelated are the definitions followed, as related locations: each
// names the definition and shows its line.
func (h Hit) ViaRelated(set *source.Set) []analysis.RelatedInformation {
	return OriginsRelated(set, h.Via)
}

// OriginsRelated are definitions an expansion followed, as related
// locations.
func OriginsRelated(set *source.Set, via []pydefs.Origin) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, o := range via {
		f := set.File(o.Path)
		if f == nil {
			continue
		}
		out = append(out, analysis.RelatedInformation{
			Pos: f.Pos(o.Span.Start), End: f.Pos(o.Span.End),
			Message: o.Name + ": " + o.Text,
		})
	}
	return out
}
