//go:build deps

// Package covetlint pins modules the packages are about to import, so that
// go.mod is edited once instead of by every change. Removed when unused.
package covetlint

import (
	_ "github.com/bmatcuk/doublestar/v4"
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	_ "github.com/pelletier/go-toml/v2/unstable"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
)
