package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/all"
)

// runRules lists every rule: `covet-lint rules [--format json]`.
func runRules(args []string, env Env) (int, error) {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(env.Stdout, "Usage: covet-lint rules [--format text|json]")
		return ExitClean, nil
	} else if err != nil {
		return 0, usagef("rules: %v", err)
	}
	if fs.NArg() > 0 {
		return 0, usagef("rules takes no arguments (did you mean covet-lint check %s?)", fs.Arg(0))
	}
	switch *format {
	case "text":
		return ExitClean, listRules(env.Stdout, all.Rules)
	case "json":
		return ExitClean, listRulesJSON(env.Stdout, all.Rules)
	}
	return 0, usagef("rules --format: %q is not text or json", *format)
}

func langs(r *rules.Rule) string {
	ls := make([]string, len(r.Languages))
	for i, l := range r.Languages {
		ls[i] = string(l)
	}
	return strings.Join(ls, ",")
}

func listRules(w io.Writer, rs []*rules.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tLANGUAGES\tLEVEL\tDEFAULT\tTITLE")
	for _, r := range rs {
		on := "on"
		if !r.Default {
			on = "opt-in"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, langs(r), r.Level, on, r.Title)
	}
	return tw.Flush()
}

type ruleJSON struct {
	Code      string          `json:"code"`
	Name      string          `json:"name"`
	Title     string          `json:"title"`
	Languages []string        `json:"languages"`
	Level     rules.Level     `json:"level"`
	Default   bool            `json:"default"`
	Tags      []string        `json:"tags"`
	Precision rules.Precision `json:"precision"`
	Options   []rules.Option  `json:"options"`
	URL       string          `json:"url"`
}

func listRulesJSON(w io.Writer, rs []*rules.Rule) error {
	out := make([]ruleJSON, 0, len(rs))
	for _, r := range rs {
		j := ruleJSON{Code: r.Code, Name: r.Name, Title: r.Title, Languages: []string{}, Level: r.Level, Default: r.Default,
			Tags: append([]string{}, r.Tags...), Precision: r.Precision, Options: append([]rules.Option{}, r.Options...), URL: rules.DocURL(r.Code)}
		for _, l := range r.Languages {
			j.Languages = append(j.Languages, string(l))
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// runRule prints one rule's page, or with --docs DIR writes every page and
// an index (how docs/rules is generated).
func runRule(args []string, env Env) (int, error) {
	fs := flag.NewFlagSet("rule", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	docs := fs.String("docs", "", "write docs/rules pages for every rule into `DIR`")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(env.Stdout, "Usage: covet-lint rule CODE|NAME\n       covet-lint rule --docs DIR   (write docs/rules)")
		return ExitClean, nil
	} else if err != nil {
		return 0, usagef("rule: %v", err)
	}
	if *docs != "" {
		if fs.NArg() > 0 {
			return 0, usagef("rule --docs takes no rule")
		}
		dir := *docs
		if !filepath.IsAbs(dir) && env.Dir != "" {
			dir = filepath.Join(env.Dir, dir)
		}
		return ExitClean, WriteDocs(dir, all.Rules)
	}
	if fs.NArg() != 1 {
		return 0, usagef("usage: covet-lint rule CODE|NAME (see covet-lint rules)")
	}
	r := all.Find(fs.Arg(0))
	if r == nil {
		return 0, usagef("rule: unknown rule %q (see covet-lint rules)", fs.Arg(0))
	}
	_, err := io.WriteString(env.Stdout, RulePage(r))
	return ExitClean, err
}

// RulePage is a rule's documentation in Markdown: what `covet-lint rule`
// prints and docs/rules/<CODE>.md holds.
func RulePage(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n%s.\n\n", r.Code, r.Name, r.Title)
	on := "yes"
	if !r.Default {
		on = "no (select it)"
	}
	fmt.Fprintf(&b, "| Code | Name | Languages | Default level | On by default | Precision | Tags |\n")
	fmt.Fprintf(&b, "|---|---|---|---|---|---|---|\n")
	fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s | %s | %s |\n\n", r.Code, r.Name, strings.ReplaceAll(langs(r), ",", ", "), r.Level, on, r.Precision, strings.Join(r.Tags, ", "))
	b.WriteString(strings.TrimSpace(r.Doc))
	b.WriteString("\n")
	if len(r.Options) > 0 {
		fmt.Fprintf(&b, "\n## Configuration\n\nUnder `[tool.covet-lint.options.%s]`:\n\n| Key | Type | Meaning |\n|---|---|---|\n", r.Name)
		for _, o := range r.Options {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", o.Name, o.Type.Phrase(), strings.ReplaceAll(o.Doc, "|", `\|`))
		}
	}
	fmt.Fprintf(&b, "\nSilence one place with `# noqa: %s` or `# covet-lint: ignore[%s] reason` (see CVT001 for where a suppression applies).\n", r.Code, r.Code)
	return b.String()
}

// DocsIndex is docs/rules/README.md.
func DocsIndex(rs []*rules.Rule) string {
	var b strings.Builder
	b.WriteString("# Rules\n\nGenerated by `covet-lint rule --docs docs/rules` (`go generate ./internal/cli`); do not edit.\n\n")
	b.WriteString("| Code | Name | Languages | Default level | On by default | Title |\n|---|---|---|---|---|---|\n")
	for _, r := range rs {
		on := "yes"
		if !r.Default {
			on = "no"
		}
		fmt.Fprintf(&b, "| [%s](%s.md) | `%s` | %s | %s | %s | %s |\n", r.Code, r.Code, r.Name, strings.ReplaceAll(langs(r), ",", ", "), r.Level, on, r.Title)
	}
	return b.String()
}

// DocPages is every generated file of docs/rules by name.
func DocPages(rs []*rules.Rule) map[string][]byte {
	out := map[string][]byte{"README.md": []byte(DocsIndex(rs))}
	for _, r := range rs {
		out[r.Code+".md"] = []byte(RulePage(r))
	}
	return out
}

// WriteDocs writes DocPages into dir and removes stale pages of rules that
// no longer exist.
func WriteDocs(dir string, rs []*rules.Rule) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	pages := DocPages(rs)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if _, ok := pages[e.Name()]; !ok && strings.HasSuffix(e.Name(), ".md") {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), pages[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// runConfig prints the effective settings: the configuration file with the
// command line applied, in TOML.
func runConfig(args []string, env Env) (int, error) {
	f, paths, err := parseFlags(args, env)
	if errors.Is(err, errHelp) {
		return ExitClean, nil
	}
	if err != nil {
		return 0, err
	}
	s, err := resolve(f, paths, env)
	if err != nil {
		return 0, err
	}
	var b bytes.Buffer
	if s.cfg.File == "" {
		b.WriteString("# no configuration file: defaults\n")
	} else {
		where := ""
		if filepath.Base(s.cfg.File) == "pyproject.toml" {
			where = " [tool.covet-lint]"
		}
		fmt.Fprintf(&b, "# from %s%s, with the command line applied\n", displayAbs(s.cwd, s.cfg.File), where)
	}
	fmt.Fprintf(&b, "# project root: %s\n", displayAbs(s.cwd, s.root))
	codes := make([]string, len(s.enabled))
	for i, r := range s.enabled {
		codes[i] = r.Code
	}
	fmt.Fprintf(&b, "# rules that run: %s\n\n", strings.Join(codes, ", "))
	if err := s.cfg.Encode(&b); err != nil {
		return 0, err
	}
	_, err = env.Stdout.Write(b.Bytes())
	return ExitClean, err
}

func displayAbs(cwd, p string) string {
	if rel, err := filepath.Rel(cwd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return p
}

type statJSON struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// writeStatistics prints how many findings each rule has, most first, like
// `ruff --statistics`.
func writeStatistics(w io.Writer, rep *check.Report, format string) error {
	counts := map[string]*statJSON{}
	for _, f := range rep.Findings {
		if counts[f.Code] == nil {
			counts[f.Code] = &statJSON{Code: f.Code, Name: f.Name}
		}
		counts[f.Code].Count++
	}
	out := make([]statJSON, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Code < out[j].Code
	})
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	width := 1
	if len(out) > 0 {
		width = len(fmt.Sprint(out[0].Count))
	}
	var b strings.Builder
	for _, c := range out {
		fmt.Fprintf(&b, "%*d  %-7s %s\n", width, c.Count, c.Code, c.Name)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
