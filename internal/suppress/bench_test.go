package suppress

import (
	"go/token"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// BenchmarkSuppress measures Collect, Apply and Unused over 200 files of
// 20 functions, each with a used, an unused and a plain comment.
func BenchmarkSuppress(b *testing.B) {
	var sb strings.Builder
	for j := 0; j < 20; j++ {
		sb.WriteString("async def f():\n    time.sleep(1)  # noqa: CVT201\n    x = 1  # covet-lint: ignore[CVT201] reason\n    # a plain comment\n    return x\n\n")
	}
	src := sb.String()
	fset := token.NewFileSet()
	var files []*source.File
	for i := 0; i < 200; i++ {
		tf := fset.AddFile(strings.Repeat("a", i+1)+".py", -1, len(src))
		tf.SetLinesForContent([]byte(src))
		files = append(files, &source.File{Path: tf.Name(), Lang: source.Python, Src: []byte(src), Tok: tf})
	}
	set := source.NewSet(files, source.Settings{Jobs: 1})
	var findings []report.Finding
	comments := map[string][]source.Comment{}
	for _, f := range files {
		var cs []source.Comment
		for off := 0; ; {
			i := strings.IndexByte(src[off:], '#')
			if i < 0 {
				break
			}
			start := off + i
			end := start + strings.IndexByte(src[start:], '\n')
			cs = append(cs, source.Comment{Span: source.Span{Start: start, End: end}, Text: src[start:end], Trailing: src[start-2] != ' ' || src[start-3] != ' '})
			off = end
		}
		comments[f.Path] = cs
		for l := 2; l <= f.Tok.LineCount(); l += 6 {
			findings = append(findings, report.Finding{Code: "CVT201", Location: report.Location{Path: f.Path, Line: l}})
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dirs := Collect(set, comments, known)
		Apply(findings, dirs)
		Unused(dirs, func(string, *rules.Rule) bool { return true })
	}
}
