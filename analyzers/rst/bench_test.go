package rst

import (
	"os"
	"strings"
	"testing"
)

// benchDoc is about 4 MB of README.rst-like text: the test README again
// and again.
var benchDoc = func() []byte {
	src, err := os.ReadFile("testdata/readme.rst")
	if err != nil {
		panic(err)
	}
	return []byte(strings.Repeat(string(src), 4<<20/len(src)+1))
}()

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		Parse(benchDoc)
	}
}
