package claims

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var codeSpan = regexp.MustCompile("`[^`\n]*`|<[^>\n]*>|\\]\\([^)\n]*\\)")

func blankRe(s string) string {
	return codeSpan.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
}

func TestMdTmp(t *testing.T) {
	root := os.Getenv("MDDIR")
	if root == "" {
		t.Skip()
	}
	show := os.Getenv("SHOW")
	var total, units, passed, nclaims int
	var dur time.Duration
	perDir := map[string]int{}
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".md") {
			return nil
		}
		src, _ := os.ReadFile(p)
		total += len(src)
		var blocks []string
		var offs []int
		inFence := false
		off := 0
		cur, curOff := "", 0
		for _, line := range strings.SplitAfter(string(src), "\n") {
			tl := strings.TrimSpace(line)
			if strings.HasPrefix(tl, "```") {
				inFence = !inFence
				if cur != "" {
					blocks, offs = append(blocks, cur), append(offs, curOff)
					cur = ""
				}
			} else if !inFence {
				if tl == "" {
					if cur != "" {
						blocks, offs = append(blocks, cur), append(offs, curOff)
					}
					cur = ""
				} else {
					if cur == "" {
						curOff = off
					}
					cur += line
				}
			}
			off += len(line)
		}
		if cur != "" {
			blocks, offs = append(blocks, cur), append(offs, curOff)
		}
		rel := strings.TrimPrefix(p, root)
		parts := strings.Split(rel, "/")
		key := parts[1]
		if len(parts) > 4 && parts[2] == "docs" {
			key += "/" + parts[3]
		}
		for k, b := range blocks {
			units++
			start := time.Now()
			if !MayHoldClaim([]byte(b)) {
				dur += time.Since(start)
				continue
			}
			passed++
			var cs []Claim
			text := blankRe(b)
			if strings.HasPrefix(b, "|") {
				lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
				if len(lines) > 2 {
					hdr := cellsOf(strings.Trim(lines[0], "| "), 0)
					for _, l := range lines[2:] {
						cs = append(cs, Default.Recognize(Unit{Row: &Row{Columns: hdr, Cells: cellsOf(strings.Trim(l, "| "), 0)}})...)
					}
				}
			} else {
				cs = Default.Recognize(Unit{Offset: offs[k], Text: text})
			}
			dur += time.Since(start)
			nclaims += len(cs)
			perDir[key] += len(cs)
			if show != "" && strings.Contains(rel, show) {
				for _, c := range cs {
					line := bytes.Count(src[:min(offs[k], len(src))], []byte("\n")) + 1
					fmt.Printf("%s:%d: %q %s %v peers=%v about=%q\n", rel, line, c.Raw, c.Kind, c.Values, c.Peers, c.About)
				}
			}
		}
		return nil
	})
	fmt.Printf("bytes %d units %d passed prescan %d claims %d time %v (%.1f MB/s)\n", total, units, passed, nclaims, dur, float64(total)/dur.Seconds()/1e6)
	fmt.Println(perDir)
}
