package blocking

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// links are the callees of every call in long builder chains, as the Rust
// front-end gives them (each link a prefix of the next): n args then
// .output(), then .spawn().wait(), then a method with a blank then
// .output(). The output of the first and the wait of the second block.
func links(n int) []string {
	args := "std::process::Command::new()" + strings.Repeat(".arg()", n)
	var out []string
	for _, full := range []string{args + ".output", args + ".spawn().wait", args + ".bad name().output"} {
		for i := 0; i < len(full); i++ {
			if full[i] == '(' {
				out = append(out, full[:i])
			}
		}
		out = append(out, full)
	}
	return out
}

// TestLookupRustLongChain: remembered chain heads give the answers a
// fresh walk gives, whatever order the links come in, and each link costs
// its last steps (20,000 links took 10 s when each walked the whole chain).
func TestLookupRustLongChain(t *testing.T) {
	const n = 20000
	ls := links(n)
	fresh := func(c string) string {
		chainValues.Lock()
		clear(chainValues.m)
		chainValues.Unlock()
		b, name, ok := LookupRust(c)
		return fmt.Sprintf("%s %s %v", b.Family, name, ok)
	}
	// Reference answers on a few links, each walked from scratch.
	output, wait, blank := n+1, 2*(n+1)+2, len(ls)-1
	want := map[int]string{}
	for _, i := range []int{0, 1, 100, n, output, output + 1, output + n, wait - 1, wait, wait + 1, blank - 1, blank} {
		want[i] = fresh(ls[i])
	}
	if !strings.HasSuffix(ls[output], ".arg().output") || want[output] != "process std::process::Command::output true" ||
		!strings.HasSuffix(ls[wait], ".spawn().wait") || want[wait] != "process std::process::Child::wait true" ||
		!strings.HasSuffix(ls[blank], "name().output") || want[blank] != "  false" || want[n] != "  false" {
		t.Fatalf("reference answers: %v", want)
	}
	orders := map[string][]int{"outer first": nil, "inner first": nil, "shuffled": nil}
	for i := range ls {
		orders["inner first"] = append(orders["inner first"], i)
		orders["outer first"] = append(orders["outer first"], len(ls)-1-i)
	}
	orders["shuffled"] = rand.New(rand.NewSource(1)).Perm(len(ls))
	for name, order := range orders {
		chainValues.Lock()
		clear(chainValues.m)
		chainValues.Unlock()
		hits := 0
		for _, i := range order {
			b, n, ok := LookupRust(ls[i])
			if w, checked := want[i]; checked && fmt.Sprintf("%s %s %v", b.Family, n, ok) != w {
				t.Errorf("%s: link %d: %v %q %v, want %s", name, i, b.Family, n, ok, w)
			}
			if ok {
				hits++
			}
		}
		if hits != 2 {
			t.Errorf("%s: %d blocking links, want 2 (output, wait)", name, hits)
		}
	}
}

// TestLookupRustIn: the same answers as LookupRust on the joined path.
func TestLookupRustIn(t *testing.T) {
	for _, c := range []struct{ glob, callee string }{
		{"std::thread", "sleep"},
		{"std::fs", "read_to_string"},
		{"std::fs", "File::open().read_to_end"},
		{"std::process", "Command::new().arg().output"},
		{"std::process", "Command::new().arg"},
		{"std", "fs::read"},
		{"tokio::time", "sleep"},
		{"std::fs", "<std::fs::File>.sync_all"},
		{"std::fs", ""},
		{"std::fs", "File::open().bad name"},
	} {
		b1, n1, ok1 := LookupRustIn(c.glob, c.callee)
		b2, n2, ok2 := LookupRust(c.glob + "::" + c.callee)
		if c.callee == "" || strings.HasPrefix(c.callee, "<") {
			b2, n2, ok2 = Blocking{}, "", false
		}
		if b1 != b2 || n1 != n2 || ok1 != ok2 {
			t.Errorf("%s :: %s: %v %q %v, want %v %q %v", c.glob, c.callee, b1, n1, ok1, b2, n2, ok2)
		}
	}
	if _, _, ok := LookupRustIn("std::process", "Command::new().arg().output"); !ok {
		t.Error("Command::new().arg().output under use std::process::* does not block")
	}
}

// TestLookupRustBlanks: a callee with a blank anywhere does not block.
func TestLookupRustBlanks(t *testing.T) {
	for _, c := range []string{
		"std::thread::sleep ",
		"std::thread:: sleep",
		"std::fs::File::open().read_to_end\n",
		"std::process::Command::new().ar g().output",
		"<std::fs::File >.sync_all",
		"std::fs::read_to string",
	} {
		if b, name, ok := LookupRust(c); ok {
			t.Errorf("%q blocks: %v %s", c, b, name)
		}
	}
}
