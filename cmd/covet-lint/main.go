// Command covet-lint finds faked benchmarks, blocking async code, leaked
// connections and unbuildable native extensions in Python/Rust repositories,
// statically. See internal/cli for the commands and flags.
package main

import (
	"os"

	"github.com/covet-lint/covet-lint/internal/cli"
)

func main() {
	st, err := os.Stdout.Stat()
	tty := err == nil && st.Mode()&os.ModeCharDevice != 0
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, IsTerminal: tty}))
}
