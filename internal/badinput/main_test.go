package badinput

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/covet-lint/covet-lint/internal/cli"
)

// cliEnv, when set, makes the test binary the covet-lint command: every
// scan runs in a child process, so a crash in C or a hang is the child's,
// and the test reports it instead of dying or stalling.
const cliEnv = "COVET_BADINPUT_CLI"

// sharedDir holds inputs that are costly to generate (the 20 MB file, the
// 50,000 files), made once per test binary and removed at its end.
var sharedDir string

// ramDir, where it exists, is a RAM-backed folder: writing 50,000 files
// there takes seconds, on a busy disk tens of seconds.
const ramDir = "/dev/shm"

func TestMain(m *testing.M) {
	if os.Getenv(cliEnv) != "" {
		os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	dir, err := os.MkdirTemp(ramDir, "covet-badinput-")
	if err != nil {
		dir, err = os.MkdirTemp("", "covet-badinput-")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sharedDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	if worldDir != "" {
		os.RemoveAll(worldDir)
	}
	os.Exit(code)
}

var (
	sharedMu    sync.Mutex
	sharedRepos = map[string]string{}
)

// sharedRepo returns the folder named name under sharedDir, built by build
// the first time any test asks for it.
func sharedRepo(t *testing.T, name string, build func(t *testing.T, dir string)) string {
	t.Helper()
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if dir, ok := sharedRepos[name]; ok {
		return dir
	}
	dir := sharedDir + "/" + name
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	build(t, dir)
	sharedRepos[name] = dir
	return dir
}
