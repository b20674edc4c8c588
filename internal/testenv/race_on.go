//go:build race

package testenv

// RaceEnabled: the race detector slows code by roughly an order of magnitude,
// so wall-clock budgets in tests are widened by Slowdown.
const RaceEnabled = true
