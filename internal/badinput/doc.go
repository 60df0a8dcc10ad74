// Package badinput is the bad-input suite: covet-lint run as a command on
// generated hostile repositories. The package has no code of its own; its
// tests are the suite (see the package's _test files).
package badinput
