//go:build !linux

package style

import "time"

// threadCPUTime is not measured off Linux; -1 says so.
func threadCPUTime() time.Duration { return -1 }
