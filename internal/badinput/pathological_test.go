package badinput

import (
	"strings"
	"testing"
)

// TestPathological: shapes that made a front-end quadratic or worse, each
// under the default size limit. Each file is analysed (its own finding
// reported) or named by a timed-out warning; either way the run ends
// within its budget and the control's finding is kept. Only SARIF is run
// (it shows findings and warnings; output is not what these cases test),
// and the subtests run in parallel.
func TestPathological(t *testing.T) {
	const sleepPy = "import time\n\n\nasync def g():\n    time.sleep(1)\n"
	pyFinding := finding{"x.py", 5, 5, "CVT201"}
	rsFinding := finding{"x.rs", 2, 5, "CVT201"}
	// rust wraps a long expression so that the finding follows it.
	rust := func(expr string) []byte {
		return []byte("async fn f() {\n    std::thread::sleep(d);\n    let x = " + expr + ";\n}\n")
	}
	cases := map[string]hostile{
		"python-call-chain-300k": {
			files: map[string][]byte{"x.py": []byte(sleepPy + "    x = f" + strings.Repeat("()", 300000) + "\n")},
			slow:  map[string]finding{"x.py": pyFinding},
		},
		"python-await-await": {
			files: map[string][]byte{"x.py": []byte(sleepPy + "    x = " + strings.Repeat("await ", 100000) + "y\n")},
			slow:  map[string]finding{"x.py": pyFinding},
		},
		"python-lambda-lambda": {
			files: map[string][]byte{"x.py": []byte(sleepPy + "    x = " + strings.Repeat("lambda: ", 100000) + "1\n")},
			slow:  map[string]finding{"x.py": pyFinding},
		},
		"python-attribute-and-subscript-chains": {
			files: map[string][]byte{"x.py": []byte(sleepPy + "    x = a" + strings.Repeat(".b", 150000) + "\n    y = a" + strings.Repeat("[0]", 100000) + "\n")},
			slow:  map[string]finding{"x.py": pyFinding},
		},
		"python-nesting-10k": {
			files: map[string][]byte{"x.py": []byte(sleepPy +
				"    x = " + strings.Repeat("f(", 10000) + "1" + strings.Repeat(")", 10000) + "\n" +
				"    y = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n" +
				"    z = " + strings.Repeat("{1: ", 10000) + "1" + strings.Repeat("}", 10000) + "\n")},
			slow: map[string]finding{"x.py": pyFinding},
		},
		"rust-closures-80k": {
			files: map[string][]byte{"x.rs": rust(strings.Repeat("|| ", 80000) + "1")},
			slow:  map[string]finding{"x.rs": rsFinding},
		},
		"rust-await-chain": {
			files: map[string][]byte{"x.rs": rust("y" + strings.Repeat(".await", 100000))},
			slow:  map[string]finding{"x.rs": rsFinding},
		},
		"rust-method-chain": {
			files: map[string][]byte{"x.rs": rust("a" + strings.Repeat(".b()", 100000))},
			slow:  map[string]finding{"x.rs": rsFinding},
		},
		"rust-nesting-10k": {
			files: map[string][]byte{"x.rs": rust(
				strings.Repeat("{", 10000) + "1" + strings.Repeat("}", 10000) + " + " +
					strings.Repeat("g(", 10000) + "1" + strings.Repeat(")", 10000) + " + " +
					strings.Repeat("async { ", 10000) + "1" + strings.Repeat(" }", 10000))},
			slow: map[string]finding{"x.rs": rsFinding},
		},
		// Block nesting past the guard is skipped (deeper crashes the
		// grammar in C); inline nesting is parsed or times out.
		"markdown-nesting-10k": {
			files: map[string][]byte{
				"quotes.md":   []byte(strings.Repeat("> ", 10000) + "x\n"),
				"bullets.md":  []byte(strings.Repeat("- ", 10000) + "x\n"),
				"indented.md": []byte(indentedList(700)),
				"inline.md":   []byte("# T\n\n" + strings.Repeat("[", 10000) + "a" + strings.Repeat("]", 10000) + "\n\n" + strings.Repeat("*", 10000) + "b" + strings.Repeat("*", 10000) + "\n"),
				"html.md":     []byte(strings.Repeat("<div>", 10000) + "\n"),
			},
			warnings: []warning{
				{"skipped", "quotes.md", `nested more than \d+ levels deep`},
				{"skipped", "bullets.md", `nested more than \d+ levels deep`},
				{"skipped", "indented.md", `nested more than \d+ levels deep`},
			},
			slow: map[string]finding{"inline.md": {}, "html.md": {}},
		},
	}
	for name, h := range cases {
		h.formats = []string{"sarif"}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h.check(t)
		})
	}
}

// indentedList nests n list items, each indented under the one before.
func indentedList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}
