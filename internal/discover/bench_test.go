package discover

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWalk walks 10,000 small files in 2,000 folders under a root
// .gitignore of 60 patterns and a nested one per top folder.
func BenchmarkWalk(b *testing.B) {
	root := b.TempDir()
	var ignore strings.Builder
	for i := range 60 {
		fmt.Fprintf(&ignore, "**/gen_%d/*.py\n!keep_%d.py\n*.tmp%d\n", i, i, i)
	}
	write := func(p, s string) {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write(".gitignore", ignore.String())
	for d := range 2000 {
		dir := fmt.Sprintf("pkg%d/sub%d", d%40, d)
		if d < 40 {
			write(fmt.Sprintf("pkg%d/.gitignore", d), "/local_*.py\n")
		}
		for f := range 5 {
			write(fmt.Sprintf("%s/mod_%d.py", dir, f), "import os\n\ndef f():\n    return os.getcwd()\n")
		}
	}
	b.ResetTimer()
	for b.Loop() {
		res, err := Walk(Options{Root: root, Exclude: []string{"**/fixtures/**", "vendored"}})
		if err != nil || len(res.Files) != 10000 {
			b.Fatal(err, len(res.Files))
		}
	}
}
