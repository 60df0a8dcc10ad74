package tsx

import (
	"context"
	"time"
)

// Budget is one file's time allowance, shared by parsing, query matching and
// extraction, so that no phase of a hostile file can keep a worker busy past
// it. Extraction loops call Expired as they go and stop early; the front-end
// then drops the file's partial facts with a warning naming it.
//
// A Budget belongs to one file's visit, on one goroutine.
type Budget struct {
	deadline time.Time
	calls    uint32
	expired  bool
}

// NewBudget starts a budget of d from now.
func NewBudget(d time.Duration) *Budget {
	return &Budget{deadline: time.Now().Add(d)}
}

// checkEvery is how many Expired calls share one reading of the clock:
// cheap enough for a call per node, fine enough that no step between two
// readings (each linear in the file) takes long.
const checkEvery = 64

// Expired reports whether the budget is spent. A nil Budget never expires.
func (b *Budget) Expired() bool {
	if b == nil {
		return false
	}
	if b.expired {
		return true
	}
	b.calls++
	if b.calls%checkEvery == 0 && !time.Now().Before(b.deadline) {
		b.expired = true
	}
	return b.expired
}

// ExpiredNow is Expired reading the clock at once, for the end of a phase.
func (b *Budget) ExpiredNow() bool {
	if b == nil {
		return false
	}
	if !b.expired && !time.Now().Before(b.deadline) {
		b.expired = true
	}
	return b.expired
}

// context is a context that ends with the budget, for parsing.
func (b *Budget) context() (context.Context, context.CancelFunc) {
	if b == nil {
		return context.WithCancel(context.Background())
	}
	return context.WithDeadline(context.Background(), b.deadline)
}
