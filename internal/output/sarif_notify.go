package output

import (
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/output/sarif"
)

// internalError is the notification kind of covet-lint's own errors.
const internalError = "internal-error"

// invocation is the run's one invocation: successful unless there were
// internal errors, with a notification per file warning (level warning,
// note for parse errors; the file as its location) and per internal error
// (level error). descriptor.id names the kind: skipped, timed-out,
// degraded, parse-errors or internal-error.
func invocation(rep *check.Report) sarif.Invocation {
	inv := sarif.Invocation{ExecutionSuccessful: len(rep.Errors) == 0}
	for _, w := range rep.Warnings {
		level := "warning"
		if w.Kind.IsNote() {
			level = "note"
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarif.Notification{
			Locations: []sarif.Location{{PhysicalLocation: sarif.PhysicalLocation{
				ArtifactLocation: sarif.ArtifactLocation{URI: sarif.RelativeURI(w.Path), URIBaseID: srcRoot},
			}}},
			Message:    sarif.Message{Text: sarif.EscapeText(w.Path + ": " + w.Message)},
			Level:      level,
			Descriptor: kindRef(string(w.Kind)),
		})
	}
	for _, e := range rep.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarif.Notification{
			Message:    sarif.Message{Text: sarif.EscapeText(e)},
			Level:      "error",
			Descriptor: kindRef(internalError),
		})
	}
	return inv
}

func kindRef(kind string) *sarif.ReportingDescriptorReference {
	if kind == "" {
		return nil
	}
	return &sarif.ReportingDescriptorReference{ID: kind}
}
