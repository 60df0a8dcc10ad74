//go:build unix

package discover_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
)

// A repository whose git configuration would run a program: git runs
// core.fsmonitor on commands such as status (git 2.39 does, on this very
// fixture: "git status" there writes the marker).
// Scanning it must run nothing, so the marker the program writes must not
// appear.
func TestScanRunsNothingFromTheRepository(t *testing.T) {
	root := t.TempDir()
	marker := filepath.Join(t.TempDir(), "MARKER")
	hook := filepath.Join(root, ".git", "fsmonitor-hook")
	files := map[string]string{
		".git/HEAD":             "ref: refs/heads/main\n",
		".git/objects/.keep":    "",
		".git/refs/heads/.keep": "",
		".git/config":           "[core]\n\trepositoryformatversion = 0\n\tfsmonitor = " + hook + "\n",
		".git/info/exclude":     "private.py\n",
		".git/fsmonitor-hook":   "#!/bin/sh\ntouch '" + marker + "'\n",
		".gitignore":            "generated/\n",
		"app.py":                "import time\n\nasync def handler():\n    time.sleep(1)\n",
		"private.py":            "",
		"generated/out.py":      "",
	}
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// The fixture is live: running the configured program writes the marker.
	if err := exec.Command(hook).Run(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("the fixture's program wrote no marker: %v", err)
	}
	if err := os.Remove(marker); err != nil {
		t.Fatal(err)
	}

	res, err := discover.Walk(discover.Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 1 || res.Files[0].Path != "app.py" {
		t.Errorf("files = %v, want app.py only", res.Files)
	}
	noMarker := func(by string) {
		t.Helper()
		if _, err := os.Stat(marker); !os.IsNotExist(err) {
			t.Fatalf("%s ran a program from the repository (marker: %v)", by, err)
		}
	}
	noMarker("discover.Walk")
	rep, err := check.Run(check.Options{Root: root, Rules: []*rules.Rule{blockingcallinasync.Rule}, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 {
		t.Error("check.Run found nothing in app.py")
	}
	noMarker("check.Run")
}
