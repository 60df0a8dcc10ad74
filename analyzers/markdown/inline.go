package markdown

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	tsmdi "github.com/smacker/go-tree-sitter/markdown/tree-sitter-markdown-inline"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Inline is what the inline grammar finds in one block of prose: the parts
// that are not prose (code spans, inline HTML with its attribute values)
// and the links with their targets.
type Inline struct {
	Code  []source.Span `json:"code,omitempty"`
	HTML  []source.Span `json:"html,omitempty"`
	Links []Link        `json:"links,omitempty"`
}

// Link is an inline link, a reference link or an autolink.
type Link struct {
	Span source.Span `json:"span"`
	// Text is the link text; empty for an autolink.
	Text source.Span `json:"text"`
	// Target is the destination as written, a reference link's taken from
	// its definition; empty when the reference is not defined.
	Target string `json:"target,omitempty"`
}

// LinkDef is a link reference definition: [label]: target.
type LinkDef struct {
	Span   source.Span `json:"span"`
	Label  string      `json:"label"`
	Target string      `json:"target"`
}

const (
	iCode = iota
	iHTML
	iInlineLink
	iFullRef
	iCollapsedRef
	iShortcut
	iAutolink
	iPatterns
)

var inlineQuery = tsx.NewQuery(tsmdi.GetLanguage, `
(code_span) @node
(html_tag) @node
(inline_link (link_text)? @text (link_destination)? @dest) @node
(full_reference_link (link_text) @text (link_label) @label) @node
(collapsed_reference_link (link_text) @text) @node
(shortcut_link (link_text) @text) @node
[(uri_autolink) (email_autolink)] @node
`)

var (
	icapNode  = inlineQuery.Capture("node")
	icapText  = inlineQuery.Capture("text")
	icapDest  = inlineQuery.Capture("dest")
	icapLabel = inlineQuery.Capture("label")
)

// inlineTarget is a block whose inline content is parsed: its span and
// where to store the result.
type inlineTarget struct {
	span source.Span
	out  **Inline
}

// parseInline parses each target's span with the inline grammar, one block
// at a time so that nothing pairs across blocks, and fills its Inline.
// input is the parser-safe copy of src (same offsets).
func parseInline(src, input []byte, targets []inlineTarget, defs map[string]string, b *tsx.Budget) {
	if len(targets) == 0 {
		return
	}
	sort.SliceStable(targets, func(i, j int) bool { return targets[i].span.Start < targets[j].span.Start })
	rp := tsx.NewRangeParser(tsmdi.GetLanguage())
	defer rp.Close()
	pts := tsx.Points{Src: src}
	for _, t := range targets {
		if b.Expired() {
			return
		}
		sp := t.span
		rng := sitter.Range{StartByte: uint32(sp.Start), EndByte: uint32(sp.End), StartPoint: pts.At(sp.Start), EndPoint: pts.At(sp.End)}
		tree, err := rp.Parse(input, []sitter.Range{rng}, b)
		if err != nil {
			return
		}
		in := &Inline{}
		inlineQuery.Each(tree.RootNode(), b, func(pattern int, caps []*sitter.Node) {
			n := caps[icapNode]
			switch pattern {
			case iCode:
				in.Code = append(in.Code, tsx.SpanOf(n))
			case iHTML:
				in.HTML = append(in.HTML, tsx.SpanOf(n))
			case iAutolink:
				s := tsx.SpanOf(n)
				in.Links = append(in.Links, Link{Span: s, Text: source.Span{Start: s.End, End: s.End}, Target: strings.Trim(text(src, s), "<>")})
			default:
				l := Link{Span: tsx.SpanOf(n)}
				if c := caps[icapText]; c != nil {
					l.Text = tsx.SpanOf(c)
				}
				switch {
				case pattern == iInlineLink && caps[icapDest] != nil:
					l.Target = text(src, tsx.SpanOf(caps[icapDest]))
				case pattern == iFullRef:
					l.Target = defs[normalizeLabel(text(src, tsx.SpanOf(caps[icapLabel])))]
				case pattern == iCollapsedRef || pattern == iShortcut:
					l.Target = defs[normalizeLabel(text(src, l.Text))]
				}
				in.Links = append(in.Links, l)
			}
		})
		tree.Close()
		*t.out = in
	}
}

// normalizeLabel matches link labels as CommonMark does: brackets off,
// case folded, inner white space collapsed.
func normalizeLabel(s string) string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// mayNeedInline is the byte scan that decides whether a block is worth the
// inline grammar (about three times slower than the block grammar): only
// text holding a backtick, a bracket or an angle bracket has code spans,
// links or HTML to find, and only text the claims pre-scan accepts (a
// digit near a unit or claim word, or a comparing word) can hold a claim.
func mayNeedInline(src []byte, sp source.Span) bool {
	return hasMarkup(src, sp) && claims.MayHoldClaim(src[sp.Start:sp.End])
}

// hasMarkup reports whether src[sp] holds what opens a code span, a link,
// an autolink or an HTML tag. HTML comments are not markup here: the block
// pass already has them.
func hasMarkup(src []byte, sp source.Span) bool {
	for i := sp.Start; i < sp.End; i++ {
		switch c := src[i]; {
		case c == '`' || c == '[':
			return true
		case c == '<' && i+1 < sp.End && (src[i+1] == '/' || isLetter(src[i+1])):
			return true
		}
	}
	return false
}

// parseInline fills the Inline of the blocks that need it: headings,
// paragraphs and table cells that may hold a claim and have markup, and
// the paragraph leading into each table (its links back the table's
// figures). A nil Inline means the block holds no code span, link or HTML
// worth reading.
func (ff *Facts) parseInline(src []byte, b *tsx.Budget) {
	var targets []inlineTarget
	for i := range ff.Headings {
		if h := &ff.Headings[i]; mayNeedInline(src, h.TextSpan) {
			targets = append(targets, inlineTarget{span: h.TextSpan, out: &h.Inline})
		}
	}
	leadIns := map[int]bool{}
	for _, t := range ff.Tables {
		leadIns[t.Span.Start] = true
	}
	for i := range ff.Paragraphs {
		p := &ff.Paragraphs[i]
		if hasMarkup(src, p.Span) && (leadIns[nextBlockStart(src, p.Span.End)] || claims.MayHoldClaim(src[p.Span.Start:p.Span.End])) {
			targets = append(targets, inlineTarget{span: p.Span, out: &p.Inline})
		}
	}
	for i := range ff.Tables {
		// A bare number in a cell takes its unit from the headers: the
		// table as a whole may hold a claim, or none of its cells does.
		if t := ff.Tables[i].Span; !claims.MayHoldClaim(src[t.Start:t.End]) {
			continue
		}
		for j := range ff.Tables[i].Rows {
			for k := range ff.Tables[i].Rows[j].Cells {
				if c := &ff.Tables[i].Rows[j].Cells[k]; hasMarkup(src, c.Span) {
					targets = append(targets, inlineTarget{span: c.Span, out: &c.Inline})
				}
			}
		}
	}
	if len(targets) == 0 {
		return
	}
	defs := make(map[string]string, len(ff.LinkDefs))
	for _, d := range ff.LinkDefs {
		if _, seen := defs[d.Label]; !seen { // the first definition wins
			defs[d.Label] = d.Target
		}
	}
	parseInline(src, parserInput(src), targets, defs, b)
}

// nextBlockStart skips the blank lines after offset end.
func nextBlockStart(src []byte, end int) int {
	i := end
	for i < len(src) && isBlank(src[i]) {
		i++
	}
	return i
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
