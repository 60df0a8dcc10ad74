package rust

import (
	"reflect"
	"testing"
	"time"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// TestBudget: an expired budget ends the extraction of a hostile file at
// once, with nothing resolved (the front-end then drops the file with a
// warning); a budget with time left changes nothing.
func TestBudget(t *testing.T) {
	src := []byte(hostile("closureBlocks", hostileN))
	tree := parse(t, src)
	defer tree.Close()

	spent := tsx.NewBudget(-time.Second)
	if !spent.ExpiredNow() {
		t.Fatal("budget not expired")
	}
	ff, _ := Extract("x.rs", src, tree.RootNode(), spent)
	if len(ff.Calls) != 0 || len(ff.Bindings) != 0 {
		t.Errorf("expired budget: %d calls, %d bindings extracted", len(ff.Calls), len(ff.Bindings))
	}

	want, _ := Extract("x.rs", src, tree.RootNode(), nil)
	got, _ := Extract("x.rs", src, tree.RootNode(), tsx.NewBudget(time.Hour))
	if !reflect.DeepEqual(got, want) {
		t.Error("a budget with time left changed the facts")
	}
	sleepFound(t, got)
}
