// Package docs turns every Markdown and reStructuredText file of the run
// into performance claims: it cuts the front-ends' facts into units of
// prose (headings, paragraphs, list items, table rows with their column
// headers and lead-in paragraph), blanks what is not prose (code spans,
// inline HTML, link destinations, container markers of quoted lines),
// passes links and the repository paths named in code spans to
// claims.Recognizer, and resolves every reference a claim carries to a
// repository path relative to the file, saying whether that path exists.
//
// Changelogs (CHANGELOG, HISTORY, NEWS, release notes, changelog.d/) record
// the figures of their day rather than advertise them, and a translation
// (docs/de/x.md beside docs/en/x.md, README.zh-CN.md beside README.md)
// repeats its original's claims: neither is read, and File.Unread says
// why, so each claim is judged once, in the current original.
//
// A relative claim whose sentence names another peer before it ("Uvicorn
// is 2x faster than Sanic") compares two other projects: Claim.Subjects
// names them.
//
// The project's own names (pyproject's [project] name, Cargo package names
// and the top-level Python packages) are never peers: granian's docs
// saying "Granian is 2x faster" compare nothing.
//
// It is a facts analyzer and reports nothing: CVT102 and CVT104 read its
// claims. The front-ends parse each file once; this package parses
// nothing, and reads only the units a byte pre-scan says may hold a claim.
package docs
