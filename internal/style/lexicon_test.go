package style

import "testing"

func TestBuiltinLexiconsCompile(t *testing.T) {
	if len(Builtin()) < 150 {
		t.Fatalf("built-in lexicons have %d entries, want a curated list of at least 150", len(Builtin()))
	}
}
