package claims

import (
	"slices"
	"strings"
)

// Peer is a project a claim may compare against. Name is matched in any
// letter case unless ExactCase (Go, Express: ordinary English words when
// lower-cased); Aliases are other spellings, matched the same way.
type Peer struct {
	Name      string
	Aliases   []string
	ExactCase bool
}

// DefaultPeers are the web frameworks and runtimes Python web projects
// compare themselves with.
var DefaultPeers = []Peer{
	{Name: "FastAPI"}, {Name: "Django"}, {Name: "Flask"}, {Name: "Starlette"},
	{Name: "Sanic"}, {Name: "aiohttp"}, {Name: "Tornado", ExactCase: true},
	{Name: "Quart", ExactCase: true}, {Name: "Litestar"}, {Name: "Falcon", ExactCase: true},
	{Name: "Robyn"}, {Name: "Granian"}, {Name: "Express", Aliases: []string{"Express.js", "ExpressJS"}, ExactCase: true},
	{Name: "Node.js", Aliases: []string{"NodeJS"}}, {Name: "Node.js", Aliases: []string{"Node"}, ExactCase: true},
	{Name: "Go", Aliases: []string{"Golang"}, ExactCase: true},
	{Name: "Axum"}, {Name: "Actix", Aliases: []string{"actix-web", "Actix-Web"}},
	{Name: "Uvicorn"}, {Name: "Gunicorn"}, {Name: "Hypercorn"}, {Name: "Bottle", ExactCase: true},
	{Name: "Pyramid", ExactCase: true}, {Name: "BlackSheep"}, {Name: "Socketify"},
	{Name: "Rocket", ExactCase: true}, {Name: "Gin", ExactCase: true}, {Name: "Fiber", ExactCase: true},
	{Name: "Spring", ExactCase: true}, {Name: "Rails", ExactCase: true}, {Name: "Laravel"},
	{Name: "gevent"}, {Name: "Twisted", ExactCase: true}, {Name: "Bun", ExactCase: true},
	{Name: "Deno"},
}

// Recognizer finds claims; build it once with New and share it: it is
// read-only after construction.
type Recognizer struct {
	exact, folded map[string]string // spelling -> peer name
}

// New returns a Recognizer comparing against peers.
func New(peers []Peer) *Recognizer {
	r := &Recognizer{exact: map[string]string{}, folded: map[string]string{}}
	for _, p := range peers {
		for _, spelling := range append([]string{p.Name}, p.Aliases...) {
			if p.ExactCase {
				r.exact[spelling] = p.Name
			} else {
				r.folded[strings.ToLower(spelling)] = p.Name
			}
		}
	}
	return r
}

// Default compares against DefaultPeers.
var Default = New(DefaultPeers)

// Peer returns the peer a word names, a possessive 's dropped.
func (r *Recognizer) Peer(w string) (string, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if name, ok := r.exact[w]; ok {
		return name, true
	}
	name, ok := r.folded[strings.ToLower(w)]
	return name, ok
}

// peersIn lists the peers named by words tokens [from, to), in order,
// each once, appended to into.
func (r *Recognizer) peersIn(sc *scan, from, to int, into []string) []string {
	for k := max(from, 0); k < to && k < len(sc.toks); k++ {
		if sc.toks[k].kind != tWord {
			continue
		}
		if name, ok := r.Peer(sc.toks[k].text(sc.s)); ok && !slices.Contains(into, name) {
			into = append(into, name)
		}
	}
	return into
}
