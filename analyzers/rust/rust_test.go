package rust_test

import (
	"github.com/covet-lint/covet-lint/analyzers/source"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/internal/check"
)

// TestAnalyzer runs the front-end the way the CLI does: every .rs file is
// parsed, comments land in the source set, a syntax error is a warning and
// the rest of the file is still extracted.
func TestAnalyzer(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"src/lib.rs":    "// covet-lint: ignore[CVT201] reason\nasync fn ok() { std::thread::sleep(d); }\n",
		"src/broken.rs": "fn broken( {\n\nasync fn after() { std::fs::read(p); }\n",
		"README.md":     "# not rust\n",
	}
	for p, src := range files {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := check.Run(check.Options{Root: root, Extra: []*analysis.Analyzer{rust.Analyzer}, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) > 0 {
		t.Fatalf("errors: %v", rep.Errors)
	}
	var warned bool
	for _, w := range rep.Warnings {
		if w.Path == "src/broken.rs" && w.Kind == source.ParseErrors && strings.Contains(w.Message, "from line 1 ") {
			warned = true
		} else if strings.HasSuffix(w.Path, ".rs") {
			t.Errorf("unexpected warning %+v", w)
		}
	}
	if !warned {
		t.Errorf("no syntax warning for src/broken.rs in %+v", rep.Warnings)
	}
	cs := rep.Comments["src/lib.rs"]
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "ignore[CVT201]") {
		t.Errorf("comments of src/lib.rs: %+v", cs)
	}
}
