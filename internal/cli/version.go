package cli

import (
	"runtime/debug"
	"strings"
)

// version is set at build time with -ldflags "-X .../internal/cli.version=1.2.3".
var version = ""

// Version is a valid semver: the release set at build time; else the module
// version `go install ...@version` recorded (a tag or a pseudo-version);
// else 0.0.0-dev+<revision> from the build's VCS stamp; else 0.0.0-dev.
func Version() string {
	if version != "" {
		return version
	}
	info, _ := debug.ReadBuildInfo()
	return versionFrom(info)
}

func versionFrom(info *debug.BuildInfo) string {
	if info == nil {
		return "0.0.0-dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return strings.TrimPrefix(v, "v")
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if len(s.Value) >= 12 {
				rev = s.Value[:12]
			}
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	switch {
	case rev == "":
		return "0.0.0-dev"
	case dirty:
		return "0.0.0-dev+" + rev + ".dirty"
	}
	return "0.0.0-dev+" + rev
}
