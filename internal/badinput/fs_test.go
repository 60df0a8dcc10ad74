package badinput

import (
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
)

// TestFileSystem: files that are not plain files, or cannot be read.
func TestFileSystem(t *testing.T) {
	outside := t.TempDir() // holds a finding that must never be read
	writeFiles(t, outside, map[string][]byte{"far.py": blockingPy("\n")})
	cases := map[string]hostile{
		// Opening a FIFO for reading would block for ever.
		"fifo": {
			setup: func(t *testing.T, dir string) {
				mkfifo(t, filepath.Join(dir, "pipe.py"))
				mkfifo(t, filepath.Join(dir, "sub", "pipe.rs"))
			},
			files:    map[string][]byte{"sub/ok.md": []byte("# ok\n")},
			warnings: []warning{{"skipped", "pipe.py", `not a regular file \(named pipe\)`}, {"skipped", "sub/pipe.rs", `not a regular file \(named pipe\)`}},
		},
		// A folder with a source file's name is walked, not read.
		"folder-named-x.py": {
			files:    map[string][]byte{"x.py/inner.py": blockingPy("\n"), "y.rs/z.md/lib.rs": []byte("fn f() {}\n")},
			findings: []finding{{"x.py/inner.py", 5, 5, "CVT201"}},
		},
		"symlink-loops": {
			setup: func(t *testing.T, dir string) {
				symlink(t, "self.py", filepath.Join(dir, "self.py"))
				symlink(t, "b.py", filepath.Join(dir, "a.py"))
				symlink(t, "a.py", filepath.Join(dir, "b.py"))
				symlink(t, "..", filepath.Join(dir, "pkg", "up"))     // a folder loop, never walked
				symlink(t, "../pkg", filepath.Join(dir, "pkg", "me")) // another
			},
			files:    map[string][]byte{"pkg/mod.py": blockingPy("\n")},
			findings: []finding{{"pkg/mod.py", 5, 5, "CVT201"}},
			warnings: []warning{{"skipped", "self.py", `symlink loop`}, {"skipped", "a.py", `symlink loop`}, {"skipped", "b.py", `symlink loop`}},
		},
		// Nothing outside the root is read: no finding from far.py.
		"symlinks-leaving-the-root": {
			setup: func(t *testing.T, dir string) {
				symlink(t, filepath.Join(outside, "far.py"), filepath.Join(dir, "near.py"))
				symlink(t, outside, filepath.Join(dir, "elsewhere"))
				rel, err := filepath.Rel(dir, filepath.Join(outside, "far.py"))
				if err != nil {
					t.Fatal(err)
				}
				symlink(t, rel, filepath.Join(dir, "rel.py"))
				symlink(t, "nowhere.py", filepath.Join(dir, "dangling.py"))
				symlink(t, "control.py", filepath.Join(dir, "alias.py")) // inside: analysed once, as control.py
			},
			warnings: []warning{
				{"skipped", "near.py", `symlink to a file outside the project folder`},
				{"skipped", "elsewhere", `symlink to a folder outside the project folder`},
				{"skipped", "rel.py", `symlink to a file outside the project folder`},
				{"skipped", "dangling.py", `dangling symlink`},
			},
		},
	}
	for name, h := range cases {
		t.Run(name, h.check)
	}
}

// TestUnreadable: a file and a folder the user cannot read. Root reads
// everything, so as root the CLI runs as another user.
func TestUnreadable(t *testing.T) {
	h := hostile{
		files: map[string][]byte{"secret.py": blockingPy("\n"), "locked/inner.py": blockingPy("\n")},
		setup: func(t *testing.T, dir string) {
			chmod(t, filepath.Join(dir, "secret.py"), 0)
			chmod(t, filepath.Join(dir, "locked"), 0)
			t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
		},
		warnings: []warning{{"skipped", "secret.py", `cannot read file: .*permission denied`}, {"skipped", "locked", `cannot read folder: .*permission denied`}},
	}
	if os.Getuid() != 0 {
		h.check(t)
		return
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		t.Skip("running as root, which reads every file, and no user nobody to run as:", err)
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	h.runner = asUser(worldBinary(t), uint32(uid), uint32(gid))
	setup := h.setup
	h.setup = func(t *testing.T, dir string) {
		setup(t, dir)
		chmod(t, dir, 0o755)
		chmod(t, filepath.Dir(dir), 0o755) // t.TempDir's parent is private
	}
	h.check(t)
}

var (
	worldOnce sync.Once
	worldDir  string // removed by TestMain
	worldBin  string
	worldErr  error
)

// worldBinary is a copy of the test binary another user can run (the
// go test build folder is private), in a folder that allows running it.
func worldBinary(t *testing.T) string {
	worldOnce.Do(func() {
		if worldDir, worldErr = os.MkdirTemp("", "covet-badinput-bin-"); worldErr != nil {
			return
		}
		if worldErr = os.Chmod(worldDir, 0o755); worldErr != nil {
			return
		}
		worldBin = filepath.Join(worldDir, "covet-lint")
		worldErr = copyFile(os.Args[0], worldBin, 0o755)
	})
	if worldErr != nil {
		t.Fatal(worldErr)
	}
	return worldBin
}

func copyFile(from, to string, mode os.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

func chmod(t *testing.T, p string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
}
