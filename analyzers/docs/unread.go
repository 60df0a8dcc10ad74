package docs

import (
	"path"
	"strings"
)

// changelogNames are the base names, lower-cased and without extension,
// of changelogs and release notes: they record what changed, often
// quoting figures of their day, and are not what the project advertises.
var changelogNames = map[string]bool{
	"changelog": true, "changes": true, "history": true, "news": true, "release-notes": true,
	"release_notes": true, "releasenotes": true, "releases": true, "whatsnew": true, "whats-new": true,
	"whats_new": true,
}

// changelogDirs hold one file per release or per change.
var changelogDirs = map[string]bool{
	"changelog": true, "changelog.d": true, "changes": true, "newsfragments": true,
	"release-notes": true, "releasenotes": true, "releases": true, "whatsnew": true,
}

// isChangelog: CHANGELOG.md, HISTORY.rst, docs/release-notes.md,
// changelog.d/123.feature.md, docs/whatsnew/3.2.rst.
func isChangelog(p string) bool {
	base := strings.ToLower(path.Base(p))
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if changelogNames[base] {
		return true
	}
	for _, d := range strings.Split(path.Dir(strings.ToLower(p)), "/") {
		if changelogDirs[d] {
			return true
		}
	}
	return false
}

// translationOf returns the document p translates, when the repository
// has it: a language folder next to the original's (docs/de/docs/x.md for
// docs/en/docs/x.md, i18n/ja/x.md for x.md), or a language suffix
// (index.de.md, README.zh-CN.md, README_ja.md for index.md, README.md).
// A translation repeats its original's claims; they are read once, in the
// original.
func translationOf(p string, exists func(string) bool) (string, bool) {
	dir, base := path.Split(p)
	segs := strings.Split(strings.TrimSuffix(dir, "/"), "/")
	for i, s := range segs {
		if !isLangCode(s) || s == "en" {
			continue
		}
		before, after := segs[:i], segs[i+1:]
		for _, alt := range [][]string{join(before, []string{"en"}, after), join(before, after), after} {
			if o := path.Join(append(alt, base)...); o != p && exists(o) {
				return o, true
			}
		}
	}
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for k, n := len(stem), 0; n < 2; n++ { // README.de.md, README.zh-CN.md
		k = strings.LastIndexAny(stem[:k], "._-")
		if k <= 0 {
			break
		}
		if code := stem[k+1:]; isLangCode(code) && !strings.EqualFold(code, "en") {
			if o := path.Join(dir, stem[:k]+ext); exists(o) {
				return o, true
			}
		}
	}
	return "", false
}

func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// langCodes are the ISO 639-1 codes docs are translated into; folder
// names that are also words of code (go, js, db, io) are not among them.
var langCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi
		fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms my
		nb ne nl nn no pa pl pt ro ru si sk sl sq sr sv sw ta te tg th tk tl tr uk ur uz vi yo zh zu`) {
		langCodes[c] = true
	}
}

// isLangCode: de, pt, zh-hant, pt-BR, zh_CN.
func isLangCode(s string) bool {
	main, region, _ := strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	if !langCodes[main] {
		return false
	}
	return region == "" || (len(region) == 2 || len(region) == 4) && letters(region)
}

func letters(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
