// Package cli is covet-lint's command line: subcommands, flags, exit codes.
// cmd/covet-lint only calls Main.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/output"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/all"
)

// Exit codes.
const (
	ExitClean    = 0 // nothing at or above the failing level
	ExitFindings = 1 // findings at or above it
	ExitUsage    = 2 // usage or configuration error; nothing scanned
	ExitInternal = 3 // a rule panicked or output could not be written
)

// Env is what Main needs from the process, so tests can run it in-process.
type Env struct {
	Stdout, Stderr io.Writer
	// Getenv reads the environment (NO_COLOR).
	Getenv func(string) string
	// IsTerminal tells whether Stdout is a terminal (for colour).
	IsTerminal bool
	// Dir is the working folder; "" means the process's.
	Dir string
	// Rules are the rules a scan knows; nil means every shipped rule.
	// Tests set it to add a rule that fails on purpose.
	Rules []*rules.Rule
}

func (e Env) rules() []*rules.Rule {
	if e.Rules == nil {
		return all.Rules
	}
	return e.Rules
}

// usageError is a problem with the command line or configuration: exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// subcommands are recognised only as the first argument; `check rules`
// or `./rules` scans a folder of that name.
var subcommands = map[string]func([]string, Env) (int, error){
	"check":   runCheck,
	"rules":   runRules,
	"rule":    runRule,
	"config":  runConfig,
	"version": runVersion,
}

// Main runs covet-lint with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if env.Stdout == nil {
		env.Stdout = io.Discard
	}
	if env.Stderr == nil {
		env.Stderr = io.Discard
	}
	run := runCheck
	if len(args) > 0 {
		if sub, ok := subcommands[args[0]]; ok {
			run, args = sub, args[1:]
		} else if args[0] == "help" {
			fmt.Fprint(env.Stdout, usage)
			return ExitClean
		}
	}
	code, err := run(args, env)
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(env.Stderr, "covet-lint: %v\n", err)
			return ExitUsage
		}
		fmt.Fprintf(env.Stderr, "covet-lint: internal error: %v\n", err)
		return ExitInternal
	}
	return code
}

const usage = `covet-lint: find faked benchmarks, blocking async code, leaked connections
and unbuildable native extensions in Python/Rust repositories, statically.

Usage:
  covet-lint [check] [flags] [PATH...]   scan (default: the current folder)
  covet-lint rules [--format json]       list the rules
  covet-lint rule CODE|NAME              print a rule's documentation
  covet-lint config [flags] [PATH...]    print the effective settings as TOML
  covet-lint version                     print the version

Configuration: [tool.covet-lint] in the project root's pyproject.toml, or the
same keys in .covet-lint.toml (which wins), or --config FILE.
Suppression: # noqa: CVT201, # covet-lint: ignore[CVT201] reason,
// covet-lint: ignore[...] in Rust, <!-- covet-lint: ignore[...] --> in Markdown.

Flags of check and config:
`

func runVersion(args []string, env Env) (int, error) {
	if len(args) > 0 {
		return 0, usagef("version takes no arguments")
	}
	fmt.Fprintln(env.Stdout, "covet-lint", Version())
	return ExitClean, nil
}

func runCheck(args []string, env Env) (int, error) {
	f, paths, err := parseFlags(args, env)
	if errors.Is(err, errHelp) {
		return ExitClean, nil
	}
	if err != nil {
		return 0, err
	}
	if f.version {
		fmt.Fprintln(env.Stdout, "covet-lint", Version())
		return ExitClean, nil
	}
	switch f.format {
	case "text", "sarif", "json", "github":
	default:
		return 0, usagef("--format: %q is not text, json, sarif or github", f.format)
	}
	if f.statistics && f.format != "text" && f.format != "json" {
		return 0, usagef("--statistics works with --format text or json")
	}
	s, err := resolve(f, paths, env)
	if err != nil {
		return 0, err
	}
	failOn := rules.Level(s.cfg.FailOn)
	if failOn == "" {
		failOn = rules.Warning
	}
	include, exclude := s.cfg.DiscoveryGlobs(s.root)
	start := time.Now()
	rep, err := check.Run(check.Options{
		Root: s.root, Rules: s.enabled, Known: s.known, Levels: s.cfg.Levels,
		Jobs: f.jobs, MaxFileSize: f.maxFileSize, FileTimeout: f.fileTimeout, Only: s.only,
		Include: include, Exclude: exclude, NoGitignore: s.cfg.RespectGitignore != nil && !*s.cfg.RespectGitignore,
		FileIgnores: s.cfg.FileIgnores(s.root), RuleOptions: s.cfg.Options,
	})
	if err != nil {
		return 0, usagef("%v", err)
	}
	outStart := time.Now()
	werr := write(f, rep, s, env)
	rep.Timings = append(rep.Timings, check.Timing{Phase: "output", Duration: time.Since(outStart)})

	notes := 0
	for _, w := range rep.Warnings {
		label := "warning"
		if w.Kind.IsNote() {
			notes++
			if !f.verbose {
				continue
			}
			label = "note"
		}
		fmt.Fprintf(env.Stderr, "%s: %s: %s\n", label, output.Escape(displayPath(s.root, s.cwd, w.Path)), output.Escape(w.Message))
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(env.Stderr, "covet-lint: internal error: %s\n", output.Escape(e))
	}
	if f.timings {
		printTimings(env.Stderr, rep)
	}
	if !f.quiet {
		parsed := ""
		if notes > 0 && !f.verbose {
			parsed = ", " + count(notes, "file") + " parsed with errors (--verbose lists them)"
		} else if notes > 0 {
			parsed = ", " + count(notes, "file") + " parsed with errors"
		}
		fmt.Fprintf(env.Stderr, "covet-lint: %s, %s%s, %.2fs\n", count(rep.Files(), "file"), count(len(rep.Findings), "finding"), parsed, time.Since(start).Seconds())
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "covet-lint: cannot write output: %v\n", werr)
		return ExitInternal, nil
	}
	if len(rep.Errors) > 0 {
		return ExitInternal, nil
	}
	if f.exitZero || failOn == "never" {
		return ExitClean, nil
	}
	for _, fd := range rep.Findings {
		if fd.Level.Rank() >= failOn.Rank() {
			return ExitFindings, nil
		}
	}
	return ExitClean, nil
}

func write(f *flags, rep *check.Report, s *settings, env Env) error {
	w := env.Stdout
	var file *os.File
	if f.output != "" {
		p := f.output
		if !filepath.IsAbs(p) {
			p = filepath.Join(s.cwd, p)
		}
		var err error
		if file, err = os.Create(p); err != nil {
			return err
		}
		w = file
	}
	display := func(rel string) string { return displayPath(s.root, s.cwd, rel) }
	var err error
	switch {
	case f.statistics:
		err = writeStatistics(w, rep, f.format)
	case f.format == "text":
		color := env.IsTerminal && file == nil && !f.noColor && env.Getenv("NO_COLOR") == ""
		err = output.Text(w, rep, output.TextOptions{Color: color, Display: display})
	case f.format == "sarif":
		err = output.SARIF(w, rep, output.SARIFOptions{Version: Version(), Rules: s.enabled, Category: f.sarifCategory, Levels: s.cfg.Levels})
	case f.format == "json":
		err = output.JSON(w, rep)
	case f.format == "github":
		err = output.GitHub(w, rep, func(rel string) string { return filepath.ToSlash(display(rel)) })
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// displayPath shows a root-relative path relative to the working folder.
func displayPath(root, cwd, rel string) string {
	abs := filepath.Join(root, filepath.FromSlash(rel))
	if r, err := filepath.Rel(cwd, abs); err == nil {
		return r
	}
	return abs
}

func printTimings(w io.Writer, rep *check.Report) {
	for _, t := range rep.Timings {
		fmt.Fprintf(w, "timing: %-28s %8.3fs\n", t.Phase, t.Duration.Seconds())
	}
	for _, lang := range sortedLangs(rep) {
		s := rep.Langs[lang]
		fmt.Fprintf(w, "files: %-10s %6d files %10d bytes\n", lang, s.Files, s.Bytes)
	}
}

// count writes n and a noun, plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
