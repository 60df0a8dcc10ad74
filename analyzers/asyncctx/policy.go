package asyncctx

import "github.com/covet-lint/covet-lint/analyzers/options"

// IncludeTestsName is the option CVT201 and CVT202 share that reports
// test code too.
const IncludeTestsName = "include-tests"

// IncludeTests declares the rule's include-tests option.
func IncludeTests(rule string) options.Option[bool] {
	return options.Option[bool]{Rule: rule, Name: IncludeTestsName,
		Doc: "also report test code: files under a `tests`/`test`/`testing` folder (or any folder with `tests` in its name), " +
			"`test_*.py`, `*_test.py`, `conftest.py`, `test*` functions and `Test*` classes; Rust files under `tests/` or `benches/` and `tests.rs`/`test.rs` module files, " +
			"`#[test]`/`#[tokio::test]` fns and `#[cfg(test)]` modules. Off by default: test code blocks on purpose",
		Default: false}
}

// Level is the level blocking work of a family ("sleep", "file",
// "network", "database", ...) deserves in a context: "warning" in
// handlers and spawned tasks for every family and elsewhere for all but
// local file I/O, "note" for file I/O elsewhere and for anything at a
// program's entry point, before concurrency starts, and for work done on
// first use only (Lazy).
func Level(ctx Context, family string) string {
	switch {
	case ctx == Handler || ctx == Task:
		return "warning"
	case ctx == Entry || ctx == Lazy || family == "file":
		return "note"
	}
	return "warning"
}

// DeclareWithDef ends the message of blocking work in a FastAPI or
// Starlette endpoint that awaits nothing (Threadable).
const DeclareWithDef = "or declare it with `def`: FastAPI and Starlette run plain def endpoints in a thread pool"
