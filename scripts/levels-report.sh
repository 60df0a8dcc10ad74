#!/usr/bin/env bash
# levels-report.sh: count a covet-lint binary's CVT2xx findings on real
# repositories, per rule and level, split into test code and the rest, so a
# "before" and an "after" binary can be compared on the same checkouts.
#
#   scripts/levels-report.sh BINARY REPO...
#
# Env: SELECT (default CVT201,CVT202) picks the rules; EXTRA adds flags
# (e.g. EXTRA="--config x.toml"). Needs jq. The repositories are only read
# by the binary; nothing in them is run.
set -euo pipefail

if [ $# -lt 2 ]; then
	echo "usage: $0 BINARY REPO..." >&2
	exit 2
fi
bin=$1
shift
command -v jq >/dev/null || {
	echo "$0: jq is required" >&2
	exit 2
}
select=${SELECT:-CVT201,CVT202}

# Test code as issue 12 names it: tests/ folders, test_*.py, *_test.py,
# conftest.py, Rust tests/ folders. #[cfg(test)] modules inside other Rust
# files cannot be told from a path, so they count as non-test here.
istest='(^|/)(tests?|testing)/|(^|/)test_[^/]*\.py$|_test\.py$|(^|/)conftest\.py$|(^|/)tests\.rs$|_tests?\.rs$'

for repo in "$@"; do
	out=$(mktemp)
	start=$(date +%s%N)
	# Exit 1 means findings; 3 is an internal error worth showing.
	# shellcheck disable=SC2086
	"$bin" --select "$select" --format json --exit-zero --quiet ${EXTRA:-} "$repo" >"$out" || {
		echo "$repo: $bin exited $?" >&2
	}
	ms=$((($(date +%s%N) - start) / 1000000))
	printf '== %s (%d.%01d s)\n' "$repo" $((ms / 1000)) $((ms % 1000 / 100))
	jq -r --arg re "$istest" '
		.findings as $f
		| "total \($f | length): \([$f[] | select(.path | test($re))] | length) in test code, \([$f[] | select(.path | test($re) | not)] | length) elsewhere",
		  "rule    level    test  other",
		  ($f | group_by(.code + " " + .level)[]
		   | "\(.[0].code)  \(.[0].level | . + "       " | .[0:7])  \([.[] | select(.path | test($re))] | length | tostring | "     " + . | .[-4:])  \([.[] | select(.path | test($re) | not)] | length | tostring | "     " + . | .[-5:])")
	' "$out"
	rm -f "$out"
done
