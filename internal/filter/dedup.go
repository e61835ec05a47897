package filter

import (
	"crypto/sha256"
	"hash"
	"unicode"
	"unicode/utf8"
)

// Dedup finds exact duplicates: texts equal once runs of white space are
// made one space and case is folded, as wire copy syndicated by several
// outlets is. It keeps 16 bytes of hash and the first ID per distinct
// text, never the texts. It is not safe for concurrent use.
type Dedup struct {
	first map[[16]byte]string
	h     hash.Hash
	buf   []byte
}

// NewDedup returns an empty Dedup.
func NewDedup() *Dedup {
	return &Dedup{first: make(map[[16]byte]string), h: sha256.New()}
}

// Check records text under id and returns "" the first time a text is
// seen, else the ID of its first occurrence.
func (d *Dedup) Check(id, text string) (firstID string) {
	key := d.key(text)
	if first, ok := d.first[key]; ok {
		return first
	}
	d.first[key] = id
	return ""
}

// Key is the hash under which Dedup remembers text: two texts are
// duplicates when their keys are equal.
func Key(text string) [16]byte {
	d := Dedup{h: sha256.New()}
	return d.key(text)
}

// Len is the number of distinct texts seen.
func (d *Dedup) Len() int { return len(d.first) }

// key hashes the normalised text without building it whole.
func (d *Dedup) key(text string) [16]byte {
	d.h.Reset()
	b := d.buf[:0]
	started, space := false, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			b = append(b, ' ')
		}
		started, space = true, false
		b = utf8.AppendRune(b, unicode.ToLower(r))
		if len(b) >= 4096 {
			d.h.Write(b)
			b = b[:0]
		}
	}
	d.h.Write(b)
	d.buf = b[:0]
	var key [16]byte
	copy(key[:], d.h.Sum(nil))
	return key
}
