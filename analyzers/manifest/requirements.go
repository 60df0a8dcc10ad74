package manifest

import (
	"bytes"
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// IsRequirements tells whether p is read by ParseRequirements.
func IsRequirements(p string) bool {
	base := path.Base(p)
	return base == "setup.cfg" || strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt")
}

// ParseRequirements reads a requirements*.txt file (one requirement a line)
// or a setup.cfg as INI text: the distributions named by install_requires,
// setup_requires and extras_require, and [options] package_dir. It is a
// line scan: nothing is run.
func ParseRequirements(p string, src []byte) *Facts {
	r := &Requirements{}
	cfg := path.Base(p) == "setup.cfg"
	section, key := "", ""
	off := 0
	for off < len(src) {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src) - off
		}
		line := string(src[off : off+end])
		start := off
		off += end + 1
		if !cfg {
			r.requirement(line, start)
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || trimmed[0] == '#' || trimmed[0] == ';':
			continue
		case trimmed[0] == '[':
			section, key = strings.Trim(trimmed, "[] \t"), ""
			continue
		}
		value := line
		if line[0] != ' ' && line[0] != '\t' { // a new key
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				key = ""
				continue
			}
			key, value = strings.TrimSpace(k), v
			start += len(k) + 1
		}
		switch {
		case section == "options" && (key == "install_requires" || key == "setup_requires"), section == "options.extras_require":
			r.requirement(value, start)
		case section == "options" && key == "package_dir":
			r.packageDir(value)
		case section == "options.packages.find" && key == "where" && strings.TrimSpace(value) != "":
			r.FindWhere = append(r.FindWhere, strings.TrimSpace(value))
		}
	}
	return &Facts{Path: p, Requirements: r}
}

// requirement records the distribution name at the start of one
// requirement ("numpy>=1.2; python_version<'3.12'" -> "numpy").
func (r *Requirements) requirement(line string, at int) {
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	s := line[lead:]
	if s == "" || s[0] == '#' || s[0] == '-' {
		return
	}
	n := 0
	for n < len(s) && (isNameByte(s[n])) {
		n++
	}
	if n > 0 {
		r.Names = append(r.Names, Value{Text: s[:n], Span: source.Span{Start: at + lead, End: at + lead + n}})
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// packageDir reads one "pkg = folder" (or "= src") line of package_dir.
func (r *Requirements) packageDir(line string) {
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return
	}
	if r.PackageDirs == nil {
		r.PackageDirs = map[string]string{}
	}
	r.PackageDirs[strings.TrimSpace(k)] = strings.TrimSpace(v)
}
