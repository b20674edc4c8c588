//go:build !linux

package moderate

import "time"

// threadCPU is not available here; throughput falls back to wall time.
func threadCPU() (time.Duration, bool) { return 0, false }
