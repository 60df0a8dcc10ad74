package all_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/all"
)

// sections every rule's doc has, in this order, as level-2 headings.
var sections = []string{"What it does", "Why is this bad?", "Example", "Use instead", "Options"}

// headings are the level-2 headings of a Markdown doc outside fenced code.
func headings(doc string) []string {
	var out []string
	fenced := false
	for _, line := range strings.Split(doc, "\n") {
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
		}
		if h, ok := strings.CutPrefix(line, "## "); ok && !fenced {
			out = append(out, strings.TrimSpace(h))
		}
	}
	return out
}

// section is the text under a level-2 heading, up to the next one.
func section(doc, name string) string {
	_, rest, ok := strings.Cut(doc, "\n## "+name+"\n")
	if !ok && strings.HasPrefix(doc, "## "+name+"\n") {
		rest, ok = strings.CutPrefix(doc, "## "+name+"\n")
	}
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// documented matches an option's bullet in the Options section:
// "- `extra-blocking` (list of strings): ...".
var documented = regexp.MustCompile("(?m)^- `([a-z0-9-]+)` \\(([a-z ]+)\\)")

func TestDocs(t *testing.T) {
	for _, r := range all.Rules {
		hs := headings(r.Doc)
		at := -1
		for _, s := range sections {
			i := slices.Index(hs, s)
			if i < 0 {
				t.Errorf("%s: doc has no section %q", r.Code, s)
			} else if i < at {
				t.Errorf("%s: section %q is out of order (want %q)", r.Code, s, sections)
			}
			at = max(at, i)
		}
		checkOptions(t, r)
	}
}

// checkOptions: each declared option is documented with its type in the
// Options section, each documented one is declared, and a rule without
// options says so.
func checkOptions(t *testing.T, r *rules.Rule) {
	text := section(r.Doc, "Options")
	seen := map[string]string{}
	for _, m := range documented.FindAllStringSubmatch(text, -1) {
		seen[m[1]] = m[2]
	}
	for _, o := range r.Options {
		phrase, ok := seen[o.Name]
		switch {
		case !ok:
			t.Errorf("%s: option %q is not documented in Options as \"- `%s` (%s): ...\"", r.Code, o.Name, o.Name, o.Type.Phrase())
		case phrase != o.Type.Phrase():
			t.Errorf("%s: option %q is documented as (%s), declared %s", r.Code, o.Name, phrase, o.Type.Phrase())
		}
		delete(seen, o.Name)
	}
	for name := range seen {
		t.Errorf("%s: Options documents %q, which the rule does not declare", r.Code, name)
	}
	if len(r.Options) == 0 && !strings.HasPrefix(strings.TrimSpace(text), "None") {
		t.Errorf("%s: a rule without options says \"None.\" under Options", r.Code)
	}
}

// TestMetadata: what rules.New cannot check alone.
func TestMetadata(t *testing.T) {
	codes, names := map[string]bool{}, map[string]bool{}
	for _, r := range all.Rules {
		if codes[r.Code] || names[r.Name] {
			t.Errorf("%s %s: code or name used twice", r.Code, r.Name)
		}
		codes[r.Code], names[r.Name] = true, true
		if !slices.Contains([]rules.Precision{rules.VeryHigh, rules.High, rules.Medium, rules.Low}, r.Precision) {
			t.Errorf("%s: precision %q", r.Code, r.Precision)
		}
		for _, o := range r.Options {
			if o.Name == "" || o.Doc == "" {
				t.Errorf("%s: option %+v needs a name and a doc", r.Code, o)
			}
		}
	}
}
