package discover

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree builds a project in a fresh temporary folder: keys are
// slash-separated paths (a trailing slash makes an empty folder), values the
// contents. Fixtures are built here rather than committed because a
// committed .gitignore would change what git itself stores of them.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func symlink(t *testing.T, root, target, link string) {
	t.Helper()
	full := filepath.Join(root, filepath.FromSlash(link))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, full); err != nil {
		t.Fatal(err)
	}
}

func walk(t *testing.T, opts Options) *Result {
	t.Helper()
	res, err := Walk(opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func paths(res *Result) []string {
	var ps []string
	for _, f := range res.Files {
		ps = append(ps, f.Path)
	}
	return ps
}

func warnings(res *Result) []string {
	var ws []string
	for _, w := range res.Warnings {
		ws = append(ws, w.Path+": "+w.Message)
	}
	return ws
}

func checkPaths(t *testing.T, res *Result, want ...string) {
	t.Helper()
	if got := paths(res); !reflect.DeepEqual(got, want) {
		t.Errorf("files:\n got %q\nwant %q", got, want)
	}
}

func checkNoWarnings(t *testing.T, res *Result) {
	t.Helper()
	if len(res.Warnings) > 0 {
		t.Errorf("unexpected warnings: %q", warnings(res))
	}
}
