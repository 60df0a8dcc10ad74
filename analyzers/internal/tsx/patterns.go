package tsx

import "fmt"

// Patterns is how many patterns the query has.
func (q *Query) Patterns() int {
	q.compile()
	return int(q.q.PatternCount())
}

// MustHavePatterns panics unless the query has exactly n patterns. A
// front-end names its patterns with constants in query order; a pattern
// added to the query without its constant would silently take another's
// meaning, so each front-end checks the count when its query is first used.
func (q *Query) MustHavePatterns(n int) {
	if got := q.Patterns(); got != n {
		panic(fmt.Sprintf("tsx: query has %d patterns, its front-end names %d", got, n))
	}
}
