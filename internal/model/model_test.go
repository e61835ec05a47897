package model

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// trained returns small weights learned from a separable toy problem.
func trained(t *testing.T) *Weights {
	t.Helper()
	tr := NewTrainer(3)
	examples := []struct {
		feats []uint64
		class int
	}{{[]uint64{1, 10}, 0}, {[]uint64{2, 10}, 1}, {[]uint64{3, 11}, 2}, {[]uint64{0, 11}, 2}}
	scores := make([]float32, 3)
	for range 5 {
		for _, ex := range examples {
			tr.Score(ex.feats, scores)
			best := 0
			for c := range scores {
				if scores[c] > scores[best] {
					best = c
				}
			}
			if best != ex.class {
				tr.Update(ex.feats, ex.class, 1)
				tr.Update(ex.feats, best, -1)
			}
			tr.Tick()
		}
	}
	return tr.Average(1, 0).Quantize()
}

func argmax(m *Weights, feats []uint64) int {
	scores := make([]float32, m.Classes)
	m.Score(feats, scores)
	best := 0
	for c := range scores {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

func TestTrainAndRoundTrip(t *testing.T) {
	m := trained(t)
	cases := []struct {
		feats []uint64
		want  int
	}{{[]uint64{1, 10}, 0}, {[]uint64{2, 10}, 1}, {[]uint64{3, 11}, 2}, {[]uint64{0, 11}, 2}}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	first := append([]byte(nil), buf.Bytes()...)
	back, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*Weights{m, back} {
		for _, c := range cases {
			if got := argmax(w, c.feats); got != c.want {
				t.Errorf("features %v: class %d, want %d", c.feats, got, c.want)
			}
		}
	}
	if back.Len() != m.Len() {
		t.Errorf("read %d features, wrote %d", back.Len(), m.Len())
	}
	var again bytes.Buffer
	if _, err := back.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("writing what was read gives other bytes")
	}
	scores := make([]float32, 3)
	back.Score([]uint64{999}, scores)
	if scores != nil && (scores[0] != 0 || scores[1] != 0 || scores[2] != 0) {
		t.Errorf("unknown feature scored %v", scores)
	}
}

func TestReadRejectsBadFiles(t *testing.T) {
	var buf bytes.Buffer
	if _, err := trained(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("XXXX"),
		"truncated": good[:len(good)-3],
		"huge":      append([]byte(magic), 0x03, 0xff, 0xff, 0xff, 0xff, 0x0f),
	} {
		if _, err := Read(bufio.NewReader(bytes.NewReader(data))); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: err = %v, want ErrBadModel", name, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	NewTrainer(2).Average(0, 0).Quantize().WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		Read(bufio.NewReader(bytes.NewReader(data)))
	})
}

// TestScoreMatchesPlainSums holds the packed, biased table to plain sums
// of the weights it was given, for class counts that take each path of
// sum (sumFew's two widths, the general one), with unknown features,
// feature 0, repeats, and more features than a lane can sum at once.
func TestScoreMatchesPlainSums(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, classes := range []int{1, 3, 4, 6, 7, 25, 45, maxClasses} {
		n := 2000
		keys := make([]uint64, 0, n)
		rows := map[uint64][]int16{}
		for len(keys) < n {
			f := r.Uint64()
			if len(keys) == 0 {
				f = 0 // feature 0 has no slot of its own
			}
			if _, dup := rows[f]; dup {
				continue
			}
			row := make([]int16, classes)
			for c := range row {
				switch k := r.IntN(4); {
				case len(keys) == 1 || k == 0: // keys[1] is heavy (below)
					row[c] = math.MaxInt16
				case k == 1:
					row[c] = math.MinInt16 + 1
				default:
					row[c] = int16(r.IntN(1<<16) - 1<<15)
				}
			}
			keys = append(keys, f)
			rows[f] = row
		}
		scale := make([]float32, classes)
		for c := range scale {
			scale[c] = float32(c+1) / 1000
		}
		m := newWeights(classes, n, scale)
		for _, f := range keys {
			if !m.set(f, rows[f]) {
				t.Fatalf("feature %d set twice", f)
			}
		}
		// The largest weights, many times over, overflow a lane that is
		// not flushed in time.
		heavy := keys[1]
		for _, size := range []int{0, 1, 40, maxSum + 100, 3 * maxSum} {
			feats := make([]uint64, size)
			for i := range feats {
				switch {
				case size == 3*maxSum:
					feats[i] = heavy
				case r.IntN(5) == 0:
					feats[i] = r.Uint64() // almost surely unknown
				default:
					feats[i] = keys[r.IntN(len(keys))]
				}
			}
			want := make([]float32, classes)
			sums := make([]int64, classes)
			for _, f := range feats {
				for c, v := range rows[f] {
					sums[c] += int64(v)
				}
			}
			for c := range want {
				want[c] = float32(sums[c]) * scale[c]
			}
			got := make([]float32, classes)
			m.Score(feats, got)
			if !slices.Equal(got, want) {
				t.Errorf("%d classes, %d features: scores %v, want %v", classes, size, got[:min(4, classes)], want[:min(4, classes)])
			}
		}
	}
}
