package rst

import (
	"bytes"
	"strings"
)

// refs holds the document's hyperlink targets: named ones by normalised
// name, anonymous ones in order, and how many anonymous references the
// inline reader has used.
type refs struct {
	named map[string]string
	anon  []string
	used  int
}

// collectTargets reads every ".. _name: url", ".. __: url" and "__ url"
// line (with indented continuation lines) in one pass over the lines.
func collectTargets(src []byte, ls []line) refs {
	r := refs{named: map[string]string{}}
	for i, l := range ls {
		t := src[l.text:l.end]
		var body []byte
		anon := false
		switch {
		case bytes.HasPrefix(t, []byte("__ ")):
			body, anon = t[3:], true
		case bytes.HasPrefix(t, []byte(".. __:")):
			body, anon = t[6:], true
		case bytes.HasPrefix(t, []byte(".. _")):
			body = t[4:]
		default:
			continue
		}
		url := string(bytes.TrimSpace(body))
		name := ""
		if !anon {
			var ok bool
			if name, url, ok = splitTarget(url); !ok {
				continue
			}
		}
		// A long URL continues on deeper lines, its spaces dropped.
		for j := i + 1; j < len(ls) && !ls[j].blank && ls[j].indent > l.indent; j++ {
			url += string(bytes.TrimSpace(src[ls[j].text:ls[j].end]))
		}
		if anon {
			r.anon = append(r.anon, url)
		} else if _, dup := r.named[name]; !dup {
			r.named[name] = url
		}
	}
	return r
}

// splitTarget cuts "name: url" or "`name: with colon`: url".
func splitTarget(s string) (name, url string, ok bool) {
	if strings.HasPrefix(s, "`") {
		k := strings.Index(s[1:], "`:")
		if k < 0 {
			return "", "", false
		}
		return normalise(s[1 : k+1]), strings.TrimSpace(s[k+3:]), true
	}
	for k := 0; k < len(s); k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] == ':' {
			return normalise(s[:k]), strings.TrimSpace(s[k+1:]), true
		}
	}
	return "", "", false
}

// normalise is docutils' reference name normalisation: case and runs of
// whitespace do not matter.
func normalise(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// resolve returns a named reference's target, following targets that are
// themselves references ("alias_"); "#name" when the document defines no
// such target (it names a section).
func (r *refs) resolve(name string) string {
	n := normalise(name)
	for hops := 0; hops < 8; hops++ {
		url, ok := r.named[n]
		if !ok {
			return "#" + n
		}
		if !strings.HasSuffix(url, "_") || strings.Contains(url, "://") {
			return url
		}
		n = normalise(strings.Trim(strings.TrimSuffix(url, "_"), "`"))
	}
	return "#" + n
}

// nextAnon returns the target of the next anonymous reference.
func (r *refs) nextAnon() string {
	if r.used >= len(r.anon) {
		return ""
	}
	r.used++
	return r.anon[r.used-1]
}
