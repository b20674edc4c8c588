package ingest

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/vigie-cm/vigie/internal/radar"
)

// The fast path must never disagree with encoding/json: whatever it
// accepts, json.Unmarshal accepts and decodes to the same mention.
func checkFast(t *testing.T, line []byte) bool {
	var fast radar.Mention
	if !decodeFast(line, &fast) {
		return false
	}
	var slow radar.Mention
	if err := json.Unmarshal(line, &slow); err != nil {
		t.Fatalf("fast path accepted %q, encoding/json says %v", line, err)
	}
	if !reflect.DeepEqual(fast, slow) || !fast.Time.Equal(slow.Time) {
		t.Fatalf("%q: fast %+v, encoding/json %+v", line, fast, slow)
	}
	return true
}

func TestDecodeFastMatchesEncodingJSON(t *testing.T) {
	ms := SyntheticMentions(2000, 9)
	data, _, err := EncodeBatch(ms)
	if err != nil {
		t.Fatal(err)
	}
	fast := 0
	DecodeBatch(data, func(radar.Mention) {})
	for _, line := range splitLines(data) {
		if checkFast(t, line) {
			fast++
		}
	}
	if fast < len(ms)*9/10 {
		t.Fatalf("the fast path took %d of %d encoded mentions", fast, len(ms))
	}
	for _, line := range []string{
		`{"id":"a","text":"x & y","timestamp":"2026-03-01T10:00:00Z"}`,
		`{"ID":"a","text":"x","timestamp":"2026-03-01T10:00:00Z"}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00+02:00","reach":12}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00,5Z"}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00.123456789Z","reach":-0}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00Z","reach":1.5}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00Z","reach":9223372036854775807}`,
		`{"id":"a","text":"x","timestamp":null}`,
		`{"id":"a","text":"\xff","timestamp":"2026-03-01T10:00:00Z"}`,
		`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00Z"} x`,
		`{}`,
	} {
		checkFast(t, []byte(line))
	}
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	return out
}

func FuzzDecodeFast(f *testing.F) {
	data, _, _ := EncodeBatch(SyntheticMentions(20, 3))
	for _, l := range splitLines(data) {
		f.Add(l)
	}
	f.Add([]byte(`{"id":"a","text":"x","timestamp":"2026-03-01T10:00:00+02:00","reach":12}`))
	f.Fuzz(func(t *testing.T, line []byte) { checkFast(t, line) })
}
