package blocking

import "strings"

// Short writes a call as messages show it: on one line and under 80
// characters, however its source spreads a chain over lines.
func Short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "..."
	}
	return s
}
