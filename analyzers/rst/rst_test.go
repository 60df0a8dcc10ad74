package rst

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// outline describes a Doc one line per fact, in a form a test can state:
// headings "H<level> text", prose "<kind> text -> targets", tables
// "T header cells | row cells | ...", literals "L kind". Blanked text is
// shown with its runs of spaces collapsed.
func outline(t *testing.T, src string) []string {
	t.Helper()
	d := Parse([]byte(src))
	checkDoc(t, src, d)
	var out []string
	for _, h := range d.Headings {
		out = append(out, fmt.Sprintf("H%d %s", h.Level, squeeze(h.Text)))
	}
	for _, p := range d.Prose {
		s := fmt.Sprintf("%s %s", p.Kind, squeeze(p.Text))
		if len(p.Links) > 0 {
			var ts []string
			for _, l := range p.Links {
				ts = append(ts, l.Target)
			}
			s += " -> " + strings.Join(ts, " ")
		}
		out = append(out, s)
	}
	for _, tb := range d.Tables {
		var rows []string
		for _, r := range tb.Rows {
			var cells []string
			for _, c := range r.Cells {
				cells = append(cells, squeeze(c.Text))
			}
			mark := ""
			if r.Header {
				mark = "*"
			}
			rows = append(rows, mark+strings.Join(cells, ","))
		}
		out = append(out, "T "+strings.Join(rows, " | "))
	}
	for _, l := range d.Literals {
		out = append(out, "L "+l.Kind)
	}
	return out
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkDoc holds for every document: spans inside the source, blanked
// texts as long as their spans and equal to the source wherever they are
// not blank.
func checkDoc(t *testing.T, src string, d *Doc) {
	t.Helper()
	text := func(what string, start, end int, s string) {
		if start < 0 || end > len(src) || start > end {
			t.Fatalf("%s span [%d,%d) outside a %d-byte source", what, start, end, len(src))
		}
		if len(s) != end-start {
			t.Fatalf("%s text %q is %d bytes, its span %d", what, s, len(s), end-start)
		}
		for k := 0; k < len(s); k++ {
			if s[k] != ' ' && s[k] != src[start+k] {
				t.Fatalf("%s text %q differs from the source %q at %d", what, s, src[start:end], k)
			}
		}
	}
	links := func(ls []Link) {
		for _, l := range ls {
			if l.Span.Start < 0 || l.Span.End > len(src) || l.Span.Start > l.Span.End {
				t.Fatalf("link span %v outside the source", l.Span)
			}
		}
	}
	for _, h := range d.Headings {
		text("heading", h.TextSpan.Start, h.TextSpan.End, h.Text)
		if !(h.Span.Start <= h.TextSpan.Start && h.TextSpan.End <= h.Span.End) {
			t.Fatalf("heading span %v does not hold its text %v", h.Span, h.TextSpan)
		}
	}
	for _, p := range d.Prose {
		text("prose", p.Span.Start, p.Span.End, p.Text)
		links(p.Links)
	}
	for _, tb := range d.Tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				text("cell", c.Span.Start, c.Span.End, c.Text)
				links(c.Links)
			}
		}
		if tb.LeadIn >= len(d.Prose) {
			t.Fatalf("lead-in %d of %d paragraphs", tb.LeadIn, len(d.Prose))
		}
	}
	for _, l := range d.Literals {
		if l.Span.Start < 0 || l.Span.End > len(src) || l.Span.Start > l.Span.End {
			t.Fatalf("literal span %v outside the source", l.Span)
		}
	}
}

func expect(t *testing.T, src string, want []string) {
	t.Helper()
	if got := outline(t, src); !reflect.DeepEqual(got, want) {
		t.Errorf("source:\n%s\ngot:\n  %s\nwant:\n  %s", src, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestReadme is a README.rst as Python projects write it.
func TestReadme(t *testing.T) {
	src, err := os.ReadFile("testdata/readme.rst")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, string(src), []string{
		"H1 Covetpy",
		"H2 Features",
		"H3 Benchmarks",
		"paragraph Covetpy is an ASGI web framework with a Rust core. It serves up to 23,450 req/s on one core, faster than Django (see the benchmarks and results )." +
			" -> https://www.djangoproject.com/ https://covetpy.dev/bench https://covetpy.dev/results",
		"item Routing in 850 ns per lookup -> [1]",
		"item Cold start under 1.2 s, see perf -> doc:perf",
		"item Run and to serve 10,000 concurrent connections.",
		"item First step",
		"item Second step",
		"paragraph Figures measured with ; p99 latency 4.3 ms.",
		"paragraph Measured with benchmarks/run_http.py on a c5.large:",
		"paragraph Example::",
		"line-block Line block with 5 ms second line",
		"T *Framework,req/s,p99 (ms) | Covetpy,23,450,4.3 | FastAPI,18,234,5.5 | Django,8,765,11.4",
		"T *Framework,Memory (MB),Startup (s) | Covetpy,30,0.2 | Flask,45,0.4",
		"L image", "L substitution", "L target", "L target", "L code-block", "L literal", "L doctest",
		"L comment", "L footnote",
	})
	d := Parse(src)
	if d.Tables[0].LeadIn < 0 || !strings.HasPrefix(d.Prose[d.Tables[0].LeadIn].Text, "Measured with") {
		t.Errorf("simple table lead-in = %d", d.Tables[0].LeadIn)
	}
	if d.Tables[1].LeadIn != -1 {
		t.Errorf("grid table right after a table has lead-in %d", d.Tables[1].LeadIn)
	}
	if cols := d.Tables[0].Columns; len(cols) != 3 || cols[1].Text != "req/s" {
		t.Errorf("columns = %+v", cols)
	}
	if h := d.Prose[len(d.Prose)-1].Heading; h != 2 {
		t.Errorf("last paragraph is under heading %d, want 2", h)
	}
}

func TestSections(t *testing.T) {
	expect(t, "Title\n=====\n\nSub\n---\n\nText.\n\n----------\n\nOther\n=====\n\n=====\n Over\n=====\n", []string{
		"H1 Title", "H2 Sub", "H1 Other", "H3 Over", "paragraph Text.",
	})
	// Too short an underline under a long line is no title.
	expect(t, "A long title line\n--\n", []string{"paragraph A long title line --"})
}

func TestLiteralBlocks(t *testing.T) {
	expect(t, "Run it::\n\n    bench --rps 5000\n    more\n\nAfter 3 ms.\n\n::\n\n    hidden 4 ms\n\nEnd.\n", []string{
		"paragraph Run it::", "paragraph After 3 ms.", "paragraph End.", "L literal", "L literal",
	})
	// An item's literal block is indented past the item's text.
	expect(t, "- Example::\n\n      code 5 ms\n\n- next\n", []string{"item Example::", "item next", "L literal"})
}

func TestDirectives(t *testing.T) {
	expect(t, ".. note:: Inline 2x faster\n   and more.\n\n.. warning::\n   :class: big\n\n   Body 4 ms.\n\n"+
		".. code-block:: python\n\n   x = 1\n\n   y = 2\n\nAfter.\n\n.. raw:: html\n\n   <b>9 ms</b>\n\n"+
		".. versionadded:: 2.0\n   Faster by 30%.\n\n.. math::\n\n   x^2\n\n.. This is a comment\n   with 5 ms.\n\n"+
		".. py:function:: run(app)\n\n   Serves 5 ms faster.\n\n.. autoclass:: covet.App\n   :members:\n\n"+
		".. image:: bench.png\n   :alt: 9 ms\n", []string{
		"paragraph Inline 2x faster and more.", "paragraph Body 4 ms.", "paragraph After.",
		"paragraph 2.0 Faster by 30%.", "paragraph run(app)", "paragraph Serves 5 ms faster.",
		"L code-block", "L raw", "L math", "L comment", "L autoclass", "L image",
	})
}

func TestInlineMarkup(t *testing.T) {
	src := "See `the docs <https://x.dev/a>`_, `Name`_, other_, `anon`__ and anon2__; " +
		"``code 5 ms`` :code:`7 ms` :py:func:`f` :ref:`bench <perf-label>` *em* **23,450** req/s " +
		"|sub| [#]_ [CIT2002]_ `missing`_ `interp` snake_case_name http://x.dev/a_b\n\n" +
		".. _name: https://x.dev/name\n.. _other: name_\n__ https://x.dev/anon1\n.. __: https://x.dev/anon2\n"
	expect(t, src, []string{
		"paragraph See the docs , Name , other , anon and anon2 ; bench em 23,450 req/s sub missing interp snake_case_name http://x.dev/a_b" +
			" -> https://x.dev/a https://x.dev/name https://x.dev/name https://x.dev/anon1 https://x.dev/anon2 ref:perf-label [#] [CIT2002] #missing",
		"L target", "L target", "L target", "L target",
	})
}

func TestLists(t *testing.T) {
	expect(t, "* one 5 ms\n  continued\n\n  second paragraph\n\n  - nested\n\n1. first\n2) second\n(3) third\n#. auto\nA. letter\n\nterm\n    definition 2x\n", []string{
		"item one 5 ms continued", "paragraph second paragraph", "item nested", "item first", "item second",
		"item third", "item auto", "item letter", "term term", "paragraph definition 2x",
	})
}

func TestSimpleTables(t *testing.T) {
	// No header; a row continued on a line with an empty first column;
	// blank lines and span underlines separate nothing.
	expect(t, "=====  ======\ncovet  23,450\n       req/s\n\nother  9,000\n-----  ------\n=====  ======\n", []string{
		"T covet,23,450 req/s | other,9,000",
	})
	// Non-ASCII text keeps columns by characters.
	d := Parse([]byte("====  =====\nµs    req/s\n====  =====\nété   4.3\n====  =====\n"))
	if c := d.Tables[0].Rows[1].Cells; c[0].Text != "été" || c[1].Text != "4.3" {
		t.Errorf("cells = %+v", c)
	}
}

func TestGridTables(t *testing.T) {
	src := "+-------+-------+------+\n" +
		"| Name  | req/s | ms   |\n" +
		"+=======+=======+======+\n" +
		"| covet | 23,450       |\n" +
		"|       | spanned      |\n" +
		"+-------+-------+------+\n" +
		"| µs    | 1     | 2    |\n" +
		"+-------+-------+------+\n"
	expect(t, src, []string{"T *Name,req/s,ms | covet,23,450 spanned | µs,1,2"})
	d := Parse([]byte(src))
	if c := d.Tables[0].Rows[1].Cells[1]; !strings.Contains(c.Text, "\n") {
		t.Errorf("a two-line cell keeps its line break: %q", c.Text)
	}
	if cols := d.Tables[0].Columns; cols[2].Text != "ms" {
		t.Errorf("columns = %+v", cols)
	}
	// An unclosed grid is no table.
	expect(t, "+---+---+\n| a | b |\n", []string{"paragraph +---+---+ | a | b |"})
}

func TestLineEndings(t *testing.T) {
	for _, src := range []string{
		"\xEF\xBB\xBFTitle\r\n=====\r\n\r\nText 5 ms.\r\n",
		"Title\r=====\r\rText 5 ms.\r",
	} {
		expect(t, src, []string{"H1 Title", "paragraph Text 5 ms."})
	}
}

func TestListTable(t *testing.T) {
	src := ".. list-table:: Requests per second\n" +
		"   :header-rows: 1\n" +
		"   :widths: 20 10\n\n" +
		"   * - Framework\n" +
		"     - req/s\n" +
		"   * - covet\n" +
		"     - 23,450\n" +
		"       on one core\n" +
		"   * - FastAPI\n" +
		"     - 18,234\n\n" +
		"After.\n"
	expect(t, src, []string{
		"paragraph Requests per second", "paragraph After.",
		"T *Framework,req/s | covet,23,450 on one core | FastAPI,18,234",
	})
	d := Parse([]byte(src))
	if tb := d.Tables[0]; tb.LeadIn != 0 || tb.Columns[1].Text != "req/s" {
		t.Errorf("lead-in %d, columns %+v", tb.LeadIn, tb.Columns)
	}
}

func TestCSVTable(t *testing.T) {
	src := ".. csv-table:: Latency\n" +
		"   :header: \"Framework\", \"p99, ms\"\n" +
		"   :widths: 20, 10\n\n" +
		"   \"covet\", 4.3\n" +
		"   \"FastAPI, uvicorn\", 5.5\n\n" +
		".. csv-table:: From a file\n" +
		"   :file: bench.csv\n"
	expect(t, src, []string{
		"paragraph Latency", "paragraph From a file",
		"T *Framework,p99, ms | covet,4.3 | FastAPI, uvicorn,5.5",
		"L csv-table",
	})
}
