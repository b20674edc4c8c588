package moderate

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// hashBits sets the size of the hashed feature space: 2^18 buckets keeps
// collisions rare for comment-sized texts and the model file near 1 MB.
const hashBits = 18

const hashMask = 1<<hashBits - 1

// Head is one binary logistic regression over the hashed features, with
// the Platt scaling fitted on a held-out split.
type Head struct {
	Name   string
	W      []float32
	Bias   float32
	PlattA float64 // calibrated p = 1/(1+exp(-(A*z+B))), z the raw score
	PlattB float64
}

// Model is the set of heads trained by `vigie moderate train`.
type Model struct {
	Heads []*Head
}

// Head returns the head called name, or nil.
func (m *Model) Head(name string) *Head {
	if m == nil {
		return nil
	}
	for _, h := range m.Heads {
		if h.Name == name {
			return h
		}
	}
	return nil
}

// interleaved holds several heads' weights side by side, feature-major, so
// that scoring all heads costs one memory access per feature, not one per
// feature and head: the weight tables are far larger than the CPU caches.
type interleaved struct {
	heads []*Head
	w     []float32 // w[f*len(heads)+k] = heads[k].W[f]
}

func interleave(hs []*Head) *interleaved {
	n := len(hs)
	iv := &interleaved{heads: hs, w: make([]float32, n<<hashBits)}
	for k, h := range hs {
		for f, v := range h.W {
			iv.w[f*n+k] = v
		}
	}
	return iv
}

// probs writes each head's calibrated probability into out.
func (iv *interleaved) probs(feats []uint32, out []float64) {
	n := len(iv.heads)
	var acc [8]float32
	for _, f := range feats {
		row := iv.w[int(f)*n : int(f)*n+n]
		for k, v := range row {
			acc[k] += v
		}
	}
	sc := float32(1)
	if len(feats) > 0 {
		sc = featScale(len(feats))
	}
	for k, h := range iv.heads {
		z := float64(h.Bias + acc[k]*sc)
		out[k] = sigmoid(h.PlattA*z + h.PlattB)
	}
}

// Raw is the uncalibrated score (log-odds) of a feature list.
func (h *Head) Raw(feats []uint32) float64 {
	s := h.Bias
	if len(feats) == 0 {
		return float64(s)
	}
	var acc float32
	for _, f := range feats {
		acc += h.W[f]
	}
	return float64(s + acc*featScale(len(feats)))
}

// Prob is the calibrated probability of a feature list.
func (h *Head) Prob(feats []uint32) float64 {
	return sigmoid(h.PlattA*h.Raw(feats) + h.PlattB)
}

// featScale normalises by the square root of the number of features, so a
// long comment does not get extreme scores only for being long.
func featScale(n int) float32 { return float32(1 / math.Sqrt(float64(n))) }

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// Example is a training row: its features and its binary label.
type Example struct {
	Feats  []uint32
	Y      bool
	Weight float64 // 0 means 1
}

// TrainOptions control the logistic regression.
type TrainOptions struct {
	Epochs int
	Rate   float64
	L2     float64
	Seed   uint64
}

// TrainHead fits a logistic regression with AdaGrad SGD. The order of rows
// is shuffled with opts.Seed, so a run is reproducible bit for bit.
func TrainHead(name string, train []Example, opts TrainOptions) *Head {
	if opts.Epochs == 0 {
		opts.Epochs = 8
	}
	if opts.Rate == 0 {
		opts.Rate = 0.2
	}
	w := make([]float64, 1<<hashBits)
	g2 := make([]float64, 1<<hashBits)
	var bias, gb float64
	idx := make([]int, len(train))
	for i := range idx {
		idx[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	for ep := 0; ep < opts.Epochs; ep++ {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, k := range idx {
			ex := &train[k]
			if len(ex.Feats) == 0 {
				continue
			}
			sc := float64(featScale(len(ex.Feats)))
			z := bias
			for _, f := range ex.Feats {
				z += w[f] * sc
			}
			y := 0.0
			if ex.Y {
				y = 1
			}
			wt := ex.Weight
			if wt == 0 {
				wt = 1
			}
			g := (sigmoid(z) - y) * wt
			gb += g * g
			bias -= opts.Rate * g / (math.Sqrt(gb) + 1e-8)
			for _, f := range ex.Feats {
				gf := g*sc + opts.L2*w[f]
				g2[f] += gf * gf
				w[f] -= opts.Rate * gf / (math.Sqrt(g2[f]) + 1e-8)
			}
		}
	}
	h := &Head{Name: name, W: make([]float32, len(w)), Bias: float32(bias), PlattA: 1}
	for i, v := range w {
		h.W[i] = float32(v)
	}
	return h
}

// Calibrate fits Platt scaling (A, B) on held-out rows by Newton's method
// on the log-loss, with Platt's smoothed targets so that a perfectly
// separated split does not push the slope to infinity.
func (h *Head) Calibrate(val []Example) {
	var npos, nneg float64
	for _, ex := range val {
		if ex.Y {
			npos++
		} else {
			nneg++
		}
	}
	if npos == 0 || nneg == 0 {
		return
	}
	hi, lo := (npos+1)/(npos+2), 1/(nneg+2)
	z := make([]float64, len(val))
	t := make([]float64, len(val))
	for i, ex := range val {
		z[i] = h.Raw(ex.Feats)
		if ex.Y {
			t[i] = hi
		} else {
			t[i] = lo
		}
	}
	a, b := 1.0, 0.0
	for it := 0; it < 100; it++ {
		var ga, gb, haa, hab, hbb float64
		for i := range z {
			p := sigmoid(a*z[i] + b)
			d := p - t[i]
			ga += d * z[i]
			gb += d
			v := p * (1 - p)
			haa += v * z[i] * z[i]
			hab += v * z[i]
			hbb += v
		}
		haa += 1e-9
		hbb += 1e-9
		det := haa*hbb - hab*hab
		if math.Abs(det) < 1e-12 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da) < 1e-9 && math.Abs(db) < 1e-9 {
			break
		}
	}
	h.PlattA, h.PlattB = a, b
}

// The model file: gzip of "VIGM1", a head count, then per head its name,
// bias, Platt A and B, a quantisation step and 2^hashBits int16 weights.
// int16 keeps the file small while losing less than 1e-4 of a weight's
// range, far below what moves a probability.
const modelMagic = "VIGM1"

// Encode writes m in the model file format.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("moderate: encode model: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(len(m.Heads)))
	for _, h := range m.Heads {
		binary.Write(&buf, binary.LittleEndian, uint16(len(h.Name)))
		buf.WriteString(h.Name)
		var maxAbs float64
		for _, v := range h.W {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
		step := maxAbs / 32767
		if step == 0 {
			step = 1
		}
		binary.Write(&buf, binary.LittleEndian, h.Bias)
		binary.Write(&buf, binary.LittleEndian, h.PlattA)
		binary.Write(&buf, binary.LittleEndian, h.PlattB)
		binary.Write(&buf, binary.LittleEndian, step)
		q := make([]int16, len(h.W))
		for i, v := range h.W {
			q[i] = int16(math.Round(float64(v) / step))
		}
		binary.Write(&buf, binary.LittleEndian, q)
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("moderate: encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("moderate: encode model: %w", err)
	}
	return nil
}

// DecodeModel reads a model file.
func DecodeModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("moderate: decode model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("moderate: decode model: %w", err)
	}
	br := bytes.NewReader(data)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("moderate: decode model: not a Vigie model file")
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil || n > 64 {
		return nil, fmt.Errorf("moderate: decode model: bad head count")
	}
	m := &Model{}
	for k := uint32(0); k < n; k++ {
		var nl uint16
		if err := binary.Read(br, binary.LittleEndian, &nl); err != nil {
			return nil, fmt.Errorf("moderate: decode model head %d: %w", k, err)
		}
		name := make([]byte, nl)
		if _, err := io.ReadFull(br, name); err != nil {
			return nil, fmt.Errorf("moderate: decode model head %d: %w", k, err)
		}
		h := &Head{Name: string(name)}
		var step float64
		for _, p := range []any{&h.Bias, &h.PlattA, &h.PlattB, &step} {
			if err := binary.Read(br, binary.LittleEndian, p); err != nil {
				return nil, fmt.Errorf("moderate: decode model head %s: %w", h.Name, err)
			}
		}
		q := make([]int16, 1<<hashBits)
		if err := binary.Read(br, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("moderate: decode model head %s weights: %w", h.Name, err)
		}
		h.W = make([]float32, len(q))
		for i, v := range q {
			h.W[i] = float32(float64(v) * step)
		}
		m.Heads = append(m.Heads, h)
	}
	return m, nil
}
