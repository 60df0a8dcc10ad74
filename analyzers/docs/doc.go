// Package docs turns every Markdown and reStructuredText file of the run
// into performance claims: it cuts the front-ends' facts into units of
// prose (headings, paragraphs, list items, table rows with their column
// headers and lead-in paragraph), blanks what is not prose (code spans,
// inline HTML, link destinations, container markers of quoted lines),
// passes links and the repository paths named in code spans to
// claims.Recognizer, and resolves every reference a claim carries to a
// repository path relative to the file, saying whether that path exists.
//
// The project's own names (pyproject's [project] name, Cargo package names
// and the top-level Python packages) are never peers: granian's docs
// saying "Granian is 2x faster" compare nothing.
//
// It is a facts analyzer and reports nothing: CVT102 and CVT104 read its
// claims. The front-ends parse each file once; this package parses
// nothing, and reads only the units a byte pre-scan says may hold a claim.
package docs
