package measure

import (
	"path"
	"strconv"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxFigures bounds the figures kept of one results file.
const maxFigures = 10000

// readResultsFile reads the numbers of a results file under a benchmark
// folder (.json, .csv, .txt, Markdown or reStructuredText).
func readResultsFile(f *source.File) *ResultsFile {
	if !InBenchmarkFolder(f.Path) || f.Src == nil {
		return nil
	}
	ext := strings.ToLower(path.Ext(f.Path))
	switch ext {
	case ".json", ".csv", ".txt", ".md", ".markdown", ".rst":
	default:
		return nil
	}
	if strings.HasPrefix(path.Base(f.Path), "requirements") {
		return nil
	}
	return &ResultsFile{Path: f.Path, Figures: Figures(f.Src, ext != ".json" && ext != ".csv")}
}

// Figures reads the numbers in text, each once, in order: "23,450",
// "23450", "4.3", "23.45k", "1.2M"; commas group thousands only when
// thousands is set (not in JSON or CSV). Digits inside a word ("p99", "v2",
// "x86") are not figures.
func Figures(src []byte, thousands bool) []float64 {
	var out []float64
	seen := map[float64]bool{}
	for i := 0; i < len(src) && len(out) < maxFigures; {
		c := src[i]
		if c < '0' || c > '9' || i > 0 && wordByte(src[i-1]) {
			i++
			continue
		}
		v, n := number(src[i:], thousands)
		i += n
		if n > 0 && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func wordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
}

// number reads a number at the start of b: digits, with groups of three
// after commas when thousands is set, a decimal part, a k or M suffix.
func number(b []byte, thousands bool) (float64, int) {
	var digits []byte
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		digits = append(digits, b[i])
		i++
	}
	for thousands && len(digits) <= 3 && i < len(b) && b[i] == ',' && digits3(b[i+1:]) {
		digits = append(digits, b[i+1:i+4]...)
		i += 4
	}
	if i+1 < len(b) && b[i] == '.' && b[i+1] >= '0' && b[i+1] <= '9' {
		digits = append(digits, '.')
		i++
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			digits = append(digits, b[i])
			i++
		}
	}
	v, err := strconv.ParseFloat(string(digits), 64)
	if err != nil {
		return 0, i
	}
	if i < len(b) && (b[i] == 'k' || b[i] == 'K' || b[i] == 'M') && (i+1 == len(b) || !wordByte(b[i+1])) {
		if b[i] == 'M' {
			v *= 1e6
		} else {
			v *= 1e3
		}
		i++
	}
	return v, i
}

// digits3 tells whether b starts with exactly three digits.
func digits3(b []byte) bool {
	if len(b) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if b[k] < '0' || b[k] > '9' {
			return false
		}
	}
	return len(b) == 3 || b[3] < '0' || b[3] > '9'
}
