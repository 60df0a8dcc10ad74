// Package cli is covet-lint's command line: subcommands, flags, exit codes.
// cmd/covet-lint only calls Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/internal/output"
	"github.com/covet-lint/covet-lint/internal/selection"
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
}

// usageError is a problem with the command line or configuration: exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Main runs covet-lint with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(env.Stdout, "covet-lint", Version())
			return ExitClean
		case "check":
			args = args[1:]
		case "help", "-h", "-help", "--help":
			fmt.Fprint(env.Stdout, usage)
			return ExitClean
		}
	}
	code, err := runCheck(args, env)
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
  covet-lint version                     print the version

Flags:
`

// flags is the parsed command line of a scan.
type flags struct {
	format, output, failOn, root, sarifCategory string
	quiet, noColor, exitZero, timings, version  bool
	selectList, ignoreList, extendSelect        listFlag
	selectSet                                   bool
	jobs                                        int
	maxFileSize                                 int64
}

// listFlag collects comma-separated values over repeated flags.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func parseFlags(args []string, env Env) (*flags, []string, error) {
	f := &flags{}
	fs := flag.NewFlagSet("covet-lint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.format, "format", "text", "output format: text, json, sarif or github")
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.failOn, "fail-on", "warning", "lowest level that makes the exit code 1: error, warning, note or never")
	fs.StringVar(&f.root, "root", "", "project root (default: found from the first PATH)")
	fs.StringVar(&f.sarifCategory, "sarif-category", "", "SARIF automationDetails.id (a code scanning category)")
	fs.BoolVar(&f.quiet, "quiet", false, "no summary line on standard error")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours (NO_COLOR is honoured too)")
	fs.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even with findings (2 and 3 still apply)")
	fs.BoolVar(&f.timings, "timings", false, "print time per phase and files and bytes per language to standard error")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.Var(&f.selectList, "select", "rules to run: codes, code prefixes or names, comma-separated (replaces the default)")
	fs.Var(&f.extendSelect, "extend-select", "rules to run besides the selected ones")
	fs.Var(&f.ignoreList, "ignore", "rules not to run")
	fs.IntVar(&f.jobs, "jobs", 0, "files parsed at once (default: the CPU count)")
	fs.Int64Var(&f.maxFileSize, "max-file-size", discover.DefaultMaxFileSize, "skip files larger than this many `bytes`, with a warning")
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(env.Stdout, usage)
				fs.SetOutput(env.Stdout)
				fs.PrintDefaults()
				return nil, nil, errHelp
			}
			return nil, nil, usagef("%v", err)
		}
		if fs.NArg() == 0 {
			break
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
	fs.Visit(func(fl *flag.Flag) {
		if fl.Name == "select" {
			f.selectSet = true
		}
	})
	return f, paths, nil
}

var errHelp = errors.New("help")

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
	failOn := rules.Level(f.failOn)
	if f.failOn != "never" {
		if failOn, err = rules.ParseLevel(f.failOn); err != nil || failOn == rules.Off {
			return 0, usagef("--fail-on: %q is not error, warning, note or never", f.failOn)
		}
	}
	switch f.format {
	case "text", "sarif", "json", "github":
	default:
		return 0, usagef("--format: %q is not text, json, sarif or github", f.format)
	}
	if f.jobs < 0 {
		return 0, usagef("--jobs must be at least 1")
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cwd, err := os.Getwd()
	if err != nil {
		return 0, err
	}
	root, only, err := resolveRoot(cwd, f.root, paths)
	if err != nil {
		return 0, err
	}
	lists := selection.Lists{ExtendSelect: f.extendSelect, Ignore: f.ignoreList}
	if f.selectSet {
		lists.Select = append([]string{}, f.selectList...)
	}
	enabled, err := selection.Enabled(all.Rules, lists)
	if err != nil {
		return 0, usagef("%v", err)
	}

	start := time.Now()
	rep, err := check.Run(check.Options{Root: root, Rules: enabled, Jobs: f.jobs, MaxFileSize: f.maxFileSize, Only: only})
	if err != nil {
		return 0, usagef("%v", err)
	}
	outStart := time.Now()
	werr := write(f, rep, enabled, root, cwd, env)
	rep.Timings = append(rep.Timings, check.Timing{Phase: "output", Duration: time.Since(outStart)})

	for _, w := range rep.Warnings {
		fmt.Fprintf(env.Stderr, "warning: %s: %s\n", displayPath(root, cwd, w.Path), w.Message)
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(env.Stderr, "covet-lint: internal error: %s\n", e)
	}
	if f.timings {
		printTimings(env.Stderr, rep)
	}
	if !f.quiet {
		fmt.Fprintf(env.Stderr, "covet-lint: %d files, %d findings, %.2fs\n", rep.Files(), len(rep.Findings), time.Since(start).Seconds())
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "covet-lint: cannot write output: %v\n", werr)
		return ExitInternal, nil
	}
	if len(rep.Errors) > 0 {
		return ExitInternal, nil
	}
	if f.exitZero || f.failOn == "never" {
		return ExitClean, nil
	}
	for _, fd := range rep.Findings {
		if fd.Level.Rank() >= failOn.Rank() {
			return ExitFindings, nil
		}
	}
	return ExitClean, nil
}

func write(f *flags, rep *check.Report, enabled []*rules.Rule, root, cwd string, env Env) error {
	w := env.Stdout
	var file *os.File
	if f.output != "" {
		var err error
		if file, err = os.Create(f.output); err != nil {
			return err
		}
		w = file
	}
	var err error
	switch f.format {
	case "text":
		color := env.IsTerminal && file == nil && !f.noColor && env.Getenv("NO_COLOR") == ""
		err = output.Text(w, rep, output.TextOptions{Color: color, Display: func(rel string) string { return displayPath(root, cwd, rel) }})
	case "sarif":
		err = output.SARIF(w, rep, output.SARIFOptions{Version: Version(), Rules: enabled, Category: f.sarifCategory})
	case "json":
		err = output.JSON(w, rep)
	case "github":
		err = output.GitHub(w, rep, func(rel string) string { return filepath.ToSlash(displayPath(root, cwd, rel)) })
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
