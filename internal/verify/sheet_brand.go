package verify

import (
	"strconv"

	"github.com/vigie-cm/vigie/internal/brand"
)

// FromBrand turns stored facts into the engine's facts, keeping the stored
// id (so findings name the fact) and the structured kind, value and unit.
// Callers choose which facts hold (store.FactFilter{At: now}).
func FromBrand(fs []brand.Fact) []Fact {
	out := make([]Fact, 0, len(fs))
	for _, f := range fs {
		out = append(out, Fact{ID: strconv.FormatInt(f.ID, 10), Key: f.Key, Text: f.Text, Kind: string(f.Kind), Value: f.Value, Unit: f.Unit})
	}
	return out
}
