package radar

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"time"
)

// seriesMagic starts an encoded day; the digit is the format version.
const seriesMagic = "VRS1"

// Days lists the UTC days the series has data for, in order.
func (s *Series) Days() []time.Time {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []time.Time
	for d := range s.days {
		out = append(out, time.Unix(d*86400, 0).UTC())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// First returns the start of the series' first non-empty minute (zero
// when empty): where a detector replaying the series starts.
func (s *Series) First() time.Time {
	s.mu.RLock()
	defer s.mu.RUnlock()
	first := int64(-1)
	for n := range s.days {
		if first < 0 || n < first {
			first = n
		}
	}
	if first < 0 {
		return time.Time{}
	}
	for i, c := range s.days[first].levels[0] {
		if c.volume > 0 {
			return time.Unix(first*86400+int64(i)*60, 0).UTC()
		}
	}
	return time.Unix(first*86400, 0).UTC()
}

// TakeDirty lists the days changed since the last call (or since the
// series was created or loaded) and forgets them: what a periodic flush
// to the store has to write. A caller whose write failed gives them back
// with MarkDirty.
func (s *Series) TakeDirty() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]time.Time, 0, len(s.dirty))
	for d := range s.dirty {
		out = append(out, time.Unix(d*86400, 0).UTC())
		delete(s.dirty, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// MarkDirty marks days as changed again (a flush that did not land).
func (s *Series) MarkDirty(days ...time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range days {
		n := floorDiv(d.Unix(), 86400)
		if s.days[n] != nil {
			s.dirty[n] = struct{}{}
		}
	}
}

// MarshalDay encodes one UTC day of the series compactly, for the store:
// only non-empty cells, varint counters, author sketches as delta-coded
// hashes while exact or as raw registers once dense.
func (s *Series) MarshalDay(day time.Time) ([]byte, error) {
	n := floorDiv(day.Unix(), 86400)
	s.mu.RLock()
	defer s.mu.RUnlock()
	d := s.days[n]
	if d == nil {
		return nil, fmt.Errorf("radar series: no data on %s", day.UTC().Format(time.DateOnly))
	}
	b := []byte(seriesMagic)
	b = binary.AppendVarint(b, n)
	for lvl := range d.levels {
		cells := d.levels[lvl]
		count := 0
		for i := range cells {
			if cells[i].volume > 0 {
				count++
			}
		}
		b = binary.AppendUvarint(b, uint64(count))
		prev := -1
		for i := range cells {
			c := &cells[i]
			if c.volume == 0 {
				continue
			}
			b = binary.AppendUvarint(b, uint64(i-prev-1))
			prev = i
			b = binary.AppendUvarint(b, uint64(c.volume))
			b = binary.AppendUvarint(b, uint64(c.negative))
			b = binary.AppendUvarint(b, c.reach)
			switch {
			case c.authors == nil:
				b = append(b, 0)
			case c.authors.regs == nil:
				b = append(b, 1)
				b = binary.AppendUvarint(b, uint64(len(c.authors.sparse)))
				var last uint64
				for _, h := range c.authors.sparse {
					b = binary.AppendUvarint(b, h-last)
					last = h
				}
			default:
				b = append(b, 2)
				b = append(b, c.authors.regs...)
			}
		}
	}
	return b, nil
}

// UnmarshalDay adds an encoded day to the series (a day already present
// is replaced); the day is not dirty, since it comes from storage.
// Corrupt input is an error and changes nothing.
func (s *Series) UnmarshalDay(data []byte) error {
	bad := func(what string) error { return fmt.Errorf("radar series: corrupt day encoding: %s", what) }
	if len(data) < len(seriesMagic) || string(data[:len(seriesMagic)]) != seriesMagic {
		return bad("not a series day (magic)")
	}
	p := data[len(seriesMagic):]
	uv := func() (uint64, error) {
		v, k := binary.Uvarint(p)
		if k <= 0 {
			return 0, errors.New("truncated")
		}
		p = p[k:]
		return v, nil
	}
	n, k := binary.Varint(p)
	if k <= 0 {
		return bad("day number")
	}
	p = p[k:]
	d := newDay()
	for lvl := range d.levels {
		cells := d.levels[lvl]
		count, err := uv()
		if err != nil || count > uint64(len(cells)) {
			return bad(fmt.Sprintf("level %d cell count", lvl))
		}
		idx := -1
		for range count {
			gap, err := uv()
			if err != nil || gap >= uint64(len(cells)) {
				return bad(fmt.Sprintf("level %d cell index", lvl))
			}
			idx += int(gap) + 1
			if idx >= len(cells) {
				return bad(fmt.Sprintf("level %d cell index %d out of range", lvl, idx))
			}
			c := &cells[idx]
			vol, err1 := uv()
			neg, err2 := uv()
			reach, err3 := uv()
			if err := errors.Join(err1, err2, err3); err != nil || vol == 0 || vol > 1<<32-1 || neg > vol {
				return bad(fmt.Sprintf("level %d cell %d counters", lvl, idx))
			}
			c.volume, c.negative, c.reach = uint32(vol), uint32(neg), reach
			if len(p) == 0 {
				return bad("truncated sketch")
			}
			kind := p[0]
			p = p[1:]
			prec := hllPrecision[lvl]
			switch kind {
			case 0:
			case 1:
				m, err := uv()
				if err != nil || m == 0 || m > uint64(newSketch(prec).sparseMax()) {
					return bad(fmt.Sprintf("level %d cell %d sketch size", lvl, idx))
				}
				sk := newSketch(prec)
				var last uint64
				for j := range m {
					delta, err := uv()
					if err != nil || (j > 0 && delta == 0) || last+delta < last {
						return bad(fmt.Sprintf("level %d cell %d sketch hashes", lvl, idx))
					}
					last += delta
					sk.sparse = append(sk.sparse, last)
				}
				c.authors = sk
			case 2:
				size := 1 << prec
				if len(p) < size {
					return bad("truncated registers")
				}
				sk := newSketch(prec)
				sk.regs = append([]uint8(nil), p[:size]...)
				for _, r := range sk.regs {
					if int(r) > 64-int(prec)+1 {
						return bad("register out of range")
					}
				}
				p = p[size:]
				c.authors = sk
			default:
				return bad(fmt.Sprintf("sketch kind %d", kind))
			}
		}
	}
	if len(p) != 0 {
		return bad("trailing bytes")
	}
	s.mu.Lock()
	s.days[n] = d
	delete(s.dirty, n)
	s.mu.Unlock()
	return nil
}
