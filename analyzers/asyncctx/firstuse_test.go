package asyncctx

import (
	"strings"
	"testing"
)

// TestFirstUseGuards: the blocks of lazy initializations of globals and
// attributes are found; a local default, a guard that assigns something
// else, and the code after a guard are not first use.
func TestFirstUseGuards(t *testing.T) {
	src := `import redis

_client = None


def get_client():
    global _client
    if _client is None:
        _client = redis.Redis()
        _client.ping()  # in: global
    return _client.get("k")  # out


class Server:
    def start(self):
        if not self.running:
            self.port = find_port()
            self.running = True
            spawn()  # in: attribute
        poll()  # out


def load(path=None):
    if path is None:
        path = default_path()  # out: a local runs every call
    return open(path)


def other():
    if not self.ready:
        warm()  # out: assigns nothing
    if Settings.loaded is None:
        if flag:
            read_settings()  # in: nested
        Settings.loaded: dict = {}
`
	idx := newGuardIndex(firstUseGuards([]byte(src)))
	for _, line := range strings.Split(src, "\n") {
		_, comment, ok := strings.Cut(line, "# ")
		if !ok {
			continue
		}
		off := strings.Index(src, line) + len(line) - len(strings.TrimLeft(line, " "))
		g, in := idx.around(off)
		want := strings.HasPrefix(comment, "in")
		if in != want {
			t.Errorf("%q: first use %v (%q), want %v", strings.TrimSpace(line), in, g.Text, want)
		}
	}
	if g, ok := idx.around(strings.Index(src, "_client.ping")); !ok || g.Text != "if _client is None:" {
		t.Errorf("guard text %q", g.Text)
	}
}

// TestFirstUseGuardsLinear: a file of many guards and deep nesting is read
// in one pass (this runs in milliseconds; quadratic would take minutes).
func TestFirstUseGuardsLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("global g\n")
	for i := 0; i < 20000; i++ {
		b.WriteString("if g is None:\n    g = 1\n    if not self.x:\n        self.x = 2\n")
	}
	gs := firstUseGuards([]byte(b.String()))
	if len(gs) != 40000 {
		t.Fatalf("%d guards, want 40000", len(gs))
	}
	idx := newGuardIndex(gs)
	for _, g := range gs {
		if _, ok := idx.around(g.Body.Start); !ok {
			t.Fatalf("guard at %d not found", g.Body.Start)
		}
	}
}
