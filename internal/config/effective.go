package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/covet-lint/covet-lint/internal/selection"
	"github.com/covet-lint/covet-lint/rules"
)

// CLI is what the command line says about the same settings.
type CLI struct {
	// Select replaces the configured select when SelectSet.
	Select    []string
	SelectSet bool
	// ExtendSelect and Ignore add to the configured lists.
	ExtendSelect, Ignore []string
	// FailOn, when not "", replaces the configured fail-on.
	FailOn string
}

// WithCLI returns the effective settings: c with the command line applied.
func (c *Config) WithCLI(cli CLI) *Config {
	e := *c
	if cli.SelectSet {
		e.Select = append([]string{}, cli.Select...)
	}
	e.ExtendSelect = append(append([]string(nil), c.ExtendSelect...), cli.ExtendSelect...)
	e.Ignore = append(append([]string(nil), c.Ignore...), cli.Ignore...)
	if cli.FailOn != "" {
		e.FailOn = cli.FailOn
	}
	return &e
}

// Lists are the selectors for internal/selection.
func (c *Config) Lists() selection.Lists {
	return selection.Lists{Select: c.Select, ExtendSelect: c.ExtendSelect, Ignore: c.Ignore}
}

// Enabled is the rules that run: selected, and not set to level off.
func (c *Config) Enabled(known []*rules.Rule) ([]*rules.Rule, error) {
	sel, err := selection.Enabled(known, c.Lists())
	if err != nil {
		return nil, err
	}
	out := sel[:0:0]
	for _, r := range sel {
		if c.Levels[r.Code] != rules.Off {
			out = append(out, r)
		}
	}
	return out, nil
}

// FileIgnores returns whether per-file-ignores drop rule r's findings in
// the root-relative path p; root is the project root.
func (c *Config) FileIgnores(root string) func(p string, r *rules.Rule) bool {
	if len(c.PerFileIgnores) == 0 {
		return nil
	}
	return func(p string, r *rules.Rule) bool {
		rel, ok := c.Rel(root, p)
		if !ok {
			return false
		}
		for _, pfi := range c.PerFileIgnores {
			if !MatchGlob(pfi.Glob, rel) {
				continue
			}
			for _, s := range pfi.Rules {
				if selection.Specificity(s, r) >= 0 {
					return true
				}
			}
		}
		return false
	}
}

// DiscoveryGlobs returns include and exclude relative to the project root
// rather than to the configuration's folder. When the configuration lies
// above the root, a pattern keeps only what can match under the root; one
// that cannot is dropped. When it lies elsewhere, nothing matches and both
// are empty.
func (c *Config) DiscoveryGlobs(root string) (include, exclude []string) {
	rebase := func(globs []string) []string {
		if c.Dir == "" {
			return globs
		}
		trimmed := make([]string, len(globs))
		for i, g := range globs {
			trimmed[i] = strings.TrimPrefix(g, "./")
		}
		globs = trimmed
		dir, err1 := filepath.Abs(c.Dir)
		absRoot, err2 := filepath.Abs(root)
		if err1 != nil || err2 != nil {
			return nil
		}
		var out []string
		if rel, err := filepath.Rel(dir, absRoot); err == nil && rel == "." {
			return globs
		} else if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			// The root is below the configuration: strip its folder.
			pre := filepath.ToSlash(rel) + "/"
			for _, g := range globs {
				switch {
				case strings.HasPrefix(g, pre):
					out = append(out, strings.TrimPrefix(g, pre))
				case strings.HasPrefix(g, "**/"):
					out = append(out, g)
				case !strings.Contains(g, "/"):
					out = append(out, g) // base-name globs apply anywhere
				}
			}
			return out
		}
		if rel, err := filepath.Rel(absRoot, dir); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			// Keep each pattern's meaning below the config's folder: a
			// pattern without a slash matches a name at any depth, and a
			// trailing slash (folders only) must survive.
			dir := filepath.ToSlash(rel) + "/"
			for _, g := range globs {
				if !strings.Contains(strings.TrimSuffix(g, "/"), "/") {
					g = "**/" + g
				}
				out = append(out, dir+g)
			}
			return out
		}
		return nil
	}
	return rebase(c.Include), rebase(c.Exclude)
}

// Encode writes the settings as the top level of a .covet-lint.toml, keys in
// a fixed order, so `covet-lint config` output can be pasted back.
func (c *Config) Encode(w io.Writer) error {
	var b bytes.Buffer
	if c.Select == nil {
		b.WriteString("# select is not set: the rules marked default run\n")
	} else {
		fmt.Fprintf(&b, "select = %s\n", tomlList(c.Select))
	}
	fmt.Fprintf(&b, "extend-select = %s\n", tomlList(c.ExtendSelect))
	fmt.Fprintf(&b, "ignore = %s\n", tomlList(c.Ignore))
	fmt.Fprintf(&b, "include = %s\n", tomlList(c.Include))
	fmt.Fprintf(&b, "exclude = %s\n", tomlList(c.Exclude))
	fmt.Fprintf(&b, "respect-gitignore = %v\n", c.RespectGitignore == nil || *c.RespectGitignore)
	failOn := c.FailOn
	if failOn == "" {
		failOn = "warning"
	}
	fmt.Fprintf(&b, "fail-on = %s\n", tomlString(failOn))
	b.WriteString("\n[per-file-ignores]\n")
	for _, p := range c.PerFileIgnores {
		fmt.Fprintf(&b, "%s = %s\n", tomlKey(p.Glob), tomlList(p.Rules))
	}
	b.WriteString("\n[levels]\n")
	codes := make([]string, 0, len(c.Levels))
	for code := range c.Levels {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		fmt.Fprintf(&b, "%s = %s\n", tomlKey(code), tomlString(string(c.Levels[code])))
	}
	names := make([]string, 0, len(c.Options))
	for n := range c.Options {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "\n[options.%s]\n", tomlKey(n))
		keys := make([]string, 0, len(c.Options[n]))
		for k := range c.Options[n] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s = %s\n", tomlKey(k), tomlValue(c.Options[n][k]))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// tomlString is a TOML basic string: JSON's escapes are all valid TOML.
func tomlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func tomlKey(k string) string {
	if bareKey(k) {
		return k
	}
	return tomlString(k)
}

func tomlList(ss []string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = tomlString(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func tomlValue(v any) string {
	switch v := v.(type) {
	case string:
		return tomlString(v)
	case []string:
		return tomlList(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	}
	return tomlString(fmt.Sprint(v))
}
