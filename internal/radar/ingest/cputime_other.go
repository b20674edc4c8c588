//go:build !unix

package ingest

import "time"

// cpuTime is unknown here; rates per CPU-second are then left out.
func cpuTime() time.Duration { return 0 }
