//go:build !unix

package style

import "time"

// cpuTime is not measured off Unix; the benchmark then shows wall time only.
func cpuTime() time.Duration { return 0 }
