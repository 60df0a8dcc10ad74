package docs

import "testing"

func TestTranslationOf(t *testing.T) {
	files := map[string]bool{
		"docs/en/docs/index.md": true, "docs/de/docs/index.md": true, "docs/zh-hant/docs/index.md": true,
		"README.md": true, "README.zh-CN.md": true, "README_ja.md": true,
		"i18n/ja/guide.md": true, "guide.md": true, "docs/index.md": true, "docs/index.de.md": true,
		"examples/go/README.md": true, "examples/README.md": true, "docs/pt/only-here.md": true,
	}
	exists := func(p string) bool { return files[p] }
	cases := map[string]string{
		"docs/de/docs/index.md":      "docs/en/docs/index.md",
		"docs/zh-hant/docs/index.md": "docs/en/docs/index.md",
		"README.zh-CN.md":            "README.md",
		"README_ja.md":               "README.md",
		"i18n/ja/guide.md":           "guide.md",
		"docs/index.de.md":           "docs/index.md",
		"docs/en/docs/index.md":      "",
		"examples/go/README.md":      "", // go is not a language of docs
		"docs/pt/only-here.md":       "", // nothing to translate from
		"README.md":                  "",
	}
	for p, want := range cases {
		got, ok := translationOf(p, exists)
		if got != want || ok != (want != "") {
			t.Errorf("translationOf(%q) = %q, %v; want %q", p, got, ok, want)
		}
	}
}

func TestIsChangelog(t *testing.T) {
	for p, want := range map[string]bool{
		"CHANGELOG.md": true, "HISTORY.rst": true, "docs/release-notes.md": true, "NEWS": true,
		"changelog.d/123.feature.md": true, "docs/whatsnew/3.2.rst": true, "CHANGES.rst": true,
		"README.md": false, "docs/history-design-future.md": false, "docs/benchmarks.md": false,
	} {
		if got := isChangelog(p); got != want {
			t.Errorf("isChangelog(%q) = %v", p, got)
		}
	}
}
