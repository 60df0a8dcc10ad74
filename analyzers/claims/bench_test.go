package claims

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// benchProse is documentation as projects write it: most paragraphs hold
// no figure, some hold numbers that are not claims, one in twelve a claim.
// The comment after each says whether the pre-scan lets it through.
var benchProse = []string{
	"Install the package with pip and import it in your application module; the router is built once at start-up and shared by every worker.",        // skip
	"The Request object exposes headers, cookies and the query string. Await request.json() to parse the body; see the API reference for streaming.", // skip
	"Middleware runs in the order it is added. A middleware may short-circuit the chain by returning a response, which is then sent as is.",          // skip
	"Released on 2024-01-{n}. This release drops Python 3.8, adds type hints to the public API and has 100% test coverage across 1,200 tests.",       // pass: %
	"Dependency injection resolves parameters by type annotation. Scoped dependencies are created once per request and closed when it ends.",         // skip
	"Version 1.{n}.3 fixes issue #{n}, where a body larger than the configured limit was read before being rejected. Thanks to all contributors!",    // skip
	"Background tasks run after the response is sent. They share the application's event loop, so they must not block it with synchronous calls.",    // skip
	"Configure the server with a timeout of 30 s and {n} workers; each worker holds its own event loop and connection pool.",                         // pass: s
	"Our community has grown to 10k stars and 5,000 users in {n} countries, most of them deploying on Linux.",                                        // skip
	"WebSocket routes are declared like HTTP routes. The handler receives a connection object and may send and receive text or binary frames.",       // skip
	"Templates are rendered with Jinja. Static files are served from the static folder in development and by your web server in production.",         // skip
	"Covet serves 23,450 req/sec on one core with ~4.3 ms p99 latency, 2.7x faster than Django (run {n}).",                                           // pass: claims
}

// benchParagraphs are about 4 MB of benchProse.
var benchParagraphs = func() []string {
	var out []string
	size := 0
	for i := 0; size < 4<<20; i++ {
		p := strings.ReplaceAll(benchProse[i%len(benchProse)], "{n}", fmt.Sprint(i%97+2))
		out = append(out, p)
		size += len(p) + 2
	}
	return out
}()

func benchBytes() int64 {
	n := 0
	for _, p := range benchParagraphs {
		n += len(p)
	}
	return int64(n)
}

// BenchmarkRecognize is Recognize on every paragraph.
func BenchmarkRecognize(b *testing.B) {
	b.SetBytes(benchBytes())
	for b.Loop() {
		for _, p := range benchParagraphs {
			Default.Recognize(Unit{Text: p})
		}
	}
}

// BenchmarkMayHoldClaim is the pre-scan on every paragraph.
func BenchmarkMayHoldClaim(b *testing.B) {
	bs := make([][]byte, len(benchParagraphs))
	for i, p := range benchParagraphs {
		bs[i] = []byte(p)
	}
	b.SetBytes(benchBytes())
	for b.Loop() {
		for _, p := range bs {
			MayHoldClaim(p)
		}
	}
}

// BenchmarkPrescanThenRecognize is what a front-end does: the pre-scan on
// every paragraph, Recognize on those it lets through.
func BenchmarkPrescanThenRecognize(b *testing.B) {
	bs := make([][]byte, len(benchParagraphs))
	for i, p := range benchParagraphs {
		bs[i] = []byte(p)
	}
	b.SetBytes(benchBytes())
	for b.Loop() {
		for i, p := range bs {
			if MayHoldClaim(p) {
				Default.Recognize(Unit{Text: benchParagraphs[i]})
			}
		}
	}
}

// TestBenchCorpusSkips: the pre-scan lets through the claim paragraph and
// the two that only look like claims, and skips the rest.
func TestBenchCorpusSkips(t *testing.T) {
	var pass, claims []int
	for i, p := range benchParagraphs[:len(benchProse)] {
		if MayHoldClaim([]byte(p)) {
			pass = append(pass, i)
		}
		if len(Default.Recognize(Unit{Text: p})) > 0 {
			claims = append(claims, i)
		}
	}
	if !reflect.DeepEqual(pass, []int{3, 7, 11}) || !reflect.DeepEqual(claims, []int{11}) {
		t.Errorf("pre-scan passes %v and claims are in %v; want [3 7 11] and [11]", pass, claims)
	}
}

// BenchmarkDense is Recognize on text that is all figures, peers and
// comparisons in one sentence, at two sizes: the time per byte stays the
// same when the size grows four times (the scan is linear).
func BenchmarkDense(b *testing.B) {
	for _, size := range []int{100 << 10, 400 << 10} {
		text := strings.Repeat("~1.2k req/s, 2.7x faster than Django, outperforms FastAPI, 6-20x, 10 concurrent connections ", size/90+1)[:size]
		b.Run(fmt.Sprint(size>>10, "KB"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Default.Recognize(Unit{Text: text})
			}
		})
	}
}
