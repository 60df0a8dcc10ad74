package frontends_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// files holds one file with one comment for each front-end.
var files = map[string]string{
	"app.py":         "x = 1  # py\n",
	"src/lib.rs":     "fn f() {} // rs\n",
	"README.md":      "text <!-- md -->\n",
	"docs/index.rst": ".. rst\n\nText.\n",
	"Cargo.toml":     "[package]\nname = \"x\"  # toml\n",
	"pyproject.toml": "# toml\n",
}

// TestCommentsOfEveryFrontEnd runs each front-end alone: Comments gathers
// its files' comments, so a front-end added to All but not to Comments
// fails here, and nothing is read from front-ends that did not run.
func TestCommentsOfEveryFrontEnd(t *testing.T) {
	var inputs []driver.Input
	for p, src := range files {
		inputs = append(inputs, driver.Input{Path: p, Src: []byte(src)})
	}
	total := 0
	for _, fe := range frontends.All {
		res, err := driver.Run(inputs, []*analysis.Analyzer{fe}, driver.Config{})
		if err != nil || len(res.Errors) > 0 {
			t.Fatalf("%s: %v %v", fe.Name, err, res.Errors)
		}
		got := frontends.Comments(res.Of)
		if len(got) == 0 {
			t.Errorf("%s: no comments gathered", fe.Name)
		}
		for p, cs := range got {
			if len(cs) != 1 {
				t.Errorf("%s: %s has %d comments, want 1", fe.Name, p, len(cs))
			}
		}
		total += len(got)
	}
	if total != len(files) {
		t.Errorf("gathered comments of %d files, want %d", total, len(files))
	}
}
