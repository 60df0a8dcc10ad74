// Package rst reads reStructuredText (.rst), the usual README and docs
// format of Python projects, far enough to find its prose: section
// headings, paragraphs, bullet and enumerated list items, definition
// terms, line blocks, and the cells of simple and grid tables with their
// column headers, each with its byte span in the file. No tree-sitter
// grammar exists for reStructuredText (none is bundled with
// github.com/smacker/go-tree-sitter, and no maintained one is published),
// so this is a small reader in pure Go, not a full docutils parser.
//
// What is not prose is recorded and skipped: literal blocks (a paragraph
// ending in "::" and its indented body), doctest blocks (>>>), the bodies
// of code, literal, raw and option-only directives (code-block, code,
// sourcecode, literalinclude, raw, math, highlight, image, toctree,
// automodule, ...), comments (".." alone or followed by anything that is
// not a directive or target), hyperlink targets (".. _name: url",
// "__ url"), footnotes and substitution definitions (".. |name| replace::
// ..."). The bodies of all other directives are prose and read like the
// rest of the document: admonitions (note, warning, tip, ...), version
// notes, API descriptions (py:function), tabs, containers and the table
// directive. The list-table and csv-table directives (benchmark pages use
// them) are read as tables, their titles as the paragraphs that lead into
// them; a csv-table read from a file is not read.
//
// In prose text, inline markup is blanked to spaces byte for byte, so a
// paragraph's Text is exactly as long as its Span: inline literals (a
// pair of double backquotes) and code roles (:code:`x`, :func:`x`) in full, emphasis markers,
// backquotes, the "<url>" and underscores of references. Hyperlink
// references (`text <url>`_, `name`_, name_, anonymous `text`__ with their
// "__ url" targets in order, footnote and citation references [1]_) are
// reported as links with their targets, named ones resolved against the
// document's ".. _name: url" targets.
//
// The reader is line based and iterative: each line is looked at a bounded
// number of times, an indented body is found by indentation alone, and no
// input makes it recurse or panic.
package rst
