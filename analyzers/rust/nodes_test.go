package rust

import (
	"math/rand"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// TestNest checks nest.find against the innermost holding interval found
// by hand, on random nested intervals (siblings, children, shared starts
// and ends, empty ones).
func TestNest(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var iv []interval
		// Random nesting: split [lo, hi) into children, a few levels deep.
		type todo struct{ lo, hi, depth int }
		stack := []todo{{0, 200, 0}}
		for len(stack) > 0 {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for at := w.lo; at < w.hi && w.depth < 5; {
				start := at + r.Intn(4)
				if start > w.hi {
					break
				}
				end := start + r.Intn(w.hi-start+1)
				iv = append(iv, interval{source.Span{Start: start, End: end}, len(iv)})
				stack = append(stack, todo{start, end, w.depth + 1})
				at = end + r.Intn(3)
			}
		}
		sortIntervals(iv)
		n := newNest(iv)
		for off := -1; off <= 201; off++ {
			want := -1
			for _, v := range iv {
				// The innermost is the last holding one in sorted order.
				if v.span.Start <= off && off < v.span.End {
					want = v.id
				}
			}
			if got := n.find(off); got != want {
				t.Fatalf("round %d offset %d: got %d, want %d (intervals %v)", round, off, got, want, iv)
			}
		}
	}
}
