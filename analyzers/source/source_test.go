package source

import "testing"

func TestLangOf(t *testing.T) {
	for p, want := range map[string]Lang{
		"app/x.py": Python, "src/lib.rs": Rust, "README.md": Markdown, "docs/a.mdx": Markdown,
		"docs/index.rst": RST, "Cargo.toml": TOML, "setup.cfg": Text, "requirements-dev.txt": Text,
		"scripts/load.sh": Text, "Makefile": Text, "tools/bench.mk": Text,
		"benchmarks/k6/load.js": Text, "bench/results.json": Text, "perf/out.csv": Text,
		"Benchmarks/run.txt": Text, "benchmarks/wrk/post.lua": Text, "stubs/x.pyi": Listed,
	} {
		if got, ok := LangOf(p); !ok || got != want {
			t.Errorf("LangOf(%q) = %q, %v; want %q", p, got, ok, want)
		}
	}
	// Outside benchmark folders, JavaScript and data files are not read.
	for _, p := range []string{"web/app.js", "data/results.json", "notes.txt", "package.json", "image.png"} {
		if got, ok := LangOf(p); ok {
			t.Errorf("LangOf(%q) = %q, want not read", p, got)
		}
	}
}
