//go:build unix

package discover

import (
	"os"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
)

// Tests run as root, where permissions stop no read: the failures are made
// by swapping the path between listing and reading (as a concurrent edit
// would), or by a folder listing that fails.
func TestUnreadable(t *testing.T) {
	files := map[string]string{"ok.py": "", "gone.py": "", "nowdir.py": "", "nowpipe.py": "", "nowlink.py": "", "sub/x.py": "", "sub2/y.py": ""}
	root := writeTree(t, files)
	origDir := readDir
	t.Cleanup(func() { readDir = origDir })
	readDir = func(name string) ([]os.DirEntry, error) {
		if filepath.Base(name) == "sub" {
			return nil, &os.PathError{Op: "open", Path: name, Err: syscall.EACCES}
		}
		return origDir(name)
	}
	orig := readFile
	t.Cleanup(func() { readFile = orig })
	readFile = func(full string, limit int64) ([]byte, error) {
		rm := func() {
			if err := os.Remove(full); err != nil {
				t.Fatal(err)
			}
		}
		switch filepath.Base(full) {
		case "gone.py":
			rm()
		case "nowdir.py":
			rm()
			if err := os.Mkdir(full, 0o755); err != nil {
				t.Fatal(err)
			}
		case "nowpipe.py": // must be refused, not waited on
			rm()
			if err := syscall.Mkfifo(full, 0o644); err != nil {
				t.Fatal(err)
			}
		case "nowlink.py":
			rm()
			if err := os.Symlink("ok.py", full); err != nil {
				t.Fatal(err)
			}
		}
		return orig(full, limit)
	}
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "ok.py", "sub2/y.py")
	want := []string{
		"gone.py: cannot read file: no such file or directory",
		"nowdir.py: skipped: not a regular file (folder)",
		"nowlink.py: cannot read file: too many levels of symbolic links",
		"nowpipe.py: skipped: not a regular file (named pipe)",
		"sub: cannot read folder: permission denied",
	}
	if got := warnings(res); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings:\n got %q\nwant %q", got, want)
	}
}

func TestSpecialFiles(t *testing.T) {
	root := writeTree(t, map[string]string{"ok.py": ""})
	for _, name := range []string{"pipe.py", "pipe.txt"} {
		if err := syscall.Mkfifo(filepath.Join(root, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "ok.py")
	if got := warnings(res); !reflect.DeepEqual(got, []string{"pipe.py: skipped: not a regular file (named pipe)"}) {
		t.Errorf("warnings = %q", got)
	}
}
