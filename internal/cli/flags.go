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

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/config"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/rules"
)

// flags is the parsed command line of a scan (and of `config`).
type flags struct {
	format, output, failOn, root, sarifCategory, config    string
	quiet, noColor, exitZero, timings, version, statistics bool
	verbose                                                bool
	selectList, ignoreList, extendSelect                   listFlag
	selectSet                                              bool
	jobs                                                   int
	maxFileSize                                            int64
	fileTimeout                                            time.Duration
	// set holds the names of the flags given on the command line.
	set map[string]bool
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
	fs.StringVar(&f.failOn, "fail-on", "", "lowest level that makes the exit code 1: error, warning, note or never (default warning)")
	fs.StringVar(&f.root, "root", "", "project root (default: found from the first PATH)")
	fs.StringVar(&f.config, "config", "", "read settings from `FILE` instead of the root's .covet-lint.toml or pyproject.toml")
	fs.StringVar(&f.sarifCategory, "sarif-category", "", "SARIF automationDetails.id (a code scanning category)")
	fs.BoolVar(&f.quiet, "quiet", false, "no summary line on standard error")
	fs.BoolVar(&f.quiet, "q", false, "short for --quiet")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours (NO_COLOR is honoured too)")
	fs.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even with findings (2 and 3 still apply)")
	fs.BoolVar(&f.verbose, "verbose", false, "also list each file parsed with errors (otherwise only counted in the summary)")
	fs.BoolVar(&f.timings, "timings", false, "print time per phase and files and bytes per language to standard error")
	fs.BoolVar(&f.statistics, "statistics", false, "print how many findings each rule has instead of the findings")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.Var(&f.selectList, "select", "rules to run: codes, code prefixes or names, comma-separated (replaces the configured select)")
	fs.Var(&f.extendSelect, "extend-select", "rules to run besides the selected ones")
	fs.Var(&f.ignoreList, "ignore", "rules not to run")
	fs.IntVar(&f.jobs, "jobs", 0, "files parsed at once (default: the CPU count)")
	fs.Int64Var(&f.maxFileSize, "max-file-size", discover.DefaultMaxFileSize, "skip files larger than this many `bytes`, with a warning")
	fs.DurationVar(&f.fileTimeout, "file-timeout", source.DefaultFileTimeout, "time budget for parsing and analysing one file (`duration`, e.g. 10s); a file past it is skipped with a warning")
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
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	f.selectSet = f.set["select"]
	if err := f.check(); err != nil {
		return nil, nil, err
	}
	return f, paths, nil
}

var errHelp = errors.New("help")

// check refuses values that cannot mean anything, rather than letting them
// quietly stand for a default.
func (f *flags) check() error {
	if f.set["jobs"] && f.jobs < 1 {
		return usagef("--jobs must be at least 1 (leave it out for one per CPU), not %d", f.jobs)
	}
	if f.maxFileSize < 1 {
		return usagef("--max-file-size must be at least 1 byte, not %d", f.maxFileSize)
	}
	if f.fileTimeout <= 0 {
		return usagef("--file-timeout must be a positive duration such as 10s or 1m, not %v", f.fileTimeout)
	}
	return nil
}

// settings is what a scan (or `config`) works from: the root, the paths to
// report on, the effective configuration and the rules that run.
type settings struct {
	cwd, root string
	only      []string
	cfg       *config.Config
	known     []*rules.Rule
	enabled   []*rules.Rule
}

// resolve finds the root and the configuration, applies the command line
// to it and selects the rules.
func resolve(f *flags, paths []string, env Env) (*settings, error) {
	s := &settings{known: env.rules()}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cwd := env.Dir
	if cwd == "" {
		var err error
		if cwd, err = os.Getwd(); err != nil {
			return nil, err
		}
	}
	s.cwd = cwd
	var err error
	if s.root, s.only, err = resolveRoot(cwd, f.root, paths); err != nil {
		return nil, err
	}

	cfgPath := config.Find(s.root)
	if f.config != "" {
		cfgPath = f.config
		if !filepath.IsAbs(cfgPath) {
			cfgPath = filepath.Join(cwd, cfgPath)
		}
		if st, err := os.Stat(cfgPath); err != nil || !st.Mode().IsRegular() {
			return nil, usagef("--config %s: no such file", f.config)
		}
	}
	cfg := &config.Config{}
	if cfgPath != "" {
		if cfg, err = config.Load(cfgPath, s.known); err != nil {
			return nil, configError(err, cwd)
		}
	}

	// Command-line selectors are checked here so the message names the flag.
	for _, l := range []struct {
		name string
		list []string
	}{{"--select", f.selectList}, {"--extend-select", f.extendSelect}, {"--ignore", f.ignoreList}} {
		for _, sel := range l.list {
			if sel != "ALL" && !knows(s.known, sel) {
				return nil, usagef("%s: unknown rule or prefix %q (see covet-lint rules)", l.name, sel)
			}
		}
	}
	switch f.failOn {
	case "", "error", "warning", "note", "never":
	default:
		return nil, usagef("--fail-on: %q is not error, warning, note or never", f.failOn)
	}
	s.cfg = cfg.WithCLI(config.CLI{Select: f.selectList, SelectSet: f.selectSet, ExtendSelect: f.extendSelect, Ignore: f.ignoreList, FailOn: f.failOn})
	if s.enabled, err = s.cfg.Enabled(s.known); err != nil {
		return nil, usagef("%v", err)
	}
	return s, nil
}

// knows reports whether sel is the code, name or a code prefix of a rule.
func knows(known []*rules.Rule, sel string) bool {
	for _, r := range known {
		if strings.EqualFold(r.Code, sel) || r.Name == sel || strings.HasPrefix(r.Code, strings.ToUpper(sel)) {
			return true
		}
	}
	return false
}

// configError shows each configuration problem on its own line, with the
// file relative to the working folder.
func configError(err error, cwd string) error {
	var es config.Errors
	if !errors.As(err, &es) {
		var e *config.Error
		if errors.As(err, &e) {
			es = config.Errors{e}
		} else {
			return usagef("%v", err)
		}
	}
	lines := make([]string, len(es))
	for i, e := range es {
		c := *e
		if rel, err := filepath.Rel(cwd, c.File); err == nil && !strings.HasPrefix(rel, "..") {
			c.File = rel
		}
		lines[i] = c.Error()
	}
	return usagef("%s", strings.Join(lines, "\ncovet-lint: "))
}
