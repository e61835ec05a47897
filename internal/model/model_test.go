package model

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// hashed makes features of small numbers: the table relies on features
// being well-mixed hashes, as package feature makes them.
func hashed(xs ...uint64) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = mix(x)
	}
	return out
}

// trained returns small weights learned from a separable toy problem.
func trained(t *testing.T) *Weights {
	t.Helper()
	tr := NewTrainer(3)
	examples := []struct {
		feats []uint64
		class int
	}{{hashed(1, 10), 0}, {hashed(2, 10), 1}, {hashed(3, 11), 2}, {hashed(0, 11), 2}}
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
	for _, small := range []bool{false, true} {
		m := trained(t)
		if small {
			var err error
			if m, err = m.Int8(); err != nil {
				t.Fatal(err)
			}
		}
		roundTrip(t, m)
	}
}

// TestInt8 checks the 8-bit weights against the 16-bit ones they come
// from, each within half a step of 8 bits, and that weights read from a
// file narrow to the same bytes.
func TestInt8(t *testing.T) {
	m := trained(t)
	small, err := m.Int8()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range hashed(0, 1, 2, 3, 10, 11) { // the features of trained
		wide, narrow := m.row(f), small.row(f)
		if (wide == nil) != (narrow == nil) {
			t.Errorf("feature %d: %v at 16 bits, %v at 8", f, wide, narrow)
		}
		for c := range wide {
			a, b := float64(wide[c])*float64(m.scale[c]), float64(narrow[c])*float64(small.scale[c])
			if math.Abs(a-b) > float64(small.scale[c])/2*1.0001 {
				t.Errorf("feature %d class %d: %g at 16 bits, %g at 8", f, c, a, b)
			}
		}
	}
	if m.Len() == 0 || small.Len() != m.Len() {
		t.Errorf("%d features at 16 bits, %d at 8", m.Len(), small.Len())
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	narrowBack, err := back.Int8()
	if err != nil {
		t.Fatal(err)
	}
	a, b := small.Append(nil), narrowBack.Append(nil)
	if !bytes.Equal(a, b) {
		t.Error("narrowing weights read from a file gives other bytes")
	}
}

func roundTrip(t *testing.T, m *Weights) {
	t.Helper()
	cases := []struct {
		feats []uint64
		want  int
	}{{hashed(1, 10), 0}, {hashed(2, 10), 1}, {hashed(3, 11), 2}, {hashed(0, 11), 2}}
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
	back.Score(hashed(999), scores)
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
		"huge":      append([]byte(magic), 0x03, 0x01, 0x01, 0x01, 0xff, 0xff, 0xff, 0xff, 0x0f),
		"no slots":  append([]byte(magic), 0x03, 0x01, 0x01, 0x01, 0x00),
		"width 3":   append([]byte(magic), 0x03, 0x03, 0x01, 0x01, 0x02),
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
		// In place, a file's pilots and slots are used as they are: any
		// that pass the header checks must score without a panic.
		m, err := ReadFrom(FromString(string(data)))
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes)
		m.Score(hashed(0, 1, 2, 3, 1<<40), scores)
		if _, err := m.Int8(); err != nil {
			t.Fatal(err)
		}
	})
}

// TestScoreMatchesPlainSums holds the perfect-hash table to plain sums of
// the weights it was given, for several class counts, with unknown
// features, feature 0, repeats, and more features than one batch.
func TestScoreMatchesPlainSums(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, tc := range []struct{ classes, width int }{{1, 1}, {3, 1}, {4, 2}, {6, 1}, {6, 2}, {7, 1}, {25, 1}, {45, 2}, {maxClasses, 1}, {maxClasses, 2}} {
		classes, width := tc.classes, tc.width
		top := int16(math.MaxInt8)
		if width == 2 {
			top = math.MaxInt16
		}
		for _, n := range []int{0, 1, 2000} {
			rows := map[uint64][]int16{}
			keys := make([]uint64, 0, n)
			for len(keys) < n {
				f := r.Uint64()
				if len(keys) == 0 {
					f = 0 // the zero feature is a key like any other
				}
				if _, dup := rows[f]; dup {
					continue
				}
				row := make([]int16, classes)
				for c := range row {
					switch k := r.IntN(4); k {
					case 0:
						row[c] = top
					case 1:
						row[c] = -top
					default:
						row[c] = int16(r.IntN(2*int(top)+1)) - top
					}
				}
				keys = append(keys, f)
				rows[f] = row
			}
			slices.Sort(keys)
			flat := make([]int16, 0, n*classes)
			for _, f := range keys {
				flat = append(flat, rows[f]...)
			}
			scale := make([]float32, classes)
			for c := range scale {
				scale[c] = float32(c+1) / 1000
			}
			m := build(classes, width, keys, flat, scale)
			if m.Len() != n || m.slots < uint64(n) {
				t.Fatalf("%d classes: %d features in %d slots, want %d", classes, m.Len(), m.slots, n)
			}
			for _, f := range keys {
				if got := m.row(f); !slices.Equal(got, rows[f]) {
					t.Fatalf("%d classes: row of %x is %v, want %v", classes, f, got, rows[f])
				}
			}
			for _, size := range []int{0, 1, 40, batch, batch + 1, 5 * batch} {
				feats := make([]uint64, size)
				for i := range feats {
					if n == 0 || r.IntN(5) == 0 {
						feats[i] = r.Uint64() // almost surely unknown
					} else {
						feats[i] = keys[r.IntN(len(keys))]
					}
				}
				sums := make([]int64, classes)
				for _, f := range feats {
					for c, v := range rows[f] {
						sums[c] += int64(v)
					}
				}
				want := make([]float32, classes)
				for c := range want {
					want[c] = float32(sums[c]) * scale[c]
				}
				got := make([]float32, classes)
				m.Score(feats, got)
				if !slices.Equal(got, want) {
					t.Errorf("%d classes, %d keys, %d features: scores %v, want %v", classes, n, size, got[:min(4, classes)], want[:min(4, classes)])
				}
			}
		}
	}
}

// TestFromStringSharesTheInput checks that weights read from a string
// score as those read from a stream, and that their tables are the
// string's own bytes, not copies: the point of the format.
func TestFromStringSharesTheInput(t *testing.T) {
	var buf bytes.Buffer
	if _, err := trained(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.String() + "rest"
	in := FromString(data)
	m, err := ReadFrom(in)
	if err != nil {
		t.Fatal(err)
	}
	if in.Rest() != "rest" {
		t.Errorf("rest %q, want %q", in.Rest(), "rest")
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(data)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(m.table)))
	if at < lo || at >= lo+uintptr(len(data)) {
		t.Error("the slots were copied, not used in place")
	}
	streamed, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, feats := range [][]uint64{hashed(1, 10), hashed(2, 10), hashed(3, 11), hashed(0, 11), hashed(12345)} {
		a, b := make([]float32, 3), make([]float32, 3)
		m.Score(feats, a)
		streamed.Score(feats, b)
		if !slices.Equal(a, b) {
			t.Errorf("%v: in place %v, streamed %v", feats, a, b)
		}
	}
}

// BenchmarkScore measures lookups in a table of role-labeller size (6
// classes, 340,000 features) far larger than the caches, 55 features per
// call as the labeller makes.
func BenchmarkScore(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const n, classes = 340_000, 6
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = r.Uint64()
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	rows := make([]int16, len(keys)*classes)
	for i := range rows {
		rows[i] = int16(r.IntN(255) - 127)
	}
	m := build(classes, 1, keys, rows, []float32{1, 1, 1, 1, 1, 1})
	feats := make([]uint64, 55*1024)
	for i := range feats {
		if i%2 == 0 {
			feats[i] = r.Uint64()
		} else {
			feats[i] = keys[r.IntN(len(keys))]
		}
	}
	scores := make([]float32, classes)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		at := (i % 1024) * 55
		m.Score(feats[at:at+55], scores)
	}
}
