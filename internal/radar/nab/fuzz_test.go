package nab

import (
	"strings"
	"testing"
)

// ReadCSV takes files from outside (results of any detector, users' series),
// so it must reject garbage with an error, never panic, and keep its columns
// aligned.
func FuzzReadCSV(f *testing.F) {
	f.Add("timestamp,value,anomaly_score\n2015-02-26 21:42:53,104,0.5\n")
	f.Add("timestamp,value\n2015-02-26 21:42:53.000000,1e3\n")
	f.Add("value,timestamp\n3,2015-02-26 21:42:53\n")
	f.Add("timestamp,value,anomaly_score\n2015-02-26 21:42:53,1,NaN\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadCSV(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		if len(s.Times) != len(s.Values) || (s.Scores != nil && len(s.Scores) != len(s.Times)) {
			t.Fatalf("misaligned columns: %d times, %d values, %d scores", len(s.Times), len(s.Values), len(s.Scores))
		}
		for _, a := range s.Scores {
			if a != a {
				t.Fatalf("NaN anomaly score accepted")
			}
		}
	})
}
