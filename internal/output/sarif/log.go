// Package sarif is the subset of SARIF 2.1.0 that covet-lint writes, as plain
// structs for encoding/json: field order is output order, optional fields are
// omitted when empty, and the only map (partialFingerprints) is written with
// sorted keys, so the same log always gives the same bytes.
//
// Why not github.com/owenrumney/go-sarif/v3: its int fields carry no
// omitempty, so it always writes the -1 "unset" sentinels. Without registered
// artifacts every location gets "index": -1; registering artifacts moves the
// problem to "parentIndex": -1 on each artifact. The SARIF multitool (5.7.0,
// --rule-kind "Sarif;Ghas") reports both as warning SARIF2004
// (OmitSentinelIndex), and CI requires zero warnings. It also pads every
// object with empty arrays and defaults (rank, byteOffset, charOffset) that
// make the log several times larger. A hundred lines of structs avoid all of
// that.
package sarif

// Version and Schema identify the format.
const (
	Version = "2.1.0"
	Schema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// Log is a SARIF log file.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one invocation of one tool.
type Run struct {
	Tool Tool `json:"tool"`
	// Invocations has one element: how the run went, and what it could not
	// analyse.
	Invocations       []Invocation       `json:"invocations,omitempty"`
	AutomationDetails *AutomationDetails `json:"automationDetails,omitempty"`
	// OriginalURIBaseIDs describes the uriBaseIds locations use.
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	// ColumnKind is "unicodeCodePoints" or "utf16CodeUnits".
	ColumnKind string `json:"columnKind"`
	// Results is always an array, even when empty.
	Results []Result `json:"results"`
}

// AutomationDetails identifies the run's category (GitHub's "category").
type AutomationDetails struct {
	ID string `json:"id"`
}

// Tool is the analysis tool.
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver with its rules.
type ToolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []ReportingDescriptor `json:"rules"`
}

// ReportingDescriptor describes one rule.
type ReportingDescriptor struct {
	ID                   string                  `json:"id"`
	Name                 string                  `json:"name,omitempty"`
	ShortDescription     *Text                   `json:"shortDescription,omitempty"`
	FullDescription      *Text                   `json:"fullDescription,omitempty"`
	Help                 *Text                   `json:"help,omitempty"`
	HelpURI              string                  `json:"helpUri,omitempty"`
	DefaultConfiguration *ReportingConfiguration `json:"defaultConfiguration,omitempty"`
	Properties           *RuleProperties         `json:"properties,omitempty"`
}

// Text is a multiformatMessageString: plain text and optional Markdown.
type Text struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// ReportingConfiguration is a rule's default configuration.
type ReportingConfiguration struct {
	Level string `json:"level"`
}

// RuleProperties is the property bag GitHub code scanning reads on rules.
type RuleProperties struct {
	Tags      []string `json:"tags,omitempty"`
	Precision string   `json:"precision,omitempty"`
	// ProblemSeverity is "error", "warning" or "recommendation".
	ProblemSeverity string `json:"problem.severity,omitempty"`
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

// Message is plain text; "[label](id)" links to a related location.
type Message struct {
	Text string `json:"text"`
}

// Location is a place in an artifact. ID is set (from 1) on related
// locations so that messages can link to them.
type Location struct {
	ID               int              `json:"id,omitempty"`
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
	Message          *Message         `json:"message,omitempty"`
}

// PhysicalLocation is a region of a file.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// ArtifactLocation is a URI reference, relative to URIBaseID when set.
type ArtifactLocation struct {
	URI         string   `json:"uri,omitempty"`
	URIBaseID   string   `json:"uriBaseId,omitempty"`
	Description *Message `json:"description,omitempty"`
}

// Region is a range of lines and columns, 1-based; EndColumn is the column
// after the last character.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Invocation is one run of the tool: whether it completed without internal
// errors, and the notifications it raised about files it could not fully
// analyse and about its own errors.
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// Notification is a problem of the tool's, not of the code: a file it
// skipped or parsed with errors, an internal error.
type Notification struct {
	Locations  []Location                    `json:"locations,omitempty"`
	Message    Message                       `json:"message"`
	Level      string                        `json:"level"`
	Descriptor *ReportingDescriptorReference `json:"descriptor,omitempty"`
}

// ReportingDescriptorReference names a notification's kind by id alone:
// describing the kinds in tool.driver.notifications would need a
// fullDescription and help for each (GitHub's rule GH2012) to say what
// the id already says.
type ReportingDescriptorReference struct {
	ID string `json:"id"`
}
