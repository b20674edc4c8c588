//go:build race

package radar

// raceEnabled: the race detector slows code ~10×, so timing bars are only
// logged under it.
const raceEnabled = true
