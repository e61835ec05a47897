package model

import (
	"bufio"
	"bytes"
	"errors"
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
