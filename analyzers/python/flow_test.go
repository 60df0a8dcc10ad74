package python

import (
	"reflect"
	"strings"
	"testing"
)

func TestFlowFacts(t *testing.T) {
	src := `import functools
from fastapi import FastAPI
app = FastAPI()

@functools.lru_cache(maxsize=1)
@app.get("/x")
def handler(ws):
    global registry
    registry = make()
    self.client = await make()
    clients[ws.id] = (ws)
    del clients[ws.id], other[1]
    for x in xs:
        pass
    while True:
        try:
            pass
        except (WebSocketDisconnect, websockets.ConnectionClosed) as e:
            pass
        except:
            pass
        finally:
            pass
    ys = [y for y in xs]
    yield conn
    return make()
`
	ff := extract(t, "m.py", "m", src)
	var decs []string
	for _, d := range ff.Decorators {
		if ff.Scopes[d.Target].Name != "handler" {
			t.Errorf("decorator %q targets %q", d.Text, ff.Scopes[d.Target].Name)
		}
		decs = append(decs, d.Name+"|"+d.Text+"|"+d.Args)
	}
	if want := []string{`functools.lru_cache|functools.lru_cache|(maxsize=1)`, `fastapi.FastAPI().get|app.get|("/x")`}; !reflect.DeepEqual(decs, want) {
		t.Errorf("decorators %q, want %q", decs, want)
	}
	var blocks []string
	for _, b := range ff.Blocks {
		s := string(b.Kind)
		if b.Forever {
			s += " forever"
		}
		if len(b.Catches) > 0 {
			s += " " + strings.Join(b.Catches, ",")
		}
		if b.Try >= 0 && ff.Blocks[b.Try].Kind != TryBlock {
			t.Errorf("%s clause points at a %s", b.Kind, ff.Blocks[b.Try].Kind)
		}
		blocks = append(blocks, s)
	}
	want := []string{"for", "while forever", "try", "except WebSocketDisconnect,websockets.ConnectionClosed", "except", "finally", "comprehension"}
	if !reflect.DeepEqual(blocks, want) {
		t.Errorf("blocks %q, want %q", blocks, want)
	}
	var stores []string
	for _, st := range ff.Stores {
		v := ""
		if st.Value.End > st.Value.Start {
			v = src[st.Value.Start:st.Value.End]
		}
		stores = append(stores, string(st.Kind)+"|"+st.Target+"|"+v)
	}
	// `ys = [...]` is no call: it stores nothing.
	wantStores := []string{
		"name|app|FastAPI()", "global|registry|", "name|registry|make()", "attr|self.client|make()",
		"item|clients[ws.id]|ws", "del|clients[ws.id]|", "del|other[1]|", "yield||conn", "return||make()",
	}
	if !reflect.DeepEqual(stores, wantStores) {
		t.Errorf("stores\n %q\nwant\n %q", stores, wantStores)
	}
	for _, st := range ff.Stores[1:] {
		if st.Scope < 0 || ff.Scopes[st.Scope].Name != "handler" {
			t.Errorf("store %s %q outside handler", st.Kind, st.Target)
		}
	}
}
