package measure

import (
	"strconv"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// sink is what a call does with the values passed to it.
type sink uint8

const (
	noSink sink = iota
	printed
	written
	plotted // plots data: bars, lines, points, pies
	labels  // draws text on a plot: bar labels, tick labels, annotations
)

var (
	printCalls = set("print", "builtins.print", "pprint.pprint", "click.echo", "sys.stdout.write", "tabulate.tabulate", "rich.print")
	writeCalls = set("json.dump", "json.dumps", "yaml.dump", "yaml.safe_dump", "pickle.dump", "toml.dump", "tomli_w.dump", "orjson.dumps", "ujson.dump", "ujson.dumps")
	// Methods by name: on loggers, csv writers, files, data frames, consoles.
	printMethods = set("info", "warning", "debug", "error", "critical", "log", "print", "echo")
	writeMethods = set("writerow", "writerows", "write", "write_text", "to_csv", "to_json", "to_markdown", "to_html", "dump", "dumps", "add_row", "writeheader")
	plotMethods  = set("bar", "barh", "plot", "scatter", "pie", "hist", "errorbar", "stackplot", "step", "fill_between", "table",
		"line", "area", "Bar", "Scatter", "Line", "Pie", "barplot", "lineplot", "scatterplot", "vbar", "hbar")
	labelMethods = set("text", "annotate", "bar_label", "set_xticklabels", "set_yticklabels", "xticks", "yticks", "set_title", "title", "suptitle", "legend")
	// plotLibraries make a file a plotting script when it imports them.
	plotLibraries = []string{"matplotlib", "plotly", "seaborn", "bokeh", "altair", "pygal", "pandas.DataFrame().plot"}
	// axisNames hold positions and sizes on a plot, not results.
	axisNames = set("x", "xs", "pos", "positions", "idx", "index", "ticks", "xticks", "yticks", "bins", "width", "bottom", "left", "figsize", "ylim", "xlim", "color", "colors", "alpha", "fontsize", "rotation", "dpi")
)

// pyLiterals finds the literals of one Python file that are stored as
// results instead of measured.
func (pf *pyFile) pyLiterals() []*Literal {
	ff := pf.ff
	if len(ff.Literals) == 0 {
		return nil
	}
	calls := make(map[source.Span]*python.Call, len(ff.Calls))
	for i := range ff.Calls {
		calls[ff.Calls[i].CallSpan] = &ff.Calls[i]
	}
	plots := pf.plots()
	sinkOf := func(at source.Span) sink {
		c, ok := calls[at]
		if !ok {
			return noSink
		}
		return classifySink(c, plots)
	}
	// flows: where each name goes: the strongest sink it is passed to.
	flows := map[string]sink{}
	for _, u := range ff.Names {
		s := sinkOf(u.Call)
		if u.Place == python.InReturn && pf.why != "" {
			s = written // returned from benchmark code
		}
		if s > flows[u.Name] {
			flows[u.Name] = s
		}
	}
	var out []*Literal
	for i := range ff.Literals {
		l := &ff.Literals[i]
		if l.Place == python.InOther {
			continue
		}
		v, ok := literalValue(l)
		if !ok || v == 0 {
			continue // zero stands for "no result" (an error path), not a figure
		}
		goes := flows[l.Name]
		if l.Call != (source.Span{}) {
			if s := sinkOf(l.Call); s > goes {
				goes = s
			}
		}
		if pf.why == "" && testPath(ff.Path) {
			continue // mock metrics in tests are fixtures, not results
		}
		if why := judge(l, goes, pf.why != ""); why != "" {
			out = append(out, &Literal{Path: ff.Path, Span: l.Span, Value: v, Text: l.Text, Key: keyOf(l), Why: why})
		}
	}
	return out
}

// keyOf is the key or name a literal is stored under.
func keyOf(l *python.Literal) string {
	if l.Key != "" {
		return l.Key
	}
	return l.Name
}

// judge says why a literal is a hardcoded result, or "".
func judge(l *python.Literal, goes sink, benchmarkCode bool) string {
	if paramName(l.Name) && l.Name != l.Key {
		return "" // thresholds = {"rps": 1000}, limits, config
	}
	key := metricKeyOf(l)
	switch {
	case key != "" && benchmarkCode:
		return `under the metric ` + what(l, key) + ` "` + key + `" in benchmark code`
	case key != "" && (goes == printed || goes == written):
		return `under the metric ` + what(l, key) + ` "` + key + `", ` + goes.verb() + ` as a result`
	case benchmarkCode && resultsName(l.Name) && (goes == printed || goes == written):
		return `in "` + l.Name + `", ` + goes.verb() + ` as results`
	case goes == plotted && !l.String && l.Element && !axisNames[strings.ToLower(keyOf(l))]:
		return "in a list plotted as results"
	case (goes == plotted || goes == labels) && l.String && !axisNames[strings.ToLower(keyOf(l))]:
		return "in a label drawn on a plot of results"
	}
	return ""
}

// metricKeyOf is the innermost metric-like key or name a literal is stored
// under ("rps" for {"rps": {"covetpy": 1}}), or "" when none is, or when a
// key on the way says it is a parameter.
func metricKeyOf(l *python.Literal) string {
	keys := []string{l.Key}
	if l.Outer != "" {
		keys = append(keys, strings.Split(l.Outer, "/")...)
	}
	if l.Name != "" && l.Name != l.Key {
		keys = append(keys, l.Name)
	}
	for _, k := range keys {
		// {"rate_limit": {"requests_per_second": 10}}, SLA_THRESHOLDS
		if axisNames[strings.ToLower(k)] || paramName(k) {
			return ""
		}
	}
	for _, k := range keys {
		if MetricKey(k) {
			return k
		}
	}
	return ""
}

// resultsName tells whether a container's name says it holds results.
func resultsName(name string) bool {
	for _, w := range words(name) {
		switch w {
		case "result", "results", "stats", "scores", "metrics", "timings", "report", "benchmarks", "measurements":
			return true
		}
	}
	return false
}

func what(l *python.Literal, key string) string {
	if key == l.Name && l.Place == python.InAssign {
		return "name"
	}
	return "key"
}

func (s sink) verb() string {
	switch s {
	case printed:
		return "printed"
	case written:
		return "written out"
	}
	return "plotted"
}

// paramName reports whether a container's name says it holds parameters
// or thresholds rather than results.
func paramName(name string) bool {
	for _, w := range words(name) {
		if paramWords[w] || w == "config" || w == "settings" || w == "params" || w == "options" || w == "args" {
			return true
		}
	}
	return false
}

// plots reports whether the file imports a plotting library.
func (pf *pyFile) plots() bool {
	for _, b := range pf.ff.Bindings {
		for _, lib := range plotLibraries {
			if b.Value == lib || strings.HasPrefix(b.Value, lib+".") {
				return true
			}
		}
	}
	return false
}

// classifySink says what a call does with its arguments.
func classifySink(c *python.Call, plots bool) sink {
	callee := c.Callee
	if printCalls[callee] || printCalls[c.Text] {
		return printed
	}
	if m := python.LastName(c.Text); (m == "print" || m == "echo") && strings.Contains(c.Text, ".") {
		return printed // console.print, click.echo
	}
	if writeCalls[callee] {
		return written
	}
	method := c.Text
	if dot := strings.LastIndexByte(method, '.'); dot >= 0 {
		method = method[dot+1:]
	} else if plots && !strings.Contains(callee, ".") {
		return noSink // a plain function of the script
	}
	switch {
	case plots && plotMethods[method]:
		return plotted
	case plots && labelMethods[method]:
		return labels
	case writeMethods[method]:
		return written
	case printMethods[method] && strings.Contains(strings.ToLower(c.Text), "log"):
		return printed
	}
	return noSink
}

// literalValue reads a literal's value: a Python number ("23_450",
// "4.3", "1e3"), or a figure in a string ("2.1x", "23,450 req/s", "4.3 ms",
// "30%"). Strings that are not a figure have none.
func literalValue(l *python.Literal) (float64, bool) {
	if !l.String {
		t := strings.ReplaceAll(l.Text, "_", "")
		if strings.ContainsAny(t, "xXoObBjJ") {
			return 0, false // hex, octal, binary, complex
		}
		v, err := strconv.ParseFloat(t, 64)
		return v, err == nil
	}
	v, n := number([]byte(l.Text), true)
	if n == 0 || !figureUnit(strings.TrimSpace(l.Text[n:])) {
		return 0, false
	}
	return v, true
}

// figureUnit tells whether what follows a number in a string makes it a
// performance figure.
func figureUnit(rest string) bool {
	r := strings.ToLower(rest)
	for _, u := range []string{"x", "×", "%", "ms", "us", "µs", "ns", "s", "sec", "req/s", "req/sec", "rps", "qps", "ops/s", "ops/sec", "mb/s", "gb/s", "k req/s", "requests/s", "requests/sec"} {
		if r == u || strings.HasPrefix(r, u+" ") {
			return true
		}
	}
	return false
}
