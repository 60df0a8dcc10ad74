package badinput

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// oddNames are file names a pull request can add. Each holds a finding:
// it must be reported under a name that neither writes to the terminal
// nor splits the path:line:col line, and that SARIF keeps exactly.
var oddNames = []string{
	"title\x1b]0;pwned\x07.py",
	"clear\x1b[2J\x1b[H.py",
	"new\nline.py",
	"carriage\rreturn.py",
	"latin1-caf\xe9.py",
	"bidi-\u202etxt.py",
	"colon: 1:2: CVT999 fake.py",
	"c1-\u009b31m.py",
	"tab\there.py",
}

func TestOddFileNames(t *testing.T) {
	h := hostile{files: map[string][]byte{}}
	for _, n := range oddNames {
		h.files["names/"+n] = blockingPy("\n")
		h.findings = append(h.findings, finding{"names/" + n, 5, 5, "CVT201"})
	}
	h.check(t)
}

// TestNonUTF8NameInJSON: JSON keeps a file name that is not UTF-8
// losslessly, in some documented field and encoding, never as U+FFFD.
func TestNonUTF8NameInJSON(t *testing.T) {
	const name = "names/latin1-caf\xe9.py"
	dir := writeRepo(t, map[string][]byte{name: blockingPy("\n"), "control.py": controlSrc})
	res := run(t, dir, "--format", "json")
	if res.code != 1 {
		t.Fatalf("exit %d:\n%s", res.code, res.stderr)
	}
	if strings.ContainsRune(res.stdout, '\uFFFD') {
		t.Errorf("JSON replaced the file name's bytes with U+FFFD")
	}
	var rep struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		for _, v := range f {
			if s, ok := v.(string); ok && decodesTo(s, name) {
				return
			}
		}
	}
	t.Errorf("no field of any JSON finding gives back the name %q (as is, percent- or base64-encoded):\n%s", name, tail(res.stdout))
}

// decodesTo reports whether s is want itself, percent-encoded or base64.
func decodesTo(s, want string) bool {
	if s == want {
		return true
	}
	if p, err := url.PathUnescape(s); err == nil && p == want {
		return true
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && string(b) == want {
			return true
		}
	}
	return false
}
