package tsx

import (
	"testing"
	"time"
)

func TestBudget(t *testing.T) {
	var none *Budget
	if none.Expired() || none.ExpiredNow() {
		t.Error("a nil budget expired")
	}
	long := NewBudget(time.Hour)
	for i := 0; i < 10*checkEvery; i++ {
		if long.Expired() {
			t.Fatal("an hour's budget expired at once")
		}
	}
	spent := NewBudget(-time.Second)
	if !spent.ExpiredNow() {
		t.Error("a budget in the past is not expired")
	}
	// Expired reads the clock once every checkEvery calls, then stays expired.
	spent = NewBudget(-time.Second)
	n := 0
	for !spent.Expired() {
		n++
	}
	if n != checkEvery-1 {
		t.Errorf("expired after %d calls, want %d", n+1, checkEvery)
	}
	if !spent.Expired() {
		t.Error("an expired budget came back")
	}
}
