package manifest

import (
	"regexp"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// commentedKey matches a commented-out line that would configure a native
// build: a [tool.maturin] or setuptools-rust header, a maturin key, or a
// build backend or requirement naming maturin.
var commentedKey = regexp.MustCompile(`^#+\s*(\[\[?tool\.(maturin|setuptools-rust)[\].]|(module-name|python-source|manifest-path)\s*=|build-backend\s*=\s*"maturin"|requires\s*=.*maturin)`)

// commentedBuild lists the comments that are commented-out build
// configuration, the comment marker dropped from Text.
func commentedBuild(cs []source.Comment) []Value {
	var out []Value
	for _, c := range cs {
		if commentedKey.MatchString(c.Text) {
			text := strings.TrimSpace(strings.TrimLeft(c.Text, "#"))
			out = append(out, Value{Text: text, Span: c.Span})
		}
	}
	return out
}
