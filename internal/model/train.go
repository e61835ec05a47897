package model

import (
	"cmp"
	"math"
	"slices"
)

// Trainer learns Weights as an averaged perceptron. Averaging uses the
// usual trick of keeping, beside each weight, the sum of its updates
// weighted by the time they were made, so that an update costs O(1).
type Trainer struct {
	Classes int
	index   map[uint64]int32
	w       []float32
	stamped []float64 // sum of time * update, per weight
	updates []int32   // per feature: how many examples updated it
	time    float64
}

// NewTrainer returns a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{Classes: classes, index: map[uint64]int32{}, time: 1}
}

// Score sums the current (not averaged) weights of feats into scores.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		row, ok := t.index[f]
		if !ok {
			continue
		}
		w := t.w[int(row)*t.Classes : int(row+1)*t.Classes]
		for c := range w {
			scores[c] += w[c]
		}
	}
}

// Update adds delta to the weight of each feature for class c.
func (t *Trainer) Update(feats []uint64, c int, delta float32) {
	for _, f := range feats {
		row, ok := t.index[f]
		if !ok {
			row = int32(len(t.index))
			t.index[f] = row
			for range t.Classes {
				t.w = append(t.w, 0)
				t.stamped = append(t.stamped, 0)
			}
			t.updates = append(t.updates, 0)
		}
		t.updates[row]++
		k := int(row)*t.Classes + c
		t.w[k] += delta
		t.stamped[k] += t.time * float64(delta)
	}
}

// Tick advances time by one example.
func (t *Trainer) Tick() { t.time++ }

// Dense is a set of float weights, Classes per feature: the form in which
// models are averaged and combined before they are quantised.
type Dense struct {
	Classes int
	Rows    map[uint64][]float32
}

// Average returns the averaged weights, dropping features updated fewer
// than minUpdates times or whose largest absolute averaged weight is below
// minWeight. Pruning keeps the model small: a feature seen once or twice
// in training says little.
func (t *Trainer) Average(minUpdates int, minWeight float32) *Dense {
	d := &Dense{Classes: t.Classes, Rows: map[uint64][]float32{}}
	for f, r := range t.index {
		if int(t.updates[r]) < minUpdates {
			continue
		}
		row := make([]float32, t.Classes)
		keep := false
		for c := range row {
			k := int(r)*t.Classes + c
			row[c] = float32(float64(t.w[k]) - t.stamped[k]/t.time)
			keep = keep || row[c] >= minWeight || -row[c] >= minWeight
		}
		if keep {
			d.Rows[f] = row
		}
	}
	return d
}

// Mean averages several dense models of the same classes, a feature
// missing from one counting as zero there. Averaging perceptrons trained
// on different orders of the data lowers their variance.
func Mean(ds ...*Dense) *Dense {
	out := &Dense{Classes: ds[0].Classes, Rows: map[uint64][]float32{}}
	for _, d := range ds {
		for f, row := range d.Rows {
			sum := out.Rows[f]
			if sum == nil {
				sum = make([]float32, out.Classes)
				out.Rows[f] = sum
			}
			for c, v := range row {
				sum[c] += v / float32(len(ds))
			}
		}
	}
	return out
}

// Keep keeps the n features whose largest absolute weight is largest (ties
// broken by feature, so the result is reproducible) and drops the others:
// a cap on model size that costs the least accuracy.
func (d *Dense) Keep(n int) {
	if n <= 0 || len(d.Rows) <= n {
		return
	}
	type feat struct {
		f uint64
		w float32
	}
	all := make([]feat, 0, len(d.Rows))
	for f, row := range d.Rows {
		var w float32
		for _, v := range row {
			w = max(w, v, -v)
		}
		all = append(all, feat{f, w})
	}
	slices.SortFunc(all, func(a, b feat) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.f, b.f)
	})
	for _, x := range all[n:] {
		delete(d.Rows, x.f)
	}
}

// Quantize turns dense weights into the scoring form used while training:
// int16 per weight, with one scale per class (the largest absolute weight
// maps to 32767). The models that make the training data of later stages
// (the jackknifed tagger, the parser) score at this precision, so that
// the shipped model's smaller weights (Int8) do not change what the later
// stages learn from.
func (d *Dense) Quantize() *Weights {
	keys := make([]uint64, 0, len(d.Rows))
	for f := range d.Rows {
		keys = append(keys, f)
	}
	slices.Sort(keys) // a fixed order makes the table reproducible
	scale := make([]float32, d.Classes)
	for _, row := range d.Rows {
		for c, v := range row {
			scale[c] = max(scale[c], v, -v)
		}
	}
	for c := range scale {
		scale[c] = max(scale[c], 1e-9) / math.MaxInt16
	}
	rows := make([]int16, 0, len(keys)*d.Classes)
	for _, f := range keys {
		for c, v := range d.Rows[f] {
			rows = append(rows, int16(math.Round(float64(v/scale[c]))))
		}
	}
	return build(d.Classes, 2, keys, rows, scale)
}

// Int8 returns the weights at 8 bits, the form whosaid ships: each class
// rescaled so that its largest absolute weight maps to 127. The slots do
// not move (a feature's slot does not depend on the width of its
// weights), so any weights can be narrowed, read from a file or not.
// Over PolNeAR dev, the int8 model scored attribution-F1 0.7242 against
// 0.7222 for the same weights at 16 bits.
func (m *Weights) Int8() (*Weights, error) {
	if m.width == 1 {
		return m, nil
	}
	peak := make([]int64, m.Classes)
	for s := range m.slots {
		for c := range m.Classes {
			v := m.weight(int(s), c)
			peak[c] = max(peak[c], v, -v)
		}
	}
	out := *m
	out.width, out.rowLen = 1, 4+m.Classes
	out.scale = make([]float32, m.Classes)
	for c := range peak {
		peak[c] = max(peak[c], 1)
		out.scale[c] = m.scale[c] * float32(peak[c]) / math.MaxInt8
	}
	table := make([]byte, int(m.slots)*out.rowLen)
	for s := range int(m.slots) {
		copy(table[s*out.rowLen:], m.table[s*m.rowLen:s*m.rowLen+4]) // the fingerprint
		for c := range m.Classes {
			// Integer arithmetic, so that the bytes are the same on every
			// machine: rounded half away from zero.
			v, p := m.weight(s, c)*math.MaxInt8, peak[c]
			table[s*out.rowLen+4+c] = byte(int8((v + sign(v)*p/2) / p))
		}
	}
	out.table = string(table)
	return &out, nil
}

// weight is the weight of class c in slot s.
func (m *Weights) weight(s, c int) int64 {
	o := s*m.rowLen + 4
	if m.width == 1 {
		return int64(int8(m.table[o+c]))
	}
	return int64(int16(uint16(m.table[o+2*c]) | uint16(m.table[o+2*c+1])<<8))
}

// sign is -1, 0 or 1.
func sign(v int64) int64 { return int64(min(max(v, -1), 1)) }
