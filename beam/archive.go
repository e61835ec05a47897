package main

import (
	"bytes"
	"io"
	"slices"
)

// archive reads a stream and knows the offset of every byte. It can keep
// the bytes it consumes (to cut a record out of the stream) and give them
// back (to look for the next record inside one that turned out damaged).
// It is an io.ByteReader, so that a gzip reader on it reads exactly one
// member and no further.
type archive struct {
	r    io.Reader
	data []byte // data[pos:] is read from r, not yet consumed
	pos  int
	off  int64 // the offset of data[pos] in the stream
	err  error // r's error, once it has returned one

	teeing bool
	tee    []byte // the bytes consumed while teeing
}

// chunkSize is how much is read from the stream at once.
const chunkSize = 64 << 10

func newArchive(r io.Reader) *archive { return &archive{r: r} }

func (a *archive) buffered() int { return len(a.data) - a.pos }

// fill reads until n bytes are buffered or the stream ends; it tells
// whether n bytes are there.
func (a *archive) fill(n int) bool {
	for a.buffered() < n && a.err == nil {
		if a.pos > 0 {
			a.data = append(a.data[:0], a.data[a.pos:]...)
			a.pos = 0
		}
		a.data = slices.Grow(a.data, max(chunkSize, n-len(a.data)))
		m, err := a.r.Read(a.data[len(a.data):cap(a.data)])
		a.data = a.data[:len(a.data)+m]
		if err != nil {
			a.err = err
		}
	}
	return a.buffered() >= n
}

// peek returns up to n buffered bytes, fewer at the end of the stream.
// They are valid until the next read.
func (a *archive) peek(n int) []byte {
	a.fill(n)
	return a.data[a.pos : a.pos+min(n, a.buffered())]
}

// hasPrefix tells whether the stream goes on with p.
func (a *archive) hasPrefix(p string) bool { return bytes.HasPrefix(a.peek(len(p)), []byte(p)) }

// consume drops n buffered bytes, keeping them when teeing.
func (a *archive) consume(n int) {
	if a.teeing {
		a.tee = append(a.tee, a.data[a.pos:a.pos+n]...)
	}
	a.pos += n
	a.off += int64(n)
}

// streamErr is the error that ends reading: io.EOF at the end of the
// stream, else the failure of the underlying reader.
func (a *archive) streamErr() error {
	if a.err == nil {
		return io.EOF
	}
	return a.err
}

// failed tells whether the underlying reader failed (not just ended).
func (a *archive) failed() bool { return a.err != nil && a.err != io.EOF }

func (a *archive) ReadByte() (byte, error) {
	if a.buffered() == 0 && !a.fill(1) {
		return 0, a.streamErr()
	}
	b := a.data[a.pos]
	a.consume(1)
	return b, nil
}

func (a *archive) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if a.buffered() == 0 && !a.fill(1) {
		return 0, a.streamErr()
	}
	n := min(len(p), a.buffered())
	copy(p, a.data[a.pos:a.pos+n])
	a.consume(n)
	return n, nil
}

// discard consumes n bytes, or up to the end; it returns how many.
func (a *archive) discard(n int64) int64 {
	done := int64(0)
	for done < n && (a.buffered() > 0 || a.fill(1)) {
		k := int(min(int64(a.buffered()), n-done))
		a.consume(k)
		done += int64(k)
	}
	return done
}

// startTee starts keeping the consumed bytes, from none.
func (a *archive) startTee() { a.teeing, a.tee = true, a.tee[:0] }

// stopTee stops keeping the consumed bytes and drops those kept.
func (a *archive) stopTee() { a.teeing, a.tee = false, a.tee[:0] }

// unread gives back the last len(b) bytes consumed, b, to be read again.
func (a *archive) unread(b []byte) {
	data := make([]byte, 0, len(b)+a.buffered())
	data = append(append(data, b...), a.data[a.pos:]...)
	a.data, a.pos = data, 0
	a.off -= int64(len(b))
}

// skipTo consumes bytes up to the next place where at reports that a
// record starts, looking at p, the buffered bytes from there; it returns
// false, having consumed everything, when the stream ends first. lookahead
// is how many bytes at needs to see (fewer at the end of the stream).
func (a *archive) skipTo(lookahead int, at func(p []byte) bool, candidate []byte) bool {
	for {
		if a.buffered() < len(candidate) && !a.fill(len(candidate)) {
			a.consume(a.buffered())
			return false
		}
		i := bytes.Index(a.data[a.pos:], candidate)
		if i < 0 {
			// Keep what could be the start of a candidate cut by the
			// end of the buffer.
			a.consume(a.buffered() - len(candidate) + 1)
			if !a.fill(a.buffered() + 1) {
				a.consume(a.buffered())
				return false
			}
			continue
		}
		a.consume(i)
		if at(a.peek(lookahead)) {
			return true
		}
		a.consume(1)
	}
}
