package moderate

import (
	"bytes"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestTrainReproducesEmbeddedModel retrains from the shared data and
// checks that the committed model is exactly what the code produces: the
// shipped file cannot drift from the training command.
func TestTrainReproducesEmbeddedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (seconds)")
	}
	root := testenv.SharedData(t)
	m, rep, err := Train(DefaultTrainConfig(root))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embeddedModel) {
		t.Errorf("retrained model (%d bytes) differs from the embedded model.bin.gz (%d bytes): run `vigie moderate train`", buf.Len(), len(embeddedModel))
	}
	for _, h := range rep.Heads {
		if h.CalBrier > h.CalBrierRaw+1e-9 {
			t.Errorf("%s: Platt scaling made the Brier score worse (%.4f → %.4f)", h.Name, h.CalBrierRaw, h.CalBrier)
		}
	}
}

func TestTrainRefusesEvaluationOnlySets(t *testing.T) {
	for _, d := range []DataSet{SetComplaints, SetAirline, SetUMSABFr} {
		if d.Trainable() {
			t.Errorf("%s must be evaluation-only", d)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	h := &Head{Name: "x", W: make([]float32, 1<<hashBits), Bias: 0.25, PlattA: 1.5, PlattB: -0.5}
	h.W[7], h.W[1000] = 1.5, -3
	var buf bytes.Buffer
	if err := (&Model{Heads: []*Head{h}}).Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := DecodeModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	g := m.Head("x")
	if g == nil || g.Bias != h.Bias || g.PlattA != h.PlattA || g.PlattB != h.PlattB {
		t.Fatalf("head fields lost: %+v", g)
	}
	for _, i := range []int{7, 1000, 5} {
		if d := g.W[i] - h.W[i]; d > 1e-3 || d < -1e-3 {
			t.Errorf("weight %d: %v → %v", i, h.W[i], g.W[i])
		}
	}
	if _, err := DecodeModel(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("garbage decoded without error")
	}
}
