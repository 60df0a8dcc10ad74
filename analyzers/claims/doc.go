// Package claims recognises performance claims in prose: a figure with a
// performance unit or form (23,450 req/s, 4.3 ms, 2.7x faster, +45%,
// 10,000 concurrent connections), normalised, with its qualifiers ("up to",
// "~", a "+" suffix), what it is about, the references of its unit of prose
// and the peers it is compared with. It is the shared core of the
// documentation front-ends (Markdown, reStructuredText): they strip markup,
// cut a file into units of prose and call Recognizer.Recognize per unit.
//
// Input: a Unit is a paragraph, list item, heading or table row whose Text
// is the file's own bytes from Offset on, with everything that is not prose
// blanked to spaces by the caller, byte for byte (so Text[i] is file byte
// Offset+i): inline code spans, HTML tags and their attribute values, link
// destinations. Blank does it for a list of spans. Links the caller found
// are passed with their targets; an inline path the caller wants counted as
// a reference (`benchmarks/run.py` in a code span) is passed as a Link too.
//
// Decisions, each covered by a test:
//   - A figure with a unit of its own (req/s, rps, ms, µs, MB/s) is a claim
//     in any language; the surrounding vocabulary (qualifiers, "faster",
//     "latency", exclusions) is English.
//   - Percentages need a performance word in their clause ("30% faster",
//     "reduces latency by 40%") or a sign ("+45%"); "N% of" is a share,
//     never a claim; coverage, productivity, cost and popularity words
//     exclude a percentage or multiplier.
//   - Bare seconds ("2 s", "3 seconds") need a latency or performance word;
//     ms, µs and ns do not.
//   - Sizes (MB, KB, GB) are claims only next to a memory or size word, and
//     never when they size an input ("a 1 MB payload", "files of 2 GB"):
//     that is a parameter of the measurement, not a result. Nor are sizes
//     in a sentence that opens as an example ("If ...", "For example")
//     or speaks of "your" setup.
//   - A figure near a parameter word ("timeout of 30 s", "rate limit of
//     100 req/s", "max 10 MB", "for 10 seconds", "4 MB by default", "100ms
//     long I/O waits") is a parameter, not a claim.
//   - In a table row, the first cell is a label: its figures ("ASGI 100ms
//     (c512)") are parameters, and so is a unit attached to a number in a
//     header ("get 10KB"). A bare number takes its unit from a header word
//     that stands alone: "req/s", "p99 (ms)", "Throughput", "RSS (MB)".
//   - A lower-case x right after a number is a multiplier (2.7x); an
//     upper-case one (5700X, a model number) or a spaced one only before
//     "faster" and its kin.
//   - Years, versions (1.2.3), dates, times, prices ($5), issue numbers
//     (#123), figures inside URLs and attribute values (width: 20%,
//     x="20%") are never figures.
//   - "1,234" is one thousand two hundred and thirty-four; "4,3" is 4.3
//     (a decimal comma); "1.234.567" groups thousands; "23.450" is 23.45.
//   - A comparison without a figure ("outperforms FastAPI", "faster than
//     Django") is a claim of kind Comparison when a peer is named.
//
// Recognize is linear in the text: one tokenising pass, then bounded
// windows of tokens around each figure. MayHoldClaim is a cheaper byte
// pre-scan that callers run first to skip text that cannot hold a claim.
package claims
