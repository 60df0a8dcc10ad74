package blockingcallviahelper_test

import (
	"strings"
	"testing"
)

// TestRelatedThroughInjectedService: a service injected with Depends and
// obtained from its factory is followed like any helper, and the chain
// shows in related locations, down to the sqlite3 call; a service whose
// class only its factory names (untyped Depends) shows that factory first.
func TestRelatedThroughInjectedService(t *testing.T) {
	fs := findings(t, "factory_injected_services")
	chain := "app/services.py:9:9 OrderService.create calls OrderRepository.add\n" +
		"app/repositories.py:11:9 OrderRepository.add calls conn.commit(), which blocks; " + instead("sqlite3.connect().commit") + "\n"
	fromFactory := map[int]string{
		27: "app/services.py:22:12 app.services.build_service: return OrderService(OrderRepository(\"orders.db\"))\n",
	}
	seen := 0
	for _, f := range fs {
		if f.Path != "app/api.py" {
			t.Errorf("finding in %s: %s", f.Path, f.Message)
			continue
		}
		seen++
		if want := fromFactory[f.Line] + chain; related(f) != want {
			t.Errorf("line %d related:\n%s\nwant:\n%s", f.Line, related(f), want)
		}
		if !strings.Contains(f.Message, "OrderService.create -> OrderRepository.add -> conn.commit") {
			t.Errorf("line %d: %s", f.Line, f.Message)
		}
	}
	if seen != 4 {
		t.Errorf("%d findings, want 4 (typed, annotated, untyped Depends, annotated parameter)", seen)
	}
}
