package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// oneFile registers src as path in a fresh FileSet, with the same line
// table the driver gives it.
func oneFile(path, src string) (*token.FileSet, *source.Set, *source.File) {
	fset := token.NewFileSet()
	tf := fset.AddFile(path, -1, len(src))
	tf.SetLines(LineStarts([]byte(src)))
	f := &source.File{Path: path, Lang: source.Python, Src: []byte(src), Tok: tf}
	return fset, source.NewSet([]*source.File{f}, source.Settings{}), f
}

// findingsAt makes one CVT201 finding at each byte offset, sorted.
func findingsAt(fset *token.FileSet, set *source.Set, f *source.File, offsets ...int) []Finding {
	var fs []Finding
	for _, off := range offsets {
		l, ok := Locate(fset, set, f.Pos(off), f.Pos(off))
		if !ok {
			panic("no location")
		}
		fs = append(fs, Finding{Code: "CVT201", Location: l})
	}
	Sort(fs)
	return fs
}

func TestFingerprintStaysWhenUnrelatedLinesMove(t *testing.T) {
	fset, set, f := oneFile("a.py", "x = 1\ntime.sleep(1)\n")
	before := findingsAt(fset, set, f, 6)
	Fingerprint(before, set)
	fset, set, f = oneFile("a.py", "# a new comment\n\nx = 1\n   time.sleep(1)\n")
	after := findingsAt(fset, set, f, 26)
	Fingerprint(after, set)
	if before[0].Fingerprint != after[0].Fingerprint || len(before[0].Fingerprint) != 32 {
		t.Errorf("fingerprint moved: %q -> %q", before[0].Fingerprint, after[0].Fingerprint)
	}
}

func TestFingerprintCountsRepeats(t *testing.T) {
	// Two findings on one line, and one on an identical line: three
	// different fingerprints; the same input gives the same three.
	src := "a(); a()\na(); a()\n"
	fset, set, f := oneFile("a.py", src)
	fs := findingsAt(fset, set, f, 0, 5, 9)
	Fingerprint(fs, set)
	seen := map[string]bool{}
	for _, fd := range fs {
		seen[fd.Fingerprint] = true
	}
	if len(seen) != 3 {
		t.Errorf("fingerprints not distinct: %v", fs)
	}
	again := findingsAt(fset, set, f, 0, 5, 9)
	Fingerprint(again, set)
	for i := range fs {
		if fs[i].Fingerprint != again[i].Fingerprint {
			t.Errorf("finding %d: %s then %s", i, fs[i].Fingerprint, again[i].Fingerprint)
		}
	}
}

// BenchmarkFingerprint is the worst case the issue measured, scaled down:
// many findings on one long line.
func BenchmarkFingerprint(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		b.Run(fmt.Sprintf("%d_findings_one_line", n), func(b *testing.B) {
			src := strings.Repeat("f(); ", n) + "\n"
			offsets := make([]int, n)
			for i := range offsets {
				offsets[i] = 5 * i
			}
			fset, set, f := oneFile("a.py", src)
			fs := findingsAt(fset, set, f, offsets...)
			b.SetBytes(int64(len(src)))
			b.ResetTimer()
			for range b.N {
				Fingerprint(fs, set)
			}
		})
	}
}

// The fingerprint's definition, spelled out: sha256 of code, path, the
// line's text with blanks collapsed and the repeat count, NUL-separated,
// first 16 bytes in hex. Changing it reopens every alert on GitHub.
func TestFingerprintDefinition(t *testing.T) {
	fset, set, f := oneFile("src/a.py", "x = 1\n  a(  1 );\tb()\r\n")
	fs := findingsAt(fset, set, f, 8, 16)
	Fingerprint(fs, set)
	for i, fd := range fs {
		sum := sha256.Sum256([]byte(fmt.Sprintf("CVT201\x00src/a.py\x00a( 1 ); b()\x00%d", i)))
		if want := hex.EncodeToString(sum[:16]); fd.Fingerprint != want {
			t.Errorf("finding %d: fingerprint %s, want %s", i, fd.Fingerprint, want)
		}
	}
}
