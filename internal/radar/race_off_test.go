//go:build !race

package radar

const raceEnabled = false
