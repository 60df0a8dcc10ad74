package source

import (
	"reflect"
	"runtime"
	"time"

	"golang.org/x/tools/go/analysis"
)

// DefaultFileTimeout is one file's time budget unless the run sets another.
const DefaultFileTimeout = 10 * time.Second

// Settings are the run's own settings, not any rule's: how many files are
// parsed at once and how long one file may take. They reach analyzers as
// an analysis result, never as process-wide state, so two runs in one
// process with different settings do not interfere.
type Settings struct {
	// Jobs is how many files are parsed at once; 0 means one per CPU.
	Jobs int
	// FileTimeout bounds parsing, query matching and extraction of one
	// file together; 0 means DefaultFileTimeout.
	FileTimeout time.Duration
}

func (s Settings) withDefaults() Settings {
	if s.Jobs < 1 {
		s.Jobs = runtime.NumCPU()
	}
	if s.FileTimeout <= 0 {
		s.FileTimeout = DefaultFileTimeout
	}
	return s
}

// SettingsAnalyzer returns the run's Settings. A driver seeds its result
// with the settings of the run; run on its own it gives the defaults.
var SettingsAnalyzer = &analysis.Analyzer{
	Name: "settings",
	Doc:  "the run's settings (jobs, per-file time budget), seeded by the driver; reports nothing",
	Run: func(*analysis.Pass) (any, error) {
		s := Settings{}.withDefaults()
		return &s, nil
	},
	ResultType: reflect.TypeOf((*Settings)(nil)),
}
