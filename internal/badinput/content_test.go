package badinput

import (
	"strings"
	"testing"
)

// blockingPy is a Python file with one CVT201 finding at line 5, column 5
// when its lines end in "\n"; sep replaces that ending.
func blockingPy(sep string) []byte {
	return []byte(strings.ReplaceAll("import time\n\n\nasync def h():\n    time.sleep(1)\n", "\n", sep))
}

// TestContent: files whose bytes are odd but whose names are not.
func TestContent(t *testing.T) {
	cases := map[string]hostile{
		// A binary file under a source name is skipped with its reason.
		"binary": {
			files:    map[string][]byte{"blob.py": append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 4096)...), "lib.so": {0x7f, 'E', 'L', 'F', 0}},
			warnings: []warning{{"skipped", "blob.py", `binary`}},
		},
		// A NUL byte after code that would be a finding: the file is
		// skipped as binary, never half-read.
		"nul-bytes": {
			files:    map[string][]byte{"nul.py": append(blockingPy("\n"), 0, 'x'), "nul.rs": []byte("fn main() {}\x00\n"), "nul.md": []byte("# a\x00\n")},
			warnings: []warning{{"skipped", "nul.py", `binary`}, {"skipped", "nul.rs", `binary`}, {"skipped", "nul.md", `binary`}},
		},
		// Invalid UTF-8 is named with its line; the rest of the file is
		// still analysed.
		"invalid-utf8": {
			files:    map[string][]byte{"bad.py": []byte("import time\n# caf\xe9 \xff\xfe\n\nasync def h():\n    time.sleep(1)\n")},
			warnings: []warning{{"degraded", "bad.py", `invalid UTF-8 at line 2`}},
			findings: []finding{{"bad.py", 5, 5, "CVT201"}},
		},
		// A BOM neither shifts columns on line 1 nor makes a syntax error.
		"bom": {
			files: map[string][]byte{
				"bom.py": append([]byte("\ufeff"), blockingPy("\n")...),
				"bom.rs": []byte("\ufeffasync fn f() { std::thread::sleep(d); }\n"),
				"bom.md": []byte("\ufeff# Title\n\ntext\n"),
			},
			findings: []finding{{"bom.py", 5, 5, "CVT201"}, {"bom.rs", 1, 16, "CVT201"}},
		},
		"crlf": {
			files: map[string][]byte{
				"crlf.py": blockingPy("\r\n"),
				"crlf.rs": []byte("\r\n\r\nasync fn f() {\r\n    std::thread::sleep(d);\r\n}\r\n"),
			},
			findings: []finding{{"crlf.py", 5, 5, "CVT201"}, {"crlf.rs", 4, 5, "CVT201"}},
		},
		// Lone CR ends lines in Python (old Mac files): lines must count.
		"lone-cr": {
			files: map[string][]byte{
				"cr.py": blockingPy("\r"),
				"cr.rs": []byte("\r\rasync fn f() {\r    std::thread::sleep(d);\r}\r"),
			},
			findings: []finding{{"cr.py", 5, 5, "CVT201"}, {"cr.rs", 4, 5, "CVT201"}},
		},
		"mixed-endings": {
			files:    map[string][]byte{"mixed.py": []byte("import time\r\n\r\rasync def h():\n    time.sleep(1)\r\n")},
			findings: []finding{{"mixed.py", 5, 5, "CVT201"}},
		},
		"empty": {
			files: map[string][]byte{"empty.py": nil, "empty.rs": nil, "empty.md": nil, "pyproject.toml": nil, "sub/Cargo.toml": nil, "requirements.txt": nil, "setup.py": nil},
		},
		// Escape sequences and other controls in source lines: findings
		// on those lines are reported, quoted without the raw bytes.
		"escapes-in-lines": {
			files:    map[string][]byte{"esc.py": []byte("import time\n\n\nasync def h():\n    time.sleep(1)  # \x1b]0;pwned\x07 \x1b[2J \u009b \x1b[1A \x7f\n")},
			findings: []finding{{"esc.py", 5, 5, "CVT201"}},
		},
	}
	for name, h := range cases {
		t.Run(name, h.check)
	}
}
