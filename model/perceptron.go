// Package model holds the linear models whosaid learns: feature-hashed
// multi-class weights, trained as averaged perceptrons, stored compactly
// (quantised to 16 bits) and embedded in the binary.
package model

// Weights scores hashed features for a fixed number of classes. A feature
// that the model never saw scores zero. Weights is read-only once built
// and safe for concurrent use.
type Weights struct {
	Classes int
	index   map[uint64]int32 // feature -> row in w
	w       []float32        // rows of Classes weights
}

// AddScores adds the weights of feature f to scores (len Classes).
func (m *Weights) AddScores(f uint64, scores []float32) {
	row, ok := m.index[f]
	if !ok {
		return
	}
	w := m.w[int(row)*m.Classes : int(row+1)*m.Classes]
	for c := range w {
		scores[c] += w[c]
	}
}

// Score sums the weights of feats into scores, which it zeroes first.
func (m *Weights) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		m.AddScores(f, scores)
	}
}

// Len is the number of features with weights.
func (m *Weights) Len() int { return len(m.index) }
