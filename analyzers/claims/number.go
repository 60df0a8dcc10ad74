package claims

import (
	"math"
	"strconv"
	"strings"
)

// parseNumber reads a number token: "23,450", "1,234.5", "4,3" (decimal
// comma), "1.234.567" (dot thousands), "1.2". ok is false for what is not
// one quantity: versions (1.2.3), lists (1,2,3), overlong digit runs.
func parseNumber(s string) (v float64, ok bool) {
	if len(s) > 24 {
		return 0, false
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas > 0 && dots > 0:
		ci, di := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
		if ci < di && dots == 1 && thousands(s[:di], ',') { // 1,234.5
			s = strings.ReplaceAll(s, ",", "")
		} else if di < ci && commas == 1 && thousands(s[:ci], '.') { // 1.234,5
			s = strings.ReplaceAll(s[:ci], ".", "") + "." + s[ci+1:]
		} else {
			return 0, false
		}
	case commas > 0:
		if thousands(s, ',') {
			s = strings.ReplaceAll(s, ",", "")
		} else if i := strings.IndexByte(s, ','); commas == 1 && len(s)-i-1 <= 2 {
			s = s[:i] + "." + s[i+1:]
		} else {
			return 0, false
		}
	case dots > 1:
		if !thousands(s, '.') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// thousands reports whether s is digit groups joined by sep, the first of
// one to three digits and the others of exactly three.
func thousands(s string, sep byte) bool {
	groups := strings.Split(s, string(sep))
	if len(groups) < 2 || len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// scales are the words that multiply a number written before them: 23.45k,
// 1.2M, 3 million. The single letters are case-sensitive (m is not mega).
var scales = map[string]float64{
	"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9,
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "mil": 1e6,
}
