// Package badinput is the bad-input suite: covet-lint run as a command on
// generated hostile repositories, the kind anyone can push to a pull
// request. The package has no code of its own; its tests are the suite.
//
// Each case is a repository made in a temporary folder at test time (no
// hostile file is committed) holding the bad input and control.py, whose
// CVT201 finding at 5:5 must survive whatever the bad input does. The test
// binary re-runs itself as the CLI in a child process, with a 2 s budget
// per file (--file-timeout) and --verbose, with text output and with
// SARIF (only SARIF for the cases about time alone). A case passes when:
//
//   - the exit code is the expected one (1: the control's finding; 2 for a
//     configuration that cannot be read, naming file and line);
//   - stderr holds exactly the expected warnings and notes, one line each,
//     naming the file and the reason, and nothing else;
//   - the findings are exactly the expected ones at the right line and
//     column, in text and SARIF alike (nothing lost, nothing invented);
//   - text output and stderr hold no raw control characters (ESC, BEL, CR,
//     C1), and every text line is a finding header or a snippet line, so
//     no file name or source line can split a path:line:col line;
//   - SARIF is valid against the OASIS schema and has one successful
//     invocation with one notification per warning or note, located at the
//     file;
//   - a file past its budget is named in a timed-out warning, and a child
//     still running after 120 s (a hang) is killed, failing the case
//     instead of stalling CI; a crash in C kills only the child and fails
//     the case. Elapsed times are logged, never asserted.
//
// The cases and what each proves:
//
//   - TestContent: binary files and NUL bytes are skipped as binary;
//     invalid UTF-8 is named with its line and the rest still analysed; a
//     BOM, CRLF, lone CR and mixed endings give the positions editors show
//     and no false syntax error; empty files of every kind cost nothing;
//     escape sequences in source lines are quoted escaped.
//   - TestFileSystem, TestUnreadable: a FIFO is never opened; a folder
//     named x.py is walked; symlink loops, dangling symlinks and symlinks
//     leaving the root are named and nothing outside the root is read; an
//     unreadable file and folder are named (as root, whom no mode stops,
//     the CLI runs as user nobody; without one the test is skipped).
//   - TestOddFileNames, TestNonUTF8NameInJSON: escape sequences, newlines,
//     CR, bidi overrides, C1 controls, colons and non-UTF-8 bytes in file
//     names neither reach the terminal nor split lines; SARIF URIs decode
//     to the exact name; JSON keeps a non-UTF-8 name losslessly.
//   - TestBrokenConfig: broken TOML, NUL and invalid UTF-8 in the
//     configuration, unknown keys, wrong types, invalid globs and a FIFO
//     as --config exit 2 with one line per problem naming file and line.
//   - TestBrokenManifests: a Cargo.toml, pyproject.toml, setup.py or
//     requirements file that does not parse costs only its own facts.
//   - TestPathological: call chains f()()()… (300k), await await …,
//     lambda: lambda: …, attribute and subscript chains, Rust closures
//     || || … (80k), .await and method chains, and 10,000-deep nesting in
//     Python, Rust and Markdown: each file is analysed (its own finding
//     reported) or named timed out, within the budget. Markdown nested past
//     the guard is skipped, since deeper nesting crashes the grammar in C.
//   - TestTwentyMegabyteLine: a 20 MB one-line file is skipped by size;
//     with the limit raised it is analysed or timed out within the budget,
//     under 40 times its size in peak memory.
//   - Test50000Files, Test100000Findings: nothing lost at volume; 100,000
//     findings on one line do not make fingerprints or output quadratic.
//   - TestDeterministicAcrossJobs: one repository mixing the above gives
//     byte-identical text, JSON, SARIF and GitHub output, and the same
//     stderr, with --jobs 1 and --jobs 4.
//   - FuzzWholePipeline: arbitrary bytes as a Python, Rust, Markdown and
//     two TOML files; the control's finding, exit 1, terminal-safe text and
//     valid SARIF whatever the bytes. It is a hang detector, not a
//     benchmark: a run may take a second plus a millisecond per input
//     byte.
//
// Run the fuzz target with
//
//	go test ./internal/badinput -run '^$' -fuzz FuzzWholePipeline -fuzztime 60s
//
// Inputs that are costly to make (the 20 MB file, the 50,000 files) are
// generated once per test binary and shared. Time and peak memory per
// size, which tests do not assert, are measured by scripts/badinput.
package badinput
