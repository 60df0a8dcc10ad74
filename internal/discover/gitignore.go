package discover

import (
	"bytes"
	"strings"
)

// This file reads .gitignore files the way git does (gitignore(5), dir.c),
// without running git: a repository's configuration can make git run
// programs (core.fsmonitor), so covet-lint never calls it.

// ignorePattern is one line of a .gitignore file.
type ignorePattern struct {
	pattern  string // without "!", leading "/" and trailing "/"
	negate   bool   // "!pattern" re-includes
	dirOnly  bool   // "pattern/" matches folders only
	basename bool   // no slash: matched against the last path element
}

// ignoreList is the patterns of one file, relative to the folder holding it.
type ignoreList struct {
	base     string // root-relative folder, "" or "a/b/"
	patterns []ignorePattern
}

// parseIgnore reads a .gitignore file's content.
func parseIgnore(base string, src []byte) *ignoreList {
	l := &ignoreList{base: base}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		line = trimTrailingSpaces(line)
		if line == "" {
			continue
		}
		var p ignorePattern
		if line[0] == '!' {
			p.negate = true
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			p.dirOnly = true
			line = line[:len(line)-1]
		}
		p.basename = !strings.Contains(line, "/")
		if !p.basename {
			line = strings.TrimPrefix(line, "/")
		}
		if line == "" {
			continue // "/" or "!" alone match nothing
		}
		p.pattern = line
		l.patterns = append(l.patterns, p)
	}
	return l
}

// trimTrailingSpaces drops unescaped trailing spaces ("\ " keeps one).
func trimTrailingSpaces(s string) string {
	lastSpace := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if lastSpace < 0 {
				lastSpace = i
			}
		case '\\':
			i++
			if i >= len(s) {
				return s
			}
			lastSpace = -1
		default:
			lastSpace = -1
		}
	}
	if lastSpace >= 0 {
		return s[:lastSpace]
	}
	return s
}

// match reports whether the list decides about rel (root-relative, slash),
// and if so whether rel is ignored. The last matching line wins.
func (l *ignoreList) match(rel string, isDir bool) (decided, ignored bool) {
	if !strings.HasPrefix(rel, l.base) || len(rel) == len(l.base) {
		return false, false
	}
	name := rel[len(l.base):]
	base := name[strings.LastIndexByte(name, '/')+1:]
	for i := len(l.patterns) - 1; i >= 0; i-- {
		p := &l.patterns[i]
		if p.dirOnly && !isDir {
			continue
		}
		var ok bool
		if p.basename {
			ok = wildmatch(p.pattern, base, false)
		} else {
			ok = wildmatch(p.pattern, name, true)
		}
		if ok {
			return true, !p.negate
		}
	}
	return false, false
}

// ignoreChain is the .gitignore files that apply in one folder: its own
// first, then its parents', then .git/info/exclude. The nearest file with a
// matching line decides.
type ignoreChain struct {
	list   *ignoreList
	parent *ignoreChain
}

func (c *ignoreChain) push(l *ignoreList) *ignoreChain {
	if l == nil || len(l.patterns) == 0 {
		return c
	}
	return &ignoreChain{list: l, parent: c}
}

// ignored reports whether rel is ignored. A path inside an ignored folder is
// never asked about: the walk does not enter such folders, which is how git
// keeps "!file" from re-including a file whose folder is excluded.
func (c *ignoreChain) ignored(rel string, isDir bool) bool {
	for ; c != nil; c = c.parent {
		if decided, ignored := c.list.match(rel, isDir); decided {
			return ignored
		}
	}
	return false
}
