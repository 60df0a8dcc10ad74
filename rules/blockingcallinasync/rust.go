package blockingcallinasync

import "golang.org/x/tools/go/analysis"

// reportRust reports blocking calls in Rust async code (not written yet).
func reportRust(pass *analysis.Pass) {}
