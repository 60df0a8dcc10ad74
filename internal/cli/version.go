package cli

import "runtime/debug"

// version is set at build time with -ldflags "-X .../internal/cli.version=1.2.3".
var version = ""

// Version is a valid semver: the release set at build time, else
// 0.0.0-dev+<revision> from the build's VCS stamp, else 0.0.0-dev.
func Version() string {
	if version != "" {
		return version
	}
	rev := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = s.Value[:12]
			}
		}
	}
	if rev == "" {
		return "0.0.0-dev"
	}
	return "0.0.0-dev+" + rev
}
