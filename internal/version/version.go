// Package version holds the build's version, set at link time with
// -ldflags "-X github.com/vigie-cm/vigie/internal/version.Version=v1.2.3".
package version

import "runtime/debug"

// Version is overridden at link time for releases.
var Version = "dev"

// String returns the version, falling back to the VCS revision that the Go
// toolchain stamps into the binary, so a dev build still says what it is.
func String() string {
	if Version != "dev" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Version
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
			if len(rev) > 12 {
				rev = rev[:12]
			}
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return Version
	}
	return Version + "-" + rev + dirty
}
