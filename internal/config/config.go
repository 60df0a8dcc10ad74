// Package config reads covet-lint's configuration: the [tool.covet-lint]
// table of the project root's pyproject.toml, or the same keys at the top of
// .covet-lint.toml (which wins when both are in the root), or a file given
// with --config. Every problem names the file, the line and the key, so the
// CLI can exit 2 with a message a user can act on.
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/pelletier/go-toml/v2"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/internal/selection"
	"github.com/covet-lint/covet-lint/rules"
)

// File names looked for in the project root, the first found wins.
const (
	DotFile   = ".covet-lint.toml"
	Pyproject = "pyproject.toml"
)

// PerFileIgnore is one entry of [per-file-ignores]: rules not reported in
// files matching Glob.
type PerFileIgnore struct {
	Glob  string
	Rules []string // codes, prefixes or names
}

// Config is one configuration file's settings. The zero Config is "no
// configuration": defaults everywhere.
type Config struct {
	// File is the file read, "" when there was none.
	File string
	// Dir is the folder globs are relative to: the file's folder.
	Dir string

	// Select is nil when the file does not set it (the default rules run).
	Select       []string
	ExtendSelect []string
	Ignore       []string
	Include      []string
	Exclude      []string
	// FailOn is error, warning, note, never or "" (unset).
	FailOn string
	// RespectGitignore is nil when unset (true: .gitignore files are read).
	RespectGitignore *bool
	PerFileIgnores   []PerFileIgnore
	// Levels maps rule codes (names are resolved) to levels.
	Levels map[string]rules.Level
	// Options maps a rule's name to its option values: string, bool, int64
	// or []string, as the rule declares in Meta.Options.
	Options options.Values
}

// Error is one problem with a configuration file.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
}

// Errors is every problem found in one file, by line.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Find returns the configuration file of the project rooted at root, or ""
// when it has none. .covet-lint.toml wins over pyproject.toml; a pyproject
// without [tool.covet-lint] is still returned (it contributes nothing).
func Find(root string) string {
	for _, name := range []string{DotFile, Pyproject} {
		p := filepath.Join(root, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// Load reads the configuration file at p against the known rules. A file
// named pyproject.toml is read from its [tool.covet-lint] table; any other
// from its top level.
func Load(p string, known []*rules.Rule) (*Config, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &Error{File: p, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	return Parse(p, data, filepath.Base(p) == Pyproject, known)
}

// Parse reads a configuration from data; name is the file's path for
// messages and for the folder globs are relative to. In a pyproject the
// settings are under [tool.covet-lint].
func Parse(name string, data []byte, pyproject bool, known []*rules.Rule) (*Config, error) {
	c := &Config{File: name, Dir: filepath.Dir(name)}
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, _ := de.Position()
			return nil, Errors{{File: name, Line: line, Key: strings.Join(de.Key(), "."), Msg: "invalid TOML: " + firstLine(de.Error())}}
		}
		return nil, Errors{{File: name, Line: 1, Msg: "invalid TOML: " + err.Error()}}
	}
	lines := keyLines(data)
	var prefix []string
	table := doc
	if pyproject {
		prefix = []string{"tool", "covet-lint"}
		tool, _ := doc["tool"].(map[string]any)
		t, ok := tool["covet-lint"]
		if !ok {
			return &Config{Dir: c.Dir}, nil // contributes nothing
		}
		if table, ok = t.(map[string]any); !ok {
			return nil, Errors{{File: name, Line: lines.line(prefix), Key: "tool.covet-lint", Msg: "must be a table"}}
		}
	}
	v := &validator{c: c, known: known, lines: lines, file: name}
	v.read(prefix, table)
	if len(v.errs) > 0 {
		sort.SliceStable(v.errs, func(i, j int) bool { return v.errs[i].Line < v.errs[j].Line })
		return nil, v.errs
	}
	return c, nil
}

type validator struct {
	c     *Config
	known []*rules.Rule
	lines lineIndex
	file  string
	errs  Errors
}

func (v *validator) fail(keyPath []string, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: v.lines.line(keyPath), Key: dotted(keyPath), Msg: fmt.Sprintf(format, args...)})
}

// Keys are the keys of the table, for messages and `covet-lint config`.
var Keys = []string{"select", "extend-select", "ignore", "include", "exclude", "respect-gitignore", "fail-on", "per-file-ignores", "levels", "options"}

func (v *validator) read(prefix []string, t map[string]any) {
	for _, k := range sortedKeys(t) {
		kp := appendKey(prefix, k)
		val := t[k]
		switch k {
		case "select":
			v.c.Select = v.selectors(kp, val)
			if v.c.Select == nil {
				v.c.Select = []string{}
			}
		case "extend-select":
			v.c.ExtendSelect = v.selectors(kp, val)
		case "ignore":
			v.c.Ignore = v.selectors(kp, val)
		case "include":
			v.c.Include = v.globs(kp, val)
		case "exclude":
			v.c.Exclude = v.globs(kp, val)
		case "respect-gitignore":
			b, ok := val.(bool)
			if !ok {
				v.fail(kp, "must be true or false")
				break
			}
			v.c.RespectGitignore = &b
		case "fail-on":
			s, ok := val.(string)
			switch {
			case !ok:
				v.fail(kp, "must be a string: error, warning, note or never")
			case s == "error" || s == "warning" || s == "note" || s == "never":
				v.c.FailOn = s
			default:
				v.fail(kp, "%q is not error, warning, note or never", s)
			}
		case "per-file-ignores":
			v.perFileIgnores(kp, val)
		case "levels":
			v.levels(kp, val)
		case "options":
			v.options(kp, val)
		default:
			v.fail(kp, "unknown key (known: %s)", strings.Join(Keys, ", "))
		}
	}
}

// strings reads an array of strings; ok is false after an error.
func (v *validator) strings(kp []string, val any) ([]string, bool) {
	arr, ok := val.([]any)
	if !ok {
		v.fail(kp, "must be an array of strings")
		return nil, false
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			v.fail(appendKey(kp, index(i)), "must be a string")
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

func (v *validator) selectors(kp []string, val any) []string {
	ss, ok := v.strings(kp, val)
	if !ok {
		return nil
	}
	for i, s := range ss {
		if err := selection.Check(v.known, []string{s}); err != nil {
			v.fail(appendKey(kp, index(i)), "%v", err)
		}
	}
	return ss
}

func (v *validator) globs(kp []string, val any) []string {
	ss, ok := v.strings(kp, val)
	if !ok {
		return nil
	}
	for i, s := range ss {
		if err := CheckGlob(s); err != nil {
			v.fail(appendKey(kp, index(i)), "%v", err)
		}
	}
	return ss
}

// CheckGlob rejects a pattern discovery cannot use: invalid doublestar
// syntax, absolute, empty or leaving the folder. per-file-ignores follow
// the same rules as include and exclude.
func CheckGlob(g string) error { return discover.ValidateGlob(g) }

func (v *validator) perFileIgnores(kp []string, val any) {
	t, ok := val.(map[string]any)
	if !ok {
		v.fail(kp, "must be a table of glob = [rules]")
		return
	}
	for _, g := range sortedKeys(t) {
		gp := appendKey(kp, g)
		if err := CheckGlob(g); err != nil {
			v.fail(gp, "%v", err)
			continue
		}
		if sels := v.selectors(gp, t[g]); sels != nil {
			v.c.PerFileIgnores = append(v.c.PerFileIgnores, PerFileIgnore{Glob: g, Rules: sels})
		}
	}
}

func (v *validator) levels(kp []string, val any) {
	t, ok := val.(map[string]any)
	if !ok {
		v.fail(kp, "must be a table of rule = level")
		return
	}
	for _, k := range sortedKeys(t) {
		lp := appendKey(kp, k)
		r := find(v.known, k)
		if r == nil {
			v.fail(lp, "unknown rule %q (levels take a code or a name)", k)
			continue
		}
		s, _ := t[k].(string)
		l, err := rules.ParseLevel(s)
		if err != nil {
			v.fail(lp, "%v", levelErr(t[k]))
			continue
		}
		if v.c.Levels == nil {
			v.c.Levels = map[string]rules.Level{}
		}
		v.c.Levels[r.Code] = l
	}
}

func levelErr(val any) error {
	if s, ok := val.(string); ok {
		return fmt.Errorf("%q is not error, warning, note or off", s)
	}
	return fmt.Errorf("must be a string: error, warning, note or off")
}

func (v *validator) options(kp []string, val any) {
	t, ok := val.(map[string]any)
	if !ok {
		v.fail(kp, "must be a table of [options.<rule-name>] tables")
		return
	}
	for _, name := range sortedKeys(t) {
		rp := appendKey(kp, name)
		r := find(v.known, name)
		if r == nil {
			v.fail(rp, "unknown rule %q", name)
			continue
		}
		if r.Name != name {
			v.fail(rp, "options are keyed by rule name: use %q", r.Name)
			continue
		}
		opts, ok := t[name].(map[string]any)
		if !ok {
			v.fail(rp, "must be a table")
			continue
		}
		for _, key := range sortedKeys(opts) {
			v.option(appendKey(rp, key), r, key, opts[key])
		}
	}
}

func (v *validator) option(kp []string, r *rules.Rule, key string, val any) {
	var decl *rules.Option
	var names []string
	for i := range r.Options {
		names = append(names, r.Options[i].Name)
		if r.Options[i].Name == key {
			decl = &r.Options[i]
		}
	}
	if decl == nil {
		known := "it has none"
		if len(names) > 0 {
			known = "known: " + strings.Join(names, ", ")
		}
		v.fail(kp, "unknown option of %s (%s)", r.Name, known)
		return
	}
	var out any
	switch decl.Type {
	case options.TypeString:
		s, ok := val.(string)
		if !ok {
			v.fail(kp, "must be a string")
			return
		}
		out = s
	case options.TypeBool:
		b, ok := val.(bool)
		if !ok {
			v.fail(kp, "must be true or false")
			return
		}
		out = b
	case options.TypeInt:
		n, ok := val.(int64)
		if !ok {
			v.fail(kp, "must be an integer")
			return
		}
		out = n
	case options.TypeList:
		ss, ok := v.strings(kp, val)
		if !ok {
			return
		}
		out = ss
	default:
		v.fail(kp, "rule declares unknown option type %q", decl.Type)
		return
	}
	if v.c.Options == nil {
		v.c.Options = options.Values{}
	}
	if v.c.Options[r.Name] == nil {
		v.c.Options[r.Name] = map[string]any{}
	}
	v.c.Options[r.Name][key] = out
}

// find returns the rule with this exact code (any case) or name.
func find(known []*rules.Rule, s string) *rules.Rule {
	for _, r := range known {
		if strings.EqualFold(r.Code, s) || r.Name == s {
			return r
		}
	}
	return nil
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func appendKey(kp []string, k string) []string {
	return append(append(make([]string, 0, len(kp)+1), kp...), k)
}

// index is the path element of an array's i-th element.
func index(i int) string { return fmt.Sprintf("[%d]", i) }

// dotted writes a key path the way TOML does, quoting keys that need it and
// attaching array indexes.
func dotted(kp []string) string {
	var b strings.Builder
	for i, k := range kp {
		if strings.HasPrefix(k, "[") {
			b.WriteString(k)
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		if bareKey(k) {
			b.WriteString(k)
		} else {
			fmt.Fprintf(&b, "%q", k)
		}
	}
	return b.String()
}

func bareKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Rel returns p (slash-separated, relative to root) relative to the
// configuration's folder, and false when it lies outside it.
func (c *Config) Rel(root, p string) (string, bool) {
	if c.Dir == "" {
		return p, true
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return "", false
	}
	abs, err := filepath.Abs(filepath.Join(root, filepath.FromSlash(p)))
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", false
	}
	return rel, true
}

// MatchGlob matches a configured glob against a file's path relative to
// the configuration's folder, the way discovery matches exclude: a glob
// without a slash also matches the base name, so "test_*.py" applies in
// every folder; a glob matching a folder covers everything inside it.
func MatchGlob(glob, rel string) bool {
	g := strings.TrimPrefix(glob, "./")
	dirOnly := strings.HasSuffix(g, "/")
	g = strings.TrimSuffix(g, "/")
	match := func(p string) bool {
		if !strings.Contains(g, "/") {
			p = path.Base(p)
		}
		ok, _ := doublestar.Match(g, p)
		return ok
	}
	if !dirOnly && match(rel) {
		return true
	}
	for dir := path.Dir(rel); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if match(dir) {
			return true
		}
	}
	return false
}
