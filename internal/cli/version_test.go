package cli

import (
	"regexp"
	"runtime/debug"
	"testing"
)

// semver is the official SemVer 2.0.0 regular expression.
var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

func TestVersionIsSemver(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}}
	for _, c := range []struct {
		info *debug.BuildInfo
		want string
	}{
		{nil, "0.0.0-dev"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "0.0.0-dev"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: rev}, "0.0.0-dev+0123456789ab"},
		{&debug.BuildInfo{Settings: append(rev, debug.BuildSetting{Key: "vcs.modified", Value: "true"})}, "0.0.0-dev+0123456789ab.dirty"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: rev}, "1.2.3"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261128031014-0123456789ab"}}, "0.0.0-20261128031014-0123456789ab"},
	} {
		got := versionFrom(c.info)
		if got != c.want {
			t.Errorf("versionFrom(%+v) = %q, want %q", c.info, got, c.want)
		}
		if !semver.MatchString(got) {
			t.Errorf("%q is not semver", got)
		}
	}
	if v := Version(); !semver.MatchString(v) {
		t.Errorf("Version() = %q is not semver", v)
	}
}
