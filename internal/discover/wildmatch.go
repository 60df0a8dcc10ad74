package discover

// wildmatch is a port of git's wildmatch.c, the matcher behind .gitignore
// patterns, so that covet-lint ignores exactly what git ignores without
// running git. With pathname set, '*' and '?' and classes never match '/',
// and "**" between slashes (or at either end) matches any number of folders.
// The recursion depth is bounded by the number of '*' in the pattern; the
// abort codes keep the backtracking polynomial (patterns come from the
// scanned repository, so a crafted one must not hang the run).
func wildmatch(pattern, text string, pathname bool) bool {
	return dowild(pattern, text, pathname) == wmMatch
}

const (
	wmMatch = iota
	wmNoMatch
	wmAbortAll
	wmAbortToStarStar
)

// at returns s[i], or 0 past the end, standing in for C's NUL terminator.
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isGlobSpecial(c byte) bool { return c == '*' || c == '?' || c == '[' || c == '\\' }

func dowild(pat, text string, pathname bool) int {
	p, t := 0, 0
	for ; p < len(pat); t, p = t+1, p+1 {
		pc := pat[p]
		tc := at(text, t)
		if t >= len(text) && pc != '*' {
			return wmAbortAll
		}
		switch pc {
		case '\\':
			// Literal match with the next character; a trailing
			// backslash matches nothing.
			p++
			if at(pat, p) != tc || p >= len(pat) {
				return wmNoMatch
			}
			continue
		default:
			if tc != pc {
				return wmNoMatch
			}
			continue
		case '?':
			if pathname && tc == '/' {
				return wmNoMatch
			}
			continue
		case '*':
			var matchSlash bool
			p++
			if at(pat, p) == '*' {
				prev := p - 2
				for p++; at(pat, p) == '*'; p++ {
				}
				if !pathname {
					matchSlash = true // without pathname, '*' == '**'
				} else if (prev < 0 || pat[prev] == '/') &&
					(p >= len(pat) || pat[p] == '/' || (pat[p] == '\\' && at(pat, p+1) == '/')) {
					// "**/" may match no folder at all.
					if at(pat, p) == '/' && dowild(pat[p+1:], text[t:], pathname) == wmMatch {
						return wmMatch
					}
					matchSlash = true
				} else {
					matchSlash = false
				}
			} else {
				matchSlash = !pathname
			}
			if p >= len(pat) {
				// A trailing "**" matches everything, a trailing "*"
				// only what holds no more slashes.
				if !matchSlash {
					for i := t; i < len(text); i++ {
						if text[i] == '/' {
							return wmNoMatch
						}
					}
				}
				return wmMatch
			}
			if !matchSlash && pat[p] == '/' {
				// One star followed by a slash matches the next folder.
				i := t
				for i < len(text) && text[i] != '/' {
					i++
				}
				if i >= len(text) {
					return wmNoMatch
				}
				t = i
				continue // the slash is consumed by the loop
			}
			for {
				if t >= len(text) {
					break
				}
				if !isGlobSpecial(pat[p]) {
					// Skip ahead to the literal that follows the star.
					want := pat[p]
					for t < len(text) && (matchSlash || text[t] != '/') && text[t] != want {
						t++
					}
					// Unlike git, say how far the failure reaches: with the
					// literal absent from the rest of the text (or of this
					// folder name), no later start of this star or of any
					// enclosing one (or one up to the nearest "**") can
					// match either. Git returns NOMATCH here, which is
					// exponential for "*a*a*a...c"; the answers are the same.
					if t >= len(text) {
						return wmAbortAll
					}
					if text[t] != want {
						return wmAbortToStarStar
					}
					tc = text[t]
				}
				if m := dowild(pat[p:], text[t:], pathname); m != wmNoMatch {
					if !matchSlash || m != wmAbortToStarStar {
						return m
					}
				} else if !matchSlash && tc == '/' {
					return wmAbortToStarStar
				}
				t++
				tc = at(text, t)
			}
			return wmAbortAll
		case '[':
			p++
			c := at(pat, p)
			if c == '^' {
				c = '!'
			}
			negated := c == '!'
			if negated {
				p++
				c = at(pat, p)
			}
			var prev byte
			matched := false
			for {
				if p >= len(pat) {
					return wmAbortAll
				}
				switch {
				case c == '\\':
					p++
					if p >= len(pat) {
						return wmAbortAll
					}
					c = pat[p]
					if tc == c {
						matched = true
					}
				case c == '-' && prev != 0 && p+1 < len(pat) && pat[p+1] != ']':
					p++
					c = pat[p]
					if c == '\\' {
						p++
						if p >= len(pat) {
							return wmAbortAll
						}
						c = pat[p]
					}
					if tc <= c && tc >= prev {
						matched = true
					}
					c = 0 // so that prev becomes 0
				case c == '[' && at(pat, p+1) == ':':
					p += 2
					s := p
					for p < len(pat) && pat[p] != ']' {
						p++
					}
					if p >= len(pat) {
						return wmAbortAll
					}
					n := p - s - 1
					if n < 0 || pat[p-1] != ':' {
						// No ":]": an ordinary '[' in the set.
						p = s - 2
						c = '['
						if tc == c {
							matched = true
						}
						break
					}
					ok, known := charClass(pat[s:s+n], tc)
					if !known {
						return wmAbortAll
					}
					if ok {
						matched = true
					}
					c = 0
				default:
					if tc == c {
						matched = true
					}
				}
				prev = c
				p++
				c = at(pat, p)
				if c == ']' && p < len(pat) {
					break
				}
			}
			if matched == negated || (pathname && tc == '/') {
				return wmNoMatch
			}
			continue
		}
	}
	if t < len(text) {
		return wmNoMatch
	}
	return wmMatch
}

// charClass tests c against a POSIX class name such as "alpha"; known is
// false for a name git does not know, which makes the pattern match nothing.
func charClass(name string, c byte) (ok, known bool) {
	upper := 'A' <= c && c <= 'Z'
	lower := 'a' <= c && c <= 'z'
	digit := '0' <= c && c <= '9'
	graph := 0x21 <= c && c <= 0x7e
	switch name {
	case "alnum":
		return upper || lower || digit, true
	case "alpha":
		return upper || lower, true
	case "blank":
		return c == ' ' || c == '\t', true
	case "cntrl":
		return c < 0x20 || c == 0x7f, true
	case "digit":
		return digit, true
	case "graph":
		return graph, true
	case "lower":
		return lower, true
	case "print":
		return graph || c == ' ', true
	case "punct":
		return graph && !upper && !lower && !digit, true
	case "space":
		return c == ' ' || ('\t' <= c && c <= '\r'), true
	case "upper":
		return upper, true
	case "xdigit":
		return digit || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F'), true
	}
	return false, false
}
